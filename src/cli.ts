#!/usr/bin/env node
/**
 * The `jsa` command: a dispatch table over src/commands/*. Each command module exports
 * `HELP` and `run(args)`; user errors become one line on stderr and exit code 2.
 * Exit codes: 0 ok, 1 some documents failed / a gate or diff found differences, 2 usage or input error
 * (or --out in use by another run), 3 the run could not complete (its own I/O failed), 130/143 interrupted.
 */
import { ConfigError } from './data/load.js';
import { reasonOf, RunError } from './batch/errors.js';
import { PipelineLoadError } from './batch/pool.js';
import { InputError, UsageError } from './cli/errors.js';
import { jsaVersion } from './version.js';

interface Command {
  HELP: string;
  run(args: string[]): number | Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  annotate: { summary: 'annotate [FILE|FOLDER…] [--out DIR] [options]', load: () => import('./commands/annotate.js') },
  eval: {
    summary: 'eval --gold DIR --pred DIR [--errors] [--json [FILE]] [--min NAME=VALUE]…',
    load: () => import('./commands/eval.js'),
  },
  diff: { summary: 'diff OLD NEW [--json FILE]', load: () => import('./commands/diff.js') },
  export: { summary: 'export OUT --to DIR [--format csv]', load: () => import('./commands/export.js') },
  'merge-manifests': { summary: 'merge-manifests MANIFEST… [--out FILE]', load: () => import('./commands/merge.js') },
  validate: { summary: 'validate FILE|FOLDER…', load: () => import('./commands/validate.js') },
  report: { summary: 'report OUT --to DIR', load: () => import('./commands/report.js') },
};

const USAGE = `${Object.values(COMMANDS)
  .map((c, i) => `${i ? '      ' : 'usage:'} jsa ${c.summary}`)
  .join('\n')}
       jsa annotate - [--id NAME] | FILE|FOLDER… --out -   (stdin / stdout)
       jsa --version
Run \`jsa <command> --help\` for each command's options.
`;

const err = (s: string): void => void process.stderr.write(s);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${jsaVersion()}\n`);
    return 0;
  }
  const entry = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    err(name === undefined ? USAGE : `jsa: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await (await entry.load()).run(rest);
  } catch (e) {
    if (e instanceof UsageError) err(`jsa ${name}: ${e.message}\nRun \`jsa ${name} --help\` for usage.\n`);
    else if (e instanceof InputError) err(`jsa ${name}: ${e.message}\n`);
    else if (e instanceof ConfigError || e instanceof PipelineLoadError)
      err(`jsa: pipeline configuration: ${e.message}\n`);
    else if (e instanceof RunError) {
      err(`jsa: ${e.message}\n`);
      return e.exitCode;
    } else if (typeof (e as NodeJS.ErrnoException)?.code === 'string') {
      err(`jsa: ${reasonOf(e)}\n`); // an I/O failure no check above foresaw: still one line
      return 3;
    } else throw e;
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
