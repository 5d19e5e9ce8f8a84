/**
 * `jsa validate FILE|DIR…`: checks every line of `.jsonl` files against the
 * package's JSON Schema. Each problem is one line `file:line: path: reason`
 * on stdout; exit status 1 when there are any.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from '../schema/validate.js';
import { parseCommandArgs } from '../cli/args.js';
import { InputError, UsageError } from '../cli/errors.js';

export const HELP = `usage: jsa validate FILE|FOLDER…

Checks every line of the .jsonl files (a folder's .jsonl files, not its
subfolders) against the JSON Schema schema/jsa-1.schema.json, and that a file's
records are one document's segments in order (seg 0, 1, …; spans that do not
overlap; entities inside their segment and in order). Prints one line
per problem, "file:line: path: reason"; exit status 0 when all fit, 1 otherwise.
`;

/** The `.jsonl` files named, a folder standing for its own `.jsonl` files, sorted. */
function jsonlFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (!existsSync(input)) throw new InputError(`no such file or folder: ${input}`);
    if (!statSync(input).isDirectory()) return [input];
    return readdirSync(input)
      .filter((n) => n.endsWith('.jsonl') && !n.startsWith('.'))
      .sort()
      .map((n) => join(input, n));
  });
}

/** The problems of one file, as `file:line: path: reason` lines. */
export function validateFile(file: string): { records: number; problems: string[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // the last line's `\n`
  const problems: string[] = [];
  const order = new OrderCheck();
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      problems.push(`${at}: (line): not JSON: ${(e as Error).message}`);
      return;
    }
    const schemaProblems = validateRecord(record);
    for (const p of schemaProblems) problems.push(`${at}: ${p.path || '(record)'}: ${p.reason}`);
    if (schemaProblems.length === 0) for (const p of order.next(record as OrderedRecord)) problems.push(`${at}: ${p}`);
  });
  return { records: lines.length, problems };
}

interface OrderedRecord {
  doc: string;
  seg: number;
  start: number;
  end: number;
  entities: Array<{ start: number; end: number }>;
}

/** What the schema cannot say about one record: its place among the file's earlier records. */
class OrderCheck {
  private doc: string | null = null;
  private seg = 0;
  private end = 0;

  next(r: OrderedRecord): string[] {
    const problems: string[] = [];
    if (this.doc !== null && r.doc !== this.doc)
      problems.push(`doc: ${JSON.stringify(r.doc)} after ${JSON.stringify(this.doc)} (one document per file)`);
    if (r.seg !== this.seg) problems.push(`seg: ${r.seg}, expected ${this.seg}`);
    if (r.start < this.end) problems.push(`start: ${r.start} overlaps the previous segment (ends at ${this.end})`);
    let entityEnd = r.start;
    r.entities.forEach((e, k) => {
      if (e.start < entityEnd || e.end > r.end)
        problems.push(`entities/${k}: ${e.start}..${e.end} overlaps, is out of order or outside the segment`);
      entityEnd = Math.max(entityEnd, e.end);
    });
    this.doc = r.doc;
    this.seg = r.seg + 1;
    this.end = Math.max(this.end, r.end);
    return problems;
  }
}

export function run(argv: string[]): number {
  const out = (s: string): void => void process.stdout.write(s);
  const err = (s: string): void => void process.stderr.write(s);
  const { values, positionals: args } = parseCommandArgs(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    out(HELP);
    return 0;
  }
  if (args.length === 0) throw new UsageError('validate needs a .jsonl file or a folder of them');
  const files = jsonlFiles(args);
  let records = 0;
  let problems = 0;
  for (const file of files) {
    const r = validateFile(file);
    records += r.records;
    problems += r.problems.length;
    for (const p of r.problems) out(`${p}\n`);
  }
  err(`jsa: validate: ${files.length} files, ${records} records, ${problems} problem${problems === 1 ? '' : 's'}\n`);
  return problems > 0 ? 1 : 0;
}
