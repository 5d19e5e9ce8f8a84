/**
 * Input discovery: walks the named files and folders lazily (one folder's
 * names in memory at a time, sorted so runs are reproducible) and gives each
 * document its id, the file name without extension. Unsafe entries are
 * reported, not followed: symbolic links leaving the input folder, names
 * that cannot be an output name, and a second file with an id already taken
 * (its output would overwrite the first one's, also on a case-insensitive
 * file system). A file or folder that vanishes or cannot be read is that
 * entry's failure, never the batch's.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { reasonOf, shown } from './errors.js';

const readdirWithTypes = (dir: string) => readdirSync(dir, { withFileTypes: true });
import { UsageError } from './options.js';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

export interface Found {
  /** The path as reached from the command line. */
  path: string;
  id: string;
  /** Set when the file must not be read: the reason and a message. */
  error?: { reason: 'unsafe-path' | 'duplicate-id' | 'unreadable' | 'not-a-regular-file'; message: string };
}

/** Checks that every input exists (a usage error otherwise), before any work starts. */
export function checkInputs(inputs: string[]): void {
  for (const p of inputs) {
    if (!existsSync(p)) throw new UsageError(`no such file or folder: ${shown(p)}`);
  }
}

export function documentId(path: string): string {
  const name = basename(path);
  return basename(name, extname(name));
}

/** Longest file name most file systems allow, in bytes. */
const MAX_NAME_BYTES = 255;

/** The key two ids collide on: case-folded and NFC-normalized, as a case-insensitive or normalizing file system compares names. */
export const idKey = (id: string): string => id.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');

const unreadable = (path: string, what: string, err: unknown): Found => ({
  path,
  id: documentId(path),
  error: { reason: 'unreadable', message: `cannot read ${what}: ${reasonOf(err)}` },
});

const inside = (real: string, root: string): boolean =>
  real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function* walk(dir: string, realRoot: string, seen: Set<string>): Generator<Found> {
  let entries: ReturnType<typeof readdirWithTypes>;
  try {
    entries = readdirWithTypes(dir);
  } catch (err) {
    yield unreadable(dir, 'folder', err);
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
        yield {
          path,
          id: documentId(path),
          error: {
            reason: 'unsafe-path',
            message: `is a symbolic link to ${shown(real)}, outside the input folder; not followed`,
          },
        };
        continue;
      }
      try {
        const st = statSync(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        yield unreadable(path, 'file', err);
        continue;
      }
    }
    const isDocument = DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase());
    if (isDir) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch (err) {
        yield unreadable(path, 'folder', err);
        continue;
      }
      if (seen.has(real)) continue; // a link back into a folder already walked
      seen.add(real);
      yield* walk(path, realRoot, seen);
    } else if (isDocument && isFile) {
      yield { path, id: documentId(path) };
    } else if (isDocument) {
      yield {
        path,
        id: documentId(path),
        error: {
          reason: 'not-a-regular-file',
          message: 'is not a regular file (a pipe, device or socket); only regular files are annotated',
        },
      };
    }
  }
}

/** Every document under `inputs`, in argument order then sorted path order. */
export function* discover(inputs: string[]): Generator<Found> {
  const ids = new Map<string, { real: string; path: string }>(); // idKey → the file that has it
  for (const input of inputs) {
    let real: string;
    let isDir: boolean;
    try {
      real = realpathSync(input);
      isDir = statSync(real).isDirectory();
    } catch (err) {
      yield unreadable(input, 'it', err); // named on the command line, gone since
      continue;
    }
    const found = isDir ? walk(input, real, new Set([real])) : [{ path: input, id: documentId(input) } as Found];
    for (const f of found) {
      if (f.error) {
        yield f;
        continue;
      }
      if (f.id === '' || f.id === '.' || f.id === '..' || f.id.includes('/')) {
        yield {
          ...f,
          error: { reason: 'unsafe-path', message: `its name gives no usable document id (${JSON.stringify(f.id)})` },
        };
        continue;
      }
      if (Buffer.byteLength(`${f.id}.jsonl`) > MAX_NAME_BYTES) {
        yield {
          ...f,
          error: {
            reason: 'unsafe-path',
            message: `its output name ${shown(f.id)}.jsonl would be over ${MAX_NAME_BYTES} bytes; shorten the file name`,
          },
        };
        continue;
      }
      let realFile: string;
      try {
        realFile = realpathSync(f.path);
      } catch (err) {
        yield unreadable(f.path, 'file', err);
        continue;
      }
      const key = idKey(f.id);
      const first = ids.get(key);
      if (first?.real === realFile) continue; // the same file named twice
      if (first !== undefined) {
        yield {
          ...f,
          error: {
            reason: 'duplicate-id',
            message: `has the same document id ${JSON.stringify(f.id)} as ${shown(first.real)} (ids are compared ignoring case and Unicode normalization); its output would overwrite that one's — rename one of them`,
          },
        };
        continue;
      }
      ids.set(key, { real: realFile, path: f.path });
      yield f;
    }
  }
}
