/** `jsa export OUT --to DIR`: an output folder as flat CSV tables for pandas, R or a spreadsheet. */
import { existingFolder, parseCommandArgs } from '../cli/args.js';
import { UsageError } from '../cli/errors.js';
import { jsonlFiles } from '../eval/load.js';
import { exportCsv } from '../export/export.js';

export const HELP = `usage: jsa export OUT --to DIR [--format csv]

Writes the annotations of the output folder OUT as CSV tables (RFC 4180, UTF-8)
into DIR, one row per item, with each document's title, date and year (from
OUT/_manifest.json) joined in:

  documents.csv           doc, title, date, year, source, segments, entities, commitments
  segments.csv            one row per segment (seg, kind, start, end, section, text, …)
  entities.csv            one row per entity; key = the id, or the text when there is none
  commitments.csv         one row per commitment: sentence, trigger, lemma, category,
                          strength, reiterated, negated, actor, parties (joined by ;), content
  commitment_parties.csv  one row per commitment and party (commitments without parties have none)

Only CSV is written: --format parquet is refused (see the README for why).

Exit status: 0 written, 2 usage error or unreadable input.
`;

const OPTIONS = { to: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export function run(argv: string[]): number {
  const { values: v, positionals } = parseCommandArgs(argv, OPTIONS);
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`export needs one output folder (got ${positionals.length})`);
  const format = v.format ?? 'csv';
  if (format === 'parquet')
    throw new UsageError('--format parquet is not supported: jsa writes CSV only (see README, "Export")');
  if (format !== 'csv') throw new UsageError(`unknown --format "${format}" (csv is the only format)`);
  if (!v.to) throw new UsageError('--to DIR is required');
  const out = existingFolder('OUT', positionals[0]);
  if (jsonlFiles(out).size === 0) throw new UsageError(`${out}: no .jsonl files (is it an output folder?)`);
  const counts = exportCsv(out, v.to);
  const summary = Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  process.stderr.write(`jsa export: ${v.to}: ${summary} rows\n`);
  return 0;
}
