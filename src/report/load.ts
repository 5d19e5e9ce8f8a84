/**
 * What the report reads from an output folder: the documents (from the run
 * manifest when there is one, else every `.jsonl`), their metadata and the
 * failures. Records are read one document at a time by the builder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../cli/errors.js';

export interface DocMeta {
  title: string | null;
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  date: string | null;
  source: string | null;
}

export interface DocEntry {
  id: string;
  /** The `.jsonl` file. */
  file: string;
  meta: DocMeta;
}

export interface FailedEntry {
  id: string;
  input: string;
  reason: string;
  message: string;
}

export interface OutputFolder {
  docs: DocEntry[];
  failed: FailedEntry[];
  /** False when the folder has no `_manifest.json` (metadata then comes from the ids). */
  hasManifest: boolean;
}

/** The manifest fields the report reads (`meta` is written by newer runs only). */
interface ManifestDoc {
  id: string;
  input?: string;
  status?: string;
  output?: string | null;
  reason?: string;
  message?: string;
  meta?: { title?: unknown; date?: unknown; source?: unknown };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** A date written in the id (`2021-01-15-fact-sheet…`, `us-japan-2025-02-07`), else a plausible year in it. */
export function dateFromId(id: string): string | null {
  const day = /(?:^|\D)((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/.exec(id);
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  return /(?:^|\D)((?:1[89]|20)\d\d)(?!\d)/.exec(id)?.[1] ?? null;
}

function metaOf(id: string, m: ManifestDoc['meta']): DocMeta {
  const date = str(m?.date);
  return {
    title: str(m?.title),
    date: date && /^\d{4}(-\d\d-\d\d)?$/.test(date) ? date : dateFromId(id),
    source: str(m?.source),
  };
}

export function readOutputFolder(dir: string): OutputFolder {
  const manifestFile = join(dir, '_manifest.json');
  if (!existsSync(manifestFile)) {
    const docs = readdirSync(dir)
      .filter((n) => n.endsWith('.jsonl') && !n.startsWith('.'))
      .sort()
      .map((n) => {
        const id = basename(n, '.jsonl');
        return { id, file: join(dir, n), meta: metaOf(id, undefined) };
      });
    return { docs, failed: [], hasManifest: false };
  }
  let entries: ManifestDoc[];
  try {
    entries = (JSON.parse(readFileSync(manifestFile, 'utf8')) as { documents: ManifestDoc[] }).documents;
    if (!Array.isArray(entries)) throw new Error('it has no "documents" list');
  } catch (e) {
    throw new InputError(`${manifestFile}: not a jsa manifest (${(e as Error).message})`);
  }
  const docs: DocEntry[] = [];
  const failed: FailedEntry[] = [];
  for (const e of entries) {
    if (e.status === 'failed' || !e.output) {
      failed.push({ id: e.id, input: e.input ?? '', reason: e.reason ?? 'failed', message: e.message ?? '' });
    } else if (existsSync(join(dir, e.output))) {
      docs.push({ id: e.id, file: join(dir, e.output), meta: metaOf(e.id, e.meta) });
    }
  }
  return { docs, failed, hasManifest: true };
}
