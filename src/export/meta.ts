/** Document metadata (front matter title, date, source) from the run manifest `OUT/_manifest.json`. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../cli/errors.js';
import { loadManifestFile, ManifestError } from '../batch/manifest-check.js';

export interface DocMeta {
  title: string | null;
  date: string | null;
  year: number | null;
  source: string | null;
}

export const NO_META: DocMeta = { title: null, date: null, year: null, source: null };

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Metadata by document id; documents without a manifest entry or without `meta` are absent. */
export function readDocMeta(outDir: string): Map<string, DocMeta> {
  const file = join(outDir, '_manifest.json');
  const metas = new Map<string, DocMeta>();
  if (!existsSync(file)) return metas;
  let manifest: ReturnType<typeof loadManifestFile>;
  try {
    manifest = loadManifestFile(file); // a damaged manifest is named with its line, never guessed around
  } catch (err) {
    throw err instanceof ManifestError ? new InputError(err.message) : err;
  }
  for (const entry of manifest.documents) {
    if (!entry.meta || typeof entry.meta !== 'object') continue;
    const date = str(entry.meta.date);
    const year = date && /^\d{4}(-|$)/.test(date) ? Number(date.slice(0, 4)) : null;
    metas.set(entry.id, { title: str(entry.meta.title), date, year, source: str(entry.meta.source) });
  }
  return metas;
}
