#!/usr/bin/env node
/**
 * The `jsa` command: a thin shell over the library. Exit codes: 0 ok, 1 some
 * documents failed, 2 usage error (or --out in use), 3 the run could not
 * complete (I/O failure of the run itself), 130/143 interrupted.
 */
import { ConfigError } from './data/load.js';
import { reasonOf, RunError } from './batch/errors.js';
import { mergeCommand } from './batch/merge-command.js';
import { ANNOTATE_HELP, parseAnnotateArgs, UsageError } from './batch/options.js';
import { PipelineLoadError } from './batch/pool.js';
import { runBatch, summaryLine } from './batch/run.js';

const USAGE = `usage: jsa annotate [FILE|FOLDER…] [--out DIR] [--workers N] [--force] [--shard K/N] [--pipeline DIR] …
       jsa eval --gold DIR --pred DIR
       jsa merge-manifests MANIFEST… [--out FILE]
Run \`jsa annotate --help\` for every annotate option.
`;

const err = (s: string): void => void process.stderr.write(s);

async function annotate(args: string[]): Promise<number> {
  const opts = parseAnnotateArgs(args, (m) => err(`jsa: warning: ${m}\n`));
  if (opts === 'help') {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  const { exitCode, manifest } = await runBatch(opts, err);
  err(summaryLine(manifest));
  return exitCode;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'annotate') return await annotate(rest);
    if (command === 'merge-manifests') return mergeCommand(rest, err);
    if (command === 'eval') {
      const { evalCommand } = await import('./eval/command.js');
      return await evalCommand(rest);
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
    if (e instanceof RunError) {
      err(`jsa: ${e.message}\n`);
      return e.exitCode;
    }
    if (typeof (e as NodeJS.ErrnoException)?.code === 'string') {
      err(`jsa: ${reasonOf(e)}\n`); // an I/O failure no check above foresaw: still one line
      return 3;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
