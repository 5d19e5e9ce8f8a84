/**
 * Issue 10, inputs and names: only regular files are read, reads are bounded
 * whatever stat says, option ranges are checked, and names in messages are
 * escaped; duplicates are found as a case-insensitive file system sees them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../src/batch/input.js';
import { isoDate } from '../src/batch/meta.js';
import { InputError } from '../src/read.js';
import {
  jsa,
  readManifest,
  readRecords,
  removeTempDirs,
  snapshot,
  tempDir,
  tempLeftovers,
  writeFiles,
} from './batch-helpers.js';

afterAll(removeTempDirs);

const rejection = (f: () => unknown): string => {
  try {
    f();
    return 'read';
  } catch (e) {
    return e instanceof InputError ? e.reason : `other: ${(e as Error).message}`;
  }
};

describe('reading one input', () => {
  it('rejects devices and pipes without reading from them', () => {
    expect(rejection(() => readInputFile('/dev/zero', 1024, 10_000))).toBe('not-a-regular-file');
    const dir = tempDir('fifo-unit');
    execFileSync('mkfifo', [join(dir, 'p')]);
    expect(rejection(() => readInputFile(join(dir, 'p'), 1024, 10_000))).toBe('not-a-regular-file'); // and did not block on open
  });

  it('stops at the size limit even when stat says the file is empty', () => {
    // procfs files are regular files whose stat size is 0.
    expect(rejection(() => readInputFile('/proc/self/status', 16, 10_000))).toBe('too-large');
    expect(readInputFile('/proc/self/status', 1 << 20, 10_000).length).toBeGreaterThan(16);
  });

  it('reads a file of exactly the limit, and rejects one byte more', () => {
    const dir = tempDir('limit');
    writeFileSync(join(dir, 'a'), 'x'.repeat(100));
    expect(readInputFile(join(dir, 'a'), 100, 10_000).length).toBe(100);
    expect(rejection(() => readInputFile(join(dir, 'a'), 99, 10_000))).toBe('too-large');
  });
});

describe('jsa annotate on devices, pipes and odd names', { timeout: 180_000 }, () => {
  it('fails a named device and a FIFO (named or found in a folder) and annotates the rest', () => {
    const dir = tempDir('special');
    writeFiles(join(dir, 'in'), { 'a.txt': 'The leaders met.\n', 'b.txt': 'They agreed.\n' });
    execFileSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
    const out = join(dir, 'out');
    const r = jsa(['annotate', '/dev/zero', join(dir, 'in'), '--out', out, '--max-mb', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^jsa: \/dev\/zero: is not a regular file/m);
    expect(r.stderr).toMatch(/pipe\.txt: is not a regular file/);
    const m = readManifest(out);
    expect(m.documents.map((d) => [d.id, d.status, d.reason ?? null])).toEqual([
      ['a', 'annotated', null],
      ['b', 'annotated', null],
      ['pipe', 'failed', 'not-a-regular-file'],
      ['zero', 'failed', 'not-a-regular-file'],
    ]);
    expect(tempLeftovers(out)).toEqual([]);
  });

  it('escapes control characters in names and compares ids case-folded and NFC-normalized', () => {
    const dir = tempDir('names');
    const input = join(dir, 'in');
    mkdirSync(input);
    const bad = Buffer.from('caf\xe9\n', 'latin1');
    writeFileSync(join(input, 'line\nbreak.txt'), bad);
    writeFileSync(join(input, '\x1b[31mred.txt'), bad);
    writeFileSync(join(input, 'Case.txt'), 'Upper case first.\n');
    writeFileSync(join(input, 'case.txt'), 'Lower case second.\n');
    writeFileSync(join(input, 'caf\u00e9.txt'), 'Composed.\n');
    writeFileSync(join(input, 'cafe\u0301.txt'), 'Decomposed.\n');
    writeFileSync(join(input, `${'x'.repeat(249)}.txt`), 'A long name.\n'); // output name: exactly 255 bytes
    writeFileSync(join(input, `${'y'.repeat(250)}.md`), 'A name too long for its output.\n');
    const out = join(dir, 'out');
    const r = jsa(['annotate', input, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('\x1b');
    expect(r.stderr).toMatch(/^jsa: ".*line\\nbreak\.txt": invalid UTF-8/m);
    expect(r.stderr).toMatch(/^jsa: ".*\\u001b\[31mred\.txt": invalid UTF-8/m);
    expect(r.stderr).toMatch(/case\.txt: has the same document id "case" as .*Case\.txt/);
    // NFD sorts first; whichever comes second is the duplicate.
    expect(r.stderr).toMatch(/caf\u00e9\.txt: has the same document id "caf\u00e9" as .*cafe\u0301\.txt/);
    expect(r.stderr).toMatch(/would be over 255 bytes/);
    expect(readRecords(join(out, 'Case.jsonl'))[0].text).toBe('Upper case first.');
    expect(readRecords(join(out, `${'x'.repeat(249)}.jsonl`))[0].text).toBe('A long name.');
    expect(tempLeftovers(out)).toEqual([]);
  });
});

describe('option ranges', { timeout: 60_000 }, () => {
  it.each([
    [['--timeout-ms', '2147483648'], /--timeout-ms must be at most 2147483647/],
    [['--timeout-ms', '0'], /--timeout-ms expects a positive integer/],
    [['--max-mb', '0'], /--max-mb expects a positive number/],
    [['--max-mb', '-1'], /--max-mb/],
    [['--out='], /--out expects a value/],
    [['--force=yes'], /--force takes no value/],
  ])('%j exits 2 before any work', (args, message) => {
    const dir = tempDir('range');
    const r = jsa(['annotate', join(dir, 'none'), '--out', join(dir, 'out'), ...(args as string[])]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('caps --workers with a warning and honours the largest timer', () => {
    const dir = tempDir('cap');
    writeFiles(join(dir, 'in'), { 'a.txt': 'The leaders met.\n' });
    const r = jsa([
      'annotate',
      join(dir, 'in'),
      '--out',
      join(dir, 'out'),
      '--workers',
      '512',
      '--timeout-ms',
      '2147483647',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: --workers 512 capped at \d+/);
    expect(readManifest(join(dir, 'out')).options.workers).toBeLessThan(512);
    expect([...snapshot(join(dir, 'out')).keys()]).toEqual(['a.jsonl']);
  });
});

describe('document metadata in the manifest', { timeout: 60_000 }, () => {
  it('parses dates to ISO 8601 or null', () => {
    expect(isoDate('2024-05-01')).toBe('2024-05-01');
    expect(isoDate('2024-05-01T23:00:00-05:00')).toBe('2024-05-01');
    expect(isoDate('May 1, 2024')).toBe('2024-05-01');
    expect(isoDate('Wednesday, 1 May 2024')).toBe('2024-05-01');
    expect(isoDate('2024-02-30')).toBeNull();
    expect(isoDate('hello 2024')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });

  it('carries title, date and source for annotated and skipped documents, null for failed ones', () => {
    const dir = tempDir('meta');
    writeFiles(join(dir, 'in'), {
      'fm.md':
        '---\ntitle: "Joint Statement"\ndate: May 1, 2024\nsource_url: https://example.org/js\n---\n\nThe leaders met.\n',
      'plain.txt': 'The leaders met.\n',
      'bad.txt': Buffer.from('caf\xe9\n', 'latin1'),
    });
    const out = join(dir, 'out');
    jsa(['annotate', join(dir, 'in'), '--out', out]);
    const meta = (): Record<string, unknown> =>
      Object.fromEntries(readManifest(out).documents.map((d) => [d.id, d.meta]));
    const expected = {
      fm: { title: 'Joint Statement', date: '2024-05-01', source: 'https://example.org/js' },
      plain: { title: null, date: null, source: null },
      bad: null,
    };
    expect(meta()).toEqual(expected);
    jsa(['annotate', join(dir, 'in'), '--out', out]);
    expect(readManifest(out).documents.find((d) => d.id === 'fm')?.status).toBe('skipped');
    expect(meta()).toEqual(expected);
  });
});
