/** Reads a folder of contract JSONL files into records keyed by document id. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SegmentRecord } from '../emit/jsonl.js';

export function readJsonl(file: string): SegmentRecord[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    try {
      return JSON.parse(line) as SegmentRecord;
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
  });
}

/** Every `<doc>.jsonl` in `dir`, by document id. */
export function readJsonlDir(dir: string): Map<string, SegmentRecord[]> {
  const docs = new Map<string, SegmentRecord[]>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.jsonl')) docs.set(basename(name, '.jsonl'), readJsonl(join(dir, name)));
  }
  return docs;
}
