/**
 * The output folder's side of a run: created and checked before any work,
 * the previous manifest read back (a corrupt one is a warning and a fresh
 * start), and an earlier output trusted only when its bytes still match.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { reasonOf, RunError, shown } from './errors.js';
import type { Manifest, ManifestEntry } from './manifest.js';
import { loadManifestFile, ManifestError } from './manifest-check.js';
import { UsageError } from './options.js';

/** Creates `out` (absolute) if needed; `given` is the path as the user wrote it, for messages. */
export function prepareOut(out: string, given: string): void {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${shown(given)} is not a folder`);
  try {
    mkdirSync(out, { recursive: true });
  } catch (err) {
    throw new RunError(`cannot create output folder ${shown(given)}: ${reasonOf(plainMkdirError(out) ?? err)}`);
  }
}

/** Recursive mkdir reports ENOENT on a read-only file system; a plain mkdir of the last level tells the real reason. */
function plainMkdirError(dir: string): unknown {
  try {
    mkdirSync(dir);
    return null;
  } catch (err) {
    return err;
  }
}

/** The previous run's manifest at `path`, or null; `warn` hears why a damaged one is ignored. */
export function loadPrevious(path: string, warn: (msg: string) => void): Manifest | null {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch {
    return null;
  }
  if (!st.isFile())
    throw new RunError(`${shown(path)} is not a regular file, so the manifest cannot be written there; move it away`);
  try {
    return loadManifestFile(path);
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    warn(`${err.message}; ignoring it, every document is annotated again`);
    return null;
  }
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** True when `file` is still exactly the output `prev` recorded (size first: it is cheap). */
export function outputIntact(file: string, prev: ManifestEntry): boolean {
  if (prev.outputBytes === undefined || prev.outputSha256 === undefined) return false;
  try {
    if (statSync(file).size !== prev.outputBytes) return false;
    return sha256Of(readFileSync(file)) === prev.outputSha256;
  } catch {
    return false;
  }
}
