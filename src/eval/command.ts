/** `jsa eval`: compares a prediction folder with a gold folder (same contract format). */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { readJsonlDir } from './load.js';
import { evaluate, headline } from './score.js';
import { renderReport } from './table.js';

export const EVAL_HELP = `usage: jsa eval --gold DIR --pred DIR [--json [FILE]] [--min NAME=VALUE]... [--max NAME=VALUE]...

Scores the .jsonl files of --pred against those of --gold (annotation guide §4)
and prints a table. Either folder may be a run's output or a gold set, so the
same command compares a run with an earlier run.

  --json [FILE]      write the full report as JSON to FILE (or stdout when no FILE)
  --min NAME=VALUE   fail (exit 1) when a headline figure is below VALUE
  --max NAME=VALUE   fail (exit 1) when a headline figure is above VALUE
                     (comma-separated lists are accepted: --min a=1,b=2)
  names: segments.f1 segments.kind_accuracy entities.strict.f1 entities.lenient.f1
         entities.id_accuracy commitments.trigger.f1 commitments.category.f1
         commitments.parties_accuracy commitments.reiterated_accuracy
         commitments.negated_accuracy commitments.strength_mae

exit status: 0 scored and every threshold met, 1 a threshold missed, 2 usage error`;

class UsageError extends Error {}

interface EvalArgs {
  gold: string;
  pred: string;
  json: string | null | undefined; // undefined: no JSON; null: stdout
  min: Map<string, number>;
  max: Map<string, number>;
}

function parseThresholds(spec: string, into: Map<string, number>, known: Set<string>): void {
  for (const part of spec.split(',')) {
    const [name, value] = part.split('=');
    const n = Number(value);
    if (!name || value === undefined || Number.isNaN(n)) throw new UsageError(`bad threshold "${part}" (expected NAME=NUMBER)`);
    if (!known.has(name)) throw new UsageError(`unknown figure "${name}"; see jsa eval --help`);
    into.set(name, n);
  }
}

function parseArgs(args: string[], known: Set<string>): EvalArgs | 'help' {
  const out: Partial<EvalArgs> = { min: new Map(), max: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--gold') out.gold = value();
    else if (a === '--pred') out.pred = value();
    else if (a === '--json') out.json = args[i + 1] && !args[i + 1].startsWith('--') ? args[++i] : null;
    else if (a === '--min') parseThresholds(value(), out.min!, known);
    else if (a === '--max') parseThresholds(value(), out.max!, known);
    else throw new UsageError(`unknown argument "${a}"`);
  }
  for (const key of ['gold', 'pred'] as const) {
    const dir = out[key];
    if (!dir) throw new UsageError(`--${key} DIR is required`);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--${key} ${dir}: not a folder`);
  }
  return out as EvalArgs;
}

const KNOWN = new Set(Object.keys(headline(evaluate(new Map(), new Map()))));

export function evalCommand(argv: string[]): number {
  let args: EvalArgs | 'help';
  try {
    args = parseArgs(argv, KNOWN);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`jsa eval: ${err.message}\n${EVAL_HELP}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  const report = evaluate(readJsonlDir(args.gold), readJsonlDir(args.pred));
  const json = JSON.stringify(report, null, 2);
  if (args.json === null) process.stdout.write(`${json}\n`);
  else {
    if (args.json) writeFileSync(args.json, `${json}\n`);
    process.stdout.write(renderReport(report));
  }
  const figures = headline(report);
  const failures = [
    ...[...args.min].filter(([k, v]) => figures[k] < v).map(([k, v]) => `${k} = ${figures[k].toFixed(3)} < ${v}`),
    ...[...args.max].filter(([k, v]) => figures[k] > v).map(([k, v]) => `${k} = ${figures[k].toFixed(3)} > ${v}`),
  ];
  for (const f of failures) process.stderr.write(`jsa eval: below threshold: ${f}\n`);
  return failures.length ? 1 : 0;
}
