/**
 * Atomic output: every file is written to a temporary name in the same
 * folder and renamed, so a reader (or a killed run) sees it complete or not
 * at all. Temporary names are fixed per target, so the next run can find and
 * remove the leftovers of a killed run — and only those.
 */
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.jsa-tmp';

/** `out/x.jsonl` → `out/.x.jsonl.jsa-tmp` (hidden, same folder so rename is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_SUFFIX}`);
}

/** The target a temp file name stands for, or null when `name` is not one of ours. */
export function targetOfTemp(name: string): string | null {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX) && name.length > TEMP_SUFFIX.length + 1
    ? name.slice(1, -TEMP_SUFFIX.length)
    : null;
}

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const tmp = tempPathFor(target);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** `writeFileAtomic` off the JavaScript thread (libuv's pool does the I/O). */
export async function writeFileAtomicAsync(target: string, content: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Removes temp files left in `dir` by a killed run, for targets `mine` accepts
 * (a shard only cleans its own documents). Returns the removed names.
 */
export function removeStaleTemps(dir: string, mine: (target: string) => boolean): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const target = targetOfTemp(name);
    if (target !== null && mine(target)) {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
