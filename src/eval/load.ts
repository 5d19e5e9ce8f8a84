/**
 * Reads contract JSONL files for eval, diff and export. Input that cannot be scored
 * honestly (a line that is not JSON or not a segment record, a segment twice) is an
 * InputError naming the file and line, never a silently skewed figure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../cli/errors.js';
import type { SegmentRecord } from '../emit/jsonl.js';

const isInt = (v: unknown): boolean => Number.isInteger(v);

/** What is wrong with a parsed line as a segment record, or null. */
function shapeProblem(r: unknown): string | null {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'not a JSON object';
  const o = r as Record<string, unknown>;
  for (const key of ['seg', 'start', 'end']) if (!isInt(o[key])) return `"${key}" is not an integer`;
  for (const key of ['entities', 'commitments']) if (!Array.isArray(o[key])) return `"${key}" is not an array`;
  if (typeof o.text !== 'string') return '"text" is not a string';
  for (const e of o.entities as unknown[]) {
    const x = e as Record<string, unknown> | null;
    if (!x || !isInt(x.start) || !isInt(x.end) || typeof x.type !== 'string')
      return 'an entity lacks start, end or type';
  }
  for (const c of o.commitments as unknown[]) {
    const t = (c as Record<string, Record<string, unknown>> | null)?.trigger;
    if (!t || !isInt(t.start) || !isInt(t.end)) return 'a commitment lacks its trigger offsets';
    if (!Array.isArray((c as Record<string, unknown>).parties)) return 'a commitment\'s "parties" is not an array';
  }
  return null;
}

/** The records of one `.jsonl` file, checked line by line. */
export function readJsonl(file: string): SegmentRecord[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const records: SegmentRecord[] = [];
  const lineOfSeg = new Map<number, number>();
  const lineOfSpan = new Map<string, number>();
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${file}:${i + 1}`;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (err) {
      throw new InputError(`${at}: not JSON (${(err as Error).message})`);
    }
    const problem = shapeProblem(r);
    if (problem) throw new InputError(`${at}: not a jsa/1 segment record: ${problem}`);
    const rec = r as SegmentRecord;
    const span = `${rec.start}:${rec.end}`;
    const first = lineOfSeg.get(rec.seg) ?? lineOfSpan.get(span);
    if (first !== undefined) {
      throw new InputError(`${at}: duplicate segment ${rec.seg} (${span}), first on line ${first}`);
    }
    lineOfSeg.set(rec.seg, i + 1);
    lineOfSpan.set(span, i + 1);
    records.push(rec);
  });
  return records;
}

/** The `.jsonl` files of a folder, sorted, by document id (file names only; nothing is read). */
export function jsonlFiles(dir: string): Map<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: not a folder`);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.jsonl') && !name.startsWith('.')) files.set(basename(name, '.jsonl'), join(dir, name));
  }
  return files;
}

/** Every `<doc>.jsonl` in `dir`, by document id. */
export function readJsonlDir(dir: string): Map<string, SegmentRecord[]> {
  const docs = new Map<string, SegmentRecord[]>();
  for (const [doc, file] of jsonlFiles(dir)) docs.set(doc, readJsonl(file));
  return docs;
}
