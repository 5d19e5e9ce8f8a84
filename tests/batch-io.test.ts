/**
 * Issue 10, the output side: a full disk and a read-only --out (real tmpfs
 * mounts; skipped with a message where mounting is not permitted), outputs
 * damaged between runs, corrupt manifests and merge-manifests input.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../src/batch/json-position.js';
import {
  generatedFolder,
  jsa,
  readManifest,
  readRecords,
  removeTempDirs,
  tempDir,
  tempLeftovers,
  writeFiles,
} from './batch-helpers.js';

const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted.splice(0)) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
  removeTempDirs();
});

/** A fresh tmpfs of `size` at a temp folder, or null when this user may not mount. */
function tmpfs(size: string): string | null {
  const dir = tempDir('mnt');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounted.push(dir);
  return dir;
}
const canMount = (() => {
  const dir = tmpfs('16k');
  if (!dir)
    console.warn('batch-io: mounting a tmpfs is not permitted here; the disk-full and read-only tests are skipped');
  return dir !== null;
})();

const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe.skipIf(!canMount)('the run cannot complete: exit 3, one line', { timeout: 300_000 }, () => {
  it('a full disk: per-document write errors, then the manifest error; no temp file left', () => {
    // Generated inputs (each output ≈ 40 KB): the first output fills most of the disk, the rest and
    // then the manifest (≈ 16 KB) find no room, whatever corpus is or is not beside the project.
    const disk = tmpfs('48k')!;
    const input = join(tempDir('full'), 'in');
    generatedFolder(input, 40);
    const out = join(disk, 'out');
    const r = jsa(['annotate', input, '--out', out, '--workers', '1']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(
      /\.md: cannot write .*\.jsonl: no space left on device \(ENOSPC\)|\.txt: cannot write .*ENOSPC/,
    );
    expect(r.stderr).toMatch(/^jsa: cannot write the manifest .*_manifest\.json: no space left on device \(ENOSPC\)$/m);
    expect(r.stderr).toMatch(/jsa: 40 documents \(/); // the summary still comes
    noStackTrace(r.stderr);
    expect(tempLeftovers(out)).toEqual([]);
  });

  it('a read-only --out is refused before any work', () => {
    const disk = tmpfs('1m')!;
    mkdirSync(join(disk, 'out'));
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const input = join(tempDir('ro'), 'in');
    writeFiles(input, { 'a.txt': 'The leaders met.\n' });
    for (const out of [join(disk, 'out'), join(disk, 'new')]) {
      const r = jsa(['annotate', input, '--out', out]);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/^jsa: cannot (write to|create) output folder .*: read-only file system \(EROFS\)\n$/);
    }
  });
});

describe('output folder problems without mounting', { timeout: 120_000 }, () => {
  it('--out below a regular file, or a folder where the manifest goes: exit 3 before any work', () => {
    const work = tempDir('below');
    writeFiles(work, { file: 'not a folder' });
    writeFiles(join(work, 'in'), { 'a.txt': 'The leaders met.\n' });
    const below = jsa(['annotate', join(work, 'in'), '--out', join(work, 'file', 'out')]);
    expect(below.status).toBe(3);
    expect(below.stderr).toMatch(/^jsa: cannot create output folder .*file\/out: not a directory \(ENOTDIR\)\n$/);
    mkdirSync(join(work, 'out', '_manifest.json'), { recursive: true });
    const dirManifest = jsa(['annotate', join(work, 'in'), '--out', join(work, 'out')]);
    expect(dirManifest.status).toBe(3);
    expect(dirManifest.stderr).toMatch(
      /_manifest\.json is not a regular file, so the manifest cannot be written there/,
    );
    noStackTrace(dirManifest.stderr);
    expect(tempLeftovers(join(work, 'out'))).toEqual([]);
  });
});

describe('incremental runs check the outputs', { timeout: 120_000 }, () => {
  it('annotates again a truncated, emptied or changed output; ignores an edited output path', () => {
    const work = tempDir('damaged');
    const input = join(work, 'in');
    writeFiles(input, {
      'a.txt': 'The leaders met in Tokyo.\n',
      'b.txt': 'They agreed.\n',
      'c.txt': 'They parted.\n',
      'd.txt': 'They returned.\n',
    });
    const out = join(work, 'out');
    expect(jsa(['annotate', input, '--out', out]).status).toBe(0);
    const original = readFileSync(join(out, 'a.jsonl'));
    truncateSync(join(out, 'a.jsonl'), 10);
    writeFileSync(join(out, 'b.jsonl'), '');
    const c = readFileSync(join(out, 'c.jsonl'), 'utf8');
    writeFileSync(join(out, 'c.jsonl'), c.replace('parted', 'PARTED')); // same size, other bytes
    // The manifest's output path for d now names a file that exists and is intact: it must not be trusted.
    const manifestPath = join(out, '_manifest.json');
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const e of m.documents) if (e.id === 'd') e.output = 'a.jsonl';
    writeFileSync(manifestPath, JSON.stringify(m));
    writeFileSync(join(out, 'd.jsonl'), 'tampered\n');

    const r = jsa(['annotate', input, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/4 documents \(4 annotated, 0 skipped, 0 failed\)/);
    expect(readFileSync(join(out, 'a.jsonl'))).toEqual(original);
    expect(readRecords(join(out, 'c.jsonl'))[0].text).toBe('They parted.');
    expect(readRecords(join(out, 'd.jsonl'))[0].text).toBe('They returned.');
    expect(readManifest(out).documents.every((d) => d.output === `${d.id}.jsonl`)).toBe(true);
  });
});

describe('corrupt manifests', { timeout: 120_000 }, () => {
  it('locates the first JSON syntax error exactly where JSON.parse rejects', () => {
    const parses = (t: string): boolean => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    // Valid JSON, then the same text with one character dropped or inserted.
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', 'x'), (json, at, ch) => {
        const i = at % (json.length + 1);
        const mangled = json.slice(0, i) + ch + json.slice(i + (ch === '' ? 1 : 0));
        const offset = jsonErrorOffset(mangled);
        expect(offset === -1).toBe(parses(mangled));
        expect(offset).toBeLessThanOrEqual(mangled.length);
      }),
      { numRuns: 2000 },
    );
    expect(jsonErrorOffset('{\n "a": 1,\n "d": [,]\n}')).toBe(18);
  });

  it('a run warns naming the file and what is wrong, starts afresh and completes', () => {
    const work = tempDir('corrupt');
    writeFiles(join(work, 'in'), { 'a.txt': 'The leaders met.\n' });
    const out = join(work, 'out');
    writeFiles(out, {
      '_manifest.json': JSON.stringify({
        manifest: 'jsa-manifest/1',
        pipeline: { configHash: 'x' },
        timingsMs: {},
        documents: [null],
      }),
    });
    const r = jsa(['annotate', join(work, 'in'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: .*_manifest\.json: documents\[0\] is null, not a document entry; ignoring it/);
    expect(readManifest(out).totals).toMatchObject({ documents: 1, annotated: 1 });
  });

  it('merge-manifests: one line naming the file and the line or entry, exit 2', () => {
    const work = tempDir('merge');
    writeFiles(work, {
      'syntax.json': '{\n "manifest": "jsa-manifest/1",\n "documents": [,]\n}\n',
      'null-entry.json': JSON.stringify({
        manifest: 'jsa-manifest/1',
        pipeline: { configHash: 'x' },
        timingsMs: {},
        documents: [null],
      }),
      'other.json': '{"hello": 1}',
    });
    mkdirSync(join(work, 'folder.json'));
    const cases: Array<[string, RegExp]> = [
      ['syntax.json', /^jsa: .*syntax\.json: not valid JSON at line 3, column \d+/],
      ['null-entry.json', /^jsa: .*null-entry\.json: documents\[0\] is null, not a document entry\n$/],
      ['other.json', /^jsa: .*other\.json: not a jsa manifest/],
      ['folder.json', /^jsa: .*folder\.json: is not a regular file\n$/],
      ['missing.json', /^jsa: .*missing\.json: cannot read: no such file or directory \(ENOENT\)\n$/],
    ];
    for (const [file, message] of cases) {
      const r = jsa(['merge-manifests', join(work, file), '--out', join(work, 'merged.json')]);
      expect(r.status, file).toBe(2);
      expect(r.stderr, file).toMatch(message);
      noStackTrace(r.stderr);
    }
  });
});
