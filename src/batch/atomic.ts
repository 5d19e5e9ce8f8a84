/**
 * Atomic output: every file is written to a temporary name in the same
 * folder and renamed, so a reader (or a killed run) sees it complete or not
 * at all. Temporary names carry the writing run's tag (`.<tag>-<n>.jsa-tmp`):
 * short whatever the target's length, unique per run, so two runs never touch
 * each other's, and a later run can tell leftovers of dead runs from live ones.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.jsa-tmp';

/** This process's tag: pid and random bits, so a recycled pid never reuses a name. */
export const RUN_TAG = `${process.pid.toString(36)}${randomBytes(3).toString('hex')}`;
let counter = 0;

/** `out/x.jsonl` → `out/.<tag>-<n>.jsa-tmp` (hidden, same folder so rename is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${RUN_TAG}-${(counter++).toString(36)}${TEMP_SUFFIX}`);
}

/** The run tag in a temp file name; '' for an older jsa's temp name; null when not a temp file. */
export function tagOfTemp(name: string): string | null {
  if (!name.startsWith('.') || !name.endsWith(TEMP_SUFFIX)) return null;
  return /^\.([0-9a-z]+)-[0-9a-z]+\.jsa-tmp$/.exec(name)?.[1] ?? '';
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
 * Removes temp files in `dir` whose run tag `remove` accepts (a dead run's,
 * or this run's own at the end). Returns the removed names.
 */
export function removeTemps(dir: string, remove: (tag: string) => boolean): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const tag = tagOfTemp(name);
    if (tag === null || !remove(tag)) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // not ours to insist on: a read-only folder keeps it, and the next run tries again
    }
  }
  return removed;
}
