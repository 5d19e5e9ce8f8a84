#!/usr/bin/env node
/** The `jsa` command: a thin shell over the library. Exit codes: 0 ok, 1 some documents failed, 2 usage error. */
import { readFileSync } from 'node:fs';
import { ConfigError } from './data/load.js';
import { writeFileAtomic } from './batch/atomic.js';
import { mergeManifests, type Manifest } from './batch/manifest.js';
import { ANNOTATE_HELP, parseAnnotateArgs, UsageError } from './batch/options.js';
import { PipelineLoadError } from './batch/pool.js';
import { runBatch, summaryLine } from './batch/run.js';
import { jsaVersion } from './version.js';

const USAGE = `usage: jsa annotate [FILE|FOLDER…] [--out DIR] [--workers N] [--force] [--shard K/N] [--pipeline DIR] …
       jsa eval --gold DIR --pred DIR
       jsa merge-manifests MANIFEST… [--out FILE]
       jsa annotate - [--id NAME] [--out -|DIR]     # stdin → stdout (or FILE… --out -)
       jsa validate FILE|DIR…
       jsa report OUT --to DIR
       jsa --version
Run \`jsa annotate --help\` for every annotate option.
`;

const err = (s: string): void => void process.stderr.write(s);

async function annotate(args: string[]): Promise<number> {
  // stdin (`-`) or stdout (`--out -`): the in-thread filter, not the worker pool
  if (args.some((a) => a === '-' || a === '--out=-')) return (await import('./commands/annotate-stream.js')).annotateStream(args, err);
  const opts = parseAnnotateArgs(args);
  if (opts === 'help') {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  const { exitCode, manifest } = await runBatch(opts, err);
  err(summaryLine(manifest));
  return exitCode;
}

/** Merges shard manifests (e.g. `out/_manifest.shard-*.json`) into one, to stdout or --out FILE. */
function mergeCommand(args: string[]): number {
  let out: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') {
      out = args[++i];
      if (!out) throw new UsageError('--out expects a file');
    } else if (args[i] === '-h' || args[i] === '--help') {
      process.stdout.write('usage: jsa merge-manifests MANIFEST… [--out FILE]\n');
      return 0;
    } else if (args[i].startsWith('-')) throw new UsageError(`unknown option ${args[i]}`);
    else files.push(args[i]);
  }
  if (files.length === 0) throw new UsageError('merge-manifests needs at least one manifest file');
  const named = files.map((file) => {
    try {
      return { file, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest };
    } catch (e) {
      throw new UsageError(`cannot read manifest ${file}: ${(e as Error).message}`);
    }
  });
  const merged = mergeManifests(named, (msg) => err(`jsa: warning: ${msg}\n`));
  const text = `${JSON.stringify(merged, null, 1)}\n`;
  if (out) writeFileAtomic(out, text);
  else process.stdout.write(text);
  err(summaryLine(merged));
  return merged.totals.failed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'annotate') return await annotate(rest);
    if (command === 'merge-manifests') return mergeCommand(rest);
    if (command === 'eval') {
      const { evalCommand } = await import('./eval/command.js');
      return await evalCommand(rest);
    }
    if (command === 'validate') return (await import('./commands/validate.js')).validateCommand(rest, (s) => void process.stdout.write(s), err);
    if (command === 'report') return (await import('./report/command.js')).reportCommand(rest, err);
    if (command === '--version' || command === '-V') {
      process.stdout.write(`${jsaVersion()}\n`);
      return 0;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    err(command ? `jsa: unknown command "${command}"\n${USAGE}` : USAGE);
    return 2;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`jsa: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof PipelineLoadError) {
      err(`jsa: pipeline configuration: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
