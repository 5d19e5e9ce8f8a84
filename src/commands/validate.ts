/**
 * `jsa validate FILE|DIR…`: checks every line of `.jsonl` files against the
 * package's JSON Schema. Each problem is one line `file:line: path: reason`
 * on stdout; exit status 1 when there are any.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from '../schema/validate.js';
import { InputError, UsageError } from '../cli/errors.js';

export const HELP = `usage: jsa validate FILE|FOLDER…

Checks every line of the .jsonl files (a folder's .jsonl files, not its
subfolders) against the JSON Schema schema/jsa-1.schema.json. Prints one line
per problem, "file:line: path: reason"; exit status 0 when all fit, 1 otherwise.
`;

/** The `.jsonl` files named, a folder standing for its own `.jsonl` files, sorted. */
function jsonlFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (!existsSync(input)) throw new InputError(`no such file or folder: ${input}`);
    if (!statSync(input).isDirectory()) return [input];
    return readdirSync(input).filter((n) => n.endsWith('.jsonl') && !n.startsWith('.')).sort().map((n) => join(input, n));
  });
}

/** The problems of one file, as `file:line: path: reason` lines. */
export function validateFile(file: string): { records: number; problems: string[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // the last line's `\n`
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      problems.push(`${at}: (line): not JSON: ${(e as Error).message}`);
      return;
    }
    for (const p of validateRecord(record)) problems.push(`${at}: ${p.path || '(record)'}: ${p.reason}`);
  });
  return { records: lines.length, problems };
}

export function run(args: string[]): number {
  const out = (s: string): void => void process.stdout.write(s);
  const err = (s: string): void => void process.stderr.write(s);
  if (args.includes('-h') || args.includes('--help')) {
    out(HELP);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
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
