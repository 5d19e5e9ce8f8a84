/** `jsa eval`: scores a prediction folder against a gold folder (same contract format). */
import { writeFileSync } from 'node:fs';
import { existingFolder, parseCommandArgs } from '../cli/args.js';
import { InputError, UsageError } from '../cli/errors.js';
import { renderDocDiff } from '../diff/render.js';
import { readJsonlDir } from '../eval/load.js';
import { evaluate, headline, type EvalReport } from '../eval/score.js';
import { documentsLine, renderReport } from '../eval/table.js';

export const HELP = `usage: jsa eval --gold DIR --pred DIR [--errors] [--json [FILE]] [--allow-missing]
                [--min NAME=VALUE]... [--max NAME=VALUE]...

Scores the .jsonl files of --pred against those of --gold (annotation guide §4)
and prints a table. Either folder may be a run's output or a gold set, so the
same command compares a run with an earlier run (see also jsa diff).

  --errors           after the table, list per document every missed, spurious
                     and changed item with its sentence
  --json [FILE]      write the full report, errors included, as JSON to FILE
                     (to stdout when FILE is left out or is -)
  --allow-missing    score the documents both folders have even when some are
                     on one side only (listed in the report); without it that is exit 2
  --min NAME=VALUE   fail (exit 1) when a headline figure is below VALUE
  --max NAME=VALUE   fail (exit 1) when a headline figure is above VALUE
                     (comma-separated lists are accepted: --min a=1,b=2)
  names: segments.f1 segments.kind_accuracy entities.strict.f1 entities.lenient.f1
         entities.id_accuracy commitments.trigger.f1 commitments.category.f1
         commitments.parties_accuracy commitments.reiterated_accuracy
         commitments.negated_accuracy commitments.strength_mae

Exit status: 0 scored and every threshold met, 1 a threshold missed, 2 usage
error, unreadable or inconsistent input (a line that is not a segment record,
a duplicated segment, gold and prediction made from different texts), no
document in common, or documents on one side only without --allow-missing.
`;

const OPTIONS = {
  gold: { type: 'string' },
  pred: { type: 'string' },
  json: { type: 'string' },
  errors: { type: 'boolean' },
  'allow-missing': { type: 'boolean' },
  min: { type: 'string', multiple: true },
  max: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const KNOWN = new Set(Object.keys(headline(evaluate(new Map(), new Map()))));

function thresholds(specs: string[] | undefined): Map<string, number> {
  const into = new Map<string, number>();
  for (const part of (specs ?? []).flatMap((s) => s.split(','))) {
    const [name, value] = part.split('=');
    const n = Number(value);
    if (!name || value === undefined || value === '' || Number.isNaN(n))
      throw new UsageError(`bad threshold "${part}" (expected NAME=NUMBER)`);
    if (!KNOWN.has(name)) throw new UsageError(`unknown figure "${name}"; see jsa eval --help`);
    into.set(name, n);
  }
  return into;
}

/** Documents on one side only are an error unless allowed; none in common always is. */
function checkCoverage(r: EvalReport, gold: string, pred: string, allowMissing: boolean): void {
  const d = r.documents;
  if (d.scored === 0) {
    throw new InputError(
      `no documents in common: ${gold} has ${d.gold} .jsonl file(s), ${pred} has ${d.predicted}, and no name is on both sides`,
    );
  }
  if (!allowMissing && (d.missingInPred.length || d.missingInGold.length)) {
    throw new InputError(`${documentsLine(d)} (use --allow-missing to score only the documents on both sides)`);
  }
}

export function run(argv: string[]): number {
  const { values: v, positionals } = parseCommandArgs(argv, OPTIONS, ['json']);
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (use --gold DIR --pred DIR)`);
  const gold = existingFolder('--gold', v.gold);
  const pred = existingFolder('--pred', v.pred);
  const min = thresholds(v.min);
  const max = thresholds(v.max);
  const report = evaluate(readJsonlDir(gold), readJsonlDir(pred));
  checkCoverage(report, gold, pred, Boolean(v['allow-missing']));
  const json = (): string => `${JSON.stringify(report, null, 2)}\n`;
  if (v.json === '-') process.stdout.write(json());
  else {
    if (v.json) writeFileSync(v.json, json());
    process.stdout.write(renderReport(report));
    if (v.errors) {
      const words = { removed: 'missed', added: 'spurious', changed: 'changed' };
      for (const [doc, e] of Object.entries(report.errors)) {
        process.stdout.write(
          `\n${renderDocDiff(doc, { removed: e.missed, added: e.spurious, changed: e.changed }, words)}`,
        );
      }
    }
  }
  const figures = headline(report);
  const failures = [
    ...[...min].filter(([k, x]) => figures[k] < x).map(([k, x]) => `${k} = ${figures[k].toFixed(3)} < ${x}`),
    ...[...max].filter(([k, x]) => figures[k] > x).map(([k, x]) => `${k} = ${figures[k].toFixed(3)} > ${x}`),
  ];
  for (const f of failures) process.stderr.write(`jsa eval: below threshold: ${f}\n`);
  return failures.length ? 1 : 0;
}
