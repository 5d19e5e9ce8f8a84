#!/usr/bin/env node
/** The `jsa` command: a thin shell over the library. Exit codes: 0 ok, 1 some documents failed, 2 usage error. */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeInput } from './read.js';
import { loadPipeline } from './pipeline.js';
import { toJsonl } from './emit/jsonl.js';

function collect(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (/\.(txt|md)$/.test(name)) files.push(join(p, name));
    } else files.push(p);
  }
  return files;
}

function annotate(args: string[]): number {
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? args[outIdx + 1] : 'output';
  const inputs = args.filter((a, i) => !a.startsWith('--') && i !== outIdx + 1 || outIdx < 0 && !a.startsWith('--'));
  const pipeline = loadPipeline();
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of collect(inputs.length ? inputs : ['input'])) {
    try {
      const id = basename(file, extname(file));
      const doc = pipeline.annotate(id, decodeInput(readFileSync(file)));
      const target = join(out, `${id}.jsonl`);
      writeFileSync(`${target}.tmp`, toJsonl(doc));
      renameSync(`${target}.tmp`, target);
    } catch (err) {
      failed++;
      process.stderr.write(`jsa: ${file}: ${(err as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'annotate') return annotate(rest);
  if (command === 'eval') {
    const { evalCommand } = await import('./eval/command.js');
    return evalCommand(rest);
  }
  process.stderr.write('usage: jsa annotate [files or folders…] [--out DIR] | jsa eval --gold DIR --pred DIR\n');
  return 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
