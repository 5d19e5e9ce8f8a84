/**
 * Reading a manifest someone may have edited, truncated or replaced: every
 * problem becomes one line naming the file and the line or entry, never a
 * stack trace (merge-manifests exits 2; a run warns and starts afresh).
 */
import { readFileSync, statSync } from 'node:fs';
import { reasonOf, shown } from './errors.js';
import { jsonErrorOffset } from './json-position.js';
import { MANIFEST_SCHEMA, type Manifest } from './manifest.js';

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

const STATUSES = new Set(['annotated', 'skipped', 'failed']);

/** The first syntax error's place in `text` as `line L, column C`. */
function whereInJson(text: string): string {
  const found = jsonErrorOffset(text);
  const at = found < 0 ? text.length : found;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `line ${line}, column ${at - before.lastIndexOf('\n')}`;
}

/** Why `e` is not a document entry, or null when it is one. */
function entryProblem(e: unknown): string | null {
  if (e === null || typeof e !== 'object' || Array.isArray(e))
    return `is ${e === null ? 'null' : Array.isArray(e) ? 'a list' : typeof e}, not a document entry`;
  const d = e as Record<string, unknown>;
  if (typeof d.id !== 'string' || d.id === '') return 'has no "id" string';
  if (typeof d.input !== 'string') return `("${d.id}") has no "input" string`;
  if (typeof d.status !== 'string' || !STATUSES.has(d.status)) return `("${d.id}") has no valid "status"`;
  if (typeof d.bytes !== 'number') return `("${d.id}") has no "bytes" number`;
  if (d.sha256 !== null && typeof d.sha256 !== 'string') return `("${d.id}") has an invalid "sha256"`;
  return null;
}

/** Parses and checks manifest text; throws ManifestError naming `file` and where. */
export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const what = text.trim() === '' ? 'empty' : `not valid JSON at ${whereInJson(text)}`;
    throw new ManifestError(
      `${shown(file)}: ${what}${text.trim() === '' ? '' : ` (${/^[^,(]*/.exec((err as Error).message)![0].trim()})`}`,
    );
  }
  const m = data as Partial<Manifest> | null;
  if (m === null || typeof m !== 'object' || Array.isArray(m))
    throw new ManifestError(`${shown(file)}: not a jsa manifest (the top level is not an object)`);
  if (m.manifest !== MANIFEST_SCHEMA)
    throw new ManifestError(`${shown(file)}: not a jsa manifest ("manifest" is not "${MANIFEST_SCHEMA}")`);
  if (!Array.isArray(m.documents)) throw new ManifestError(`${shown(file)}: "documents" is not a list`);
  if (typeof m.pipeline?.configHash !== 'string')
    throw new ManifestError(`${shown(file)}: "pipeline.configHash" is missing`);
  if (m.timingsMs === null || typeof m.timingsMs !== 'object')
    throw new ManifestError(`${shown(file)}: "timingsMs" is not an object`);
  m.documents.forEach((e, i) => {
    const problem = entryProblem(e);
    if (problem) throw new ManifestError(`${shown(file)}: documents[${i}] ${problem}`);
  });
  return m as Manifest;
}

/** Reads and checks a manifest file; throws ManifestError (also for a folder or an unreadable file). */
export function loadManifestFile(file: string): Manifest {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new ManifestError(`${shown(file)}: is not a regular file`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ManifestError) throw err;
    throw new ManifestError(`${shown(file)}: cannot read: ${reasonOf(err)}`);
  }
  return parseManifest(text, file);
}
