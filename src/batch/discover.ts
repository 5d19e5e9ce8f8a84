/**
 * Input discovery: walks the named files and folders lazily (one folder's
 * names in memory at a time, sorted so runs are reproducible) and gives each
 * document its id, the file name without extension. Unsafe entries are
 * reported, not followed: symbolic links leaving the input folder, names
 * that cannot be an output name, and a second file with an id already taken
 * (its output would overwrite the first one's).
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { UsageError } from './options.js';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

export interface Found {
  /** The path as reached from the command line. */
  path: string;
  id: string;
  /** Set when the file must not be read: the reason and a message. */
  error?: { reason: 'unsafe-path' | 'duplicate-id' | 'unreadable'; message: string };
}

/** Checks that every input exists (a usage error otherwise), before any work starts. */
export function checkInputs(inputs: string[]): void {
  for (const p of inputs) {
    if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
  }
}

export function documentId(path: string): string {
  const name = basename(path);
  return basename(name, extname(name));
}

const inside = (real: string, root: string): boolean => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function* walk(dir: string, realRoot: string, seen: Set<string>): Generator<Found> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, id: documentId(dir), error: { reason: 'unreadable', message: `cannot read folder: ${(err as Error).message}` } };
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        if (DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
          yield { path, id: documentId(path), error: { reason: 'unreadable', message: 'is a broken symbolic link' } };
        }
        continue;
      }
      if (!inside(real, realRoot)) {
        yield { path, id: documentId(path), error: { reason: 'unsafe-path', message: `is a symbolic link to ${real}, outside the input folder; not followed` } };
        continue;
      }
      const st = statSync(real);
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      const real = realpathSync(path);
      if (seen.has(real)) continue; // a link back into a folder already walked
      seen.add(real);
      yield* walk(path, realRoot, seen);
    } else if (isFile && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      yield { path, id: documentId(path) };
    }
  }
}

/** Every document under `inputs`, in argument order then sorted path order. */
export function* discover(inputs: string[]): Generator<Found> {
  const ids = new Map<string, string>(); // id → real path of the file that has it
  for (const input of inputs) {
    const real = realpathSync(input);
    const found = statSync(real).isDirectory()
      ? walk(input, real, new Set([real]))
      : [{ path: input, id: documentId(input) } as Found];
    for (const f of found) {
      if (f.error) {
        yield f;
        continue;
      }
      if (f.id === '' || f.id === '.' || f.id === '..' || f.id.includes('/')) {
        yield { ...f, error: { reason: 'unsafe-path', message: `its name gives no usable document id ("${f.id}")` } };
        continue;
      }
      const realFile = realpathSync(f.path);
      const first = ids.get(f.id);
      if (first === realFile) continue; // the same file named twice
      if (first !== undefined) {
        yield { ...f, error: { reason: 'duplicate-id', message: `has the same document id "${f.id}" as ${first}; its output would overwrite that one's — rename one of them` } };
        continue;
      }
      ids.set(f.id, realFile);
      yield f;
    }
  }
}
