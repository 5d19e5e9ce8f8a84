/**
 * Issue 4: a folder of good, odd-but-valid and bad inputs. Bad ones are
 * rejected with a message naming them, the rest annotated and contract-valid,
 * nothing temporary left behind, and a second run byte-identical.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractProblems } from '../src/eval/contract.js';
import { decodeInput, InputError } from '../src/read.js';
import {
  GOLD_DEV,
  jsa,
  removeTempDirs,
  readManifest,
  readRecords,
  snapshot,
  tempDir,
  tempLeftovers,
  writeFiles,
} from './batch-helpers.js';

afterAll(removeTempDirs);

const GOOD_NAME = 'us-japan-2025-02-07.txt';
const FALLBACK =
  'The two leaders met in Washington.\nThey affirmed their commitment to a free and open Indo-Pacific.\n';
const good = existsSync(join(GOLD_DEV, GOOD_NAME)) ? readFileSync(join(GOLD_DEV, GOOD_NAME), 'utf8') : FALLBACK;

/** Deterministic bytes that look like a binary file (no text structure). */
function binaryBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function longLine(bytes: number): string {
  const s = 'The two leaders affirmed their commitment to peace and prosperity in the region. ';
  return s.repeat(Math.ceil(bytes / s.length)).slice(0, bytes);
}

const FRONT_MATTER = `---
title: "Joint Statement on Cooperation"
date: '2024-05-01'
---

# Joint Statement

The United States and **Japan** reaffirmed their alliance.
The leaders committed to strengthen cooperation on *clean energy*.
`;

const UNICODE_NAME = 'État de l’Union 2024 — 日本.txt';

function buildFolder(dir: string): void {
  writeFiles(dir, {
    'good.txt': good,
    'empty.txt': '',
    'binary.txt': binaryBytes(4096),
    'latin1.txt': Buffer.from('Caf\xe9 au lait: the Minist\xe8re des Affaires \xe9trang\xe8res met.\n', 'latin1'),
    'nul.txt': Buffer.from('The leaders met.\u0000 They agreed.\n', 'utf8'),
    'crlf.txt': good.replace(/\n/g, '\r\n'),
    'cr.txt': good.replace(/\n/g, '\r'),
    'bom.txt': `\ufeff${good}`,
    'long-line.txt': longLine(2 * 1024 * 1024),
    [UNICODE_NAME]: `${good}\nThe 🇯🇵 delegation\u00a0and the\u2003𝐔.𝐒. team met.\n`,
    'front-matter.md': FRONT_MATTER,
  });
}

describe('decodeInput', () => {
  const reason = (bytes: Uint8Array): string => {
    try {
      decodeInput(bytes);
      return 'ok';
    } catch (e) {
      return e instanceof InputError ? `${e.reason}: ${e.message}` : String(e);
    }
  };
  it('rejects invalid UTF-8 with the byte offset, never replacing it', () => {
    expect(reason(Buffer.from('ab\xe9cd', 'latin1'))).toMatch(/^invalid-utf8: invalid UTF-8 at byte 2/);
    expect(reason(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toMatch(/byte 1/); // an encoded surrogate
    expect(reason(Uint8Array.from([0x61, 0xc0, 0xaf]))).toMatch(/byte 1/); // overlong
  });
  it('tells binary content from a stray NUL byte', () => {
    expect(reason(binaryBytes(1000))).toMatch(/^binary: looks binary/);
    expect(reason(Buffer.from('text\u0000more text here'))).toMatch(/^nul-byte: .* at byte 4/);
  });
  it('enforces the size limit', () => {
    expect(reason(new Uint8Array(2048).fill(0x61))).toBe('ok');
    expect(() => decodeInput(new Uint8Array(2048).fill(0x61), 1024)).toThrow(/over the 0.0 MB limit|over the/);
  });
  it('drops one BOM and keeps text otherwise intact (CR, NBSP, non-BMP)', () => {
    expect(decodeInput(Buffer.from('\ufeff\ufeffa\r\nb\u00a0😀'))).toBe('\ufeffa\r\nb\u00a0😀');
    expect(decodeInput(new Uint8Array(0))).toBe('');
  });
});

describe('jsa annotate on odd and bad inputs', { timeout: 120_000 }, () => {
  let work: string;
  let input: string;
  let first: ReturnType<typeof jsa>;

  beforeAll(() => {
    work = tempDir('robust');
    input = join(work, 'in');
    buildFolder(input);
    first = jsa(['annotate', input, '--out', join(work, 'out'), '--workers', '2']);
  }, 120_000);

  it('exits 1 and names each rejected file with its reason', () => {
    expect(first.status).toBe(1);
    const lines = first.stderr.split('\n');
    expect(lines.find((l) => l.includes('binary.txt'))).toMatch(/looks binary/);
    expect(lines.find((l) => l.includes('latin1.txt'))).toMatch(/invalid UTF-8 at byte 3/);
    expect(lines.find((l) => l.includes('nul.txt'))).toMatch(/NUL byte at byte 16/);
    expect(lines.filter((l) => /^jsa: .*(txt|md): /.test(l))).toHaveLength(3);
    expect(first.stderr).toMatch(/11 documents \(8 annotated, 0 skipped, 3 failed\)/);
  });

  it('annotates the others into contract-valid files and leaves nothing temporary', () => {
    const out = join(work, 'out');
    const produced = [...snapshot(out).keys()];
    expect(produced.sort()).toEqual(
      [
        'bom.jsonl',
        'cr.jsonl',
        'crlf.jsonl',
        'empty.jsonl',
        'front-matter.jsonl',
        'good.jsonl',
        'long-line.jsonl',
        UNICODE_NAME.replace(/\.txt$/, '.jsonl'),
      ].sort(),
    );
    for (const name of produced) {
      const id = name.replace(/\.jsonl$/, '');
      const source = ['txt', 'md'].map((ext) => join(input, `${id}.${ext}`)).find(existsSync)!;
      const original = decodeInput(readFileSync(source));
      const records = readRecords(join(out, name));
      expect(contractProblems(records, original, id), name).toEqual([]);
      if (id !== 'empty') expect(records.length, name).toBeGreaterThan(0);
    }
    expect(readFileSync(join(out, 'empty.jsonl'), 'utf8')).toBe('');
    expect(tempLeftovers(out)).toEqual([]);
  });

  it('gives a BOM file the same offsets as without it, CRLF and CR the same texts, and drops front matter', () => {
    const out = join(work, 'out');
    const strip = (name: string) => readRecords(join(out, name)).map((r) => ({ ...r, doc: '' }));
    expect(strip('bom.jsonl')).toEqual(strip('good.jsonl'));
    const texts = (name: string) =>
      readRecords(join(out, name)).map((r) => [r.kind, r.text, r.entities.map((e) => e.text)]);
    expect(texts('crlf.jsonl')).toEqual(texts('good.jsonl'));
    expect(texts('cr.jsonl')).toEqual(texts('good.jsonl'));
    const fm = readRecords(join(out, 'front-matter.jsonl'));
    expect(fm.map((r) => r.text)).not.toContainEqual(expect.stringMatching(/title:|^---/));
    expect(fm.some((r) => r.text.includes('reaffirmed their alliance'))).toBe(true);
  });

  it('records every input in the manifest: SHA-256, counts, reasons, the empty-file note', () => {
    const m = readManifest(join(work, 'out'));
    expect(m.complete).toBe(true);
    expect(m.totals).toMatchObject({ documents: 11, annotated: 8, failed: 3, skipped: 0 });
    const byId = new Map(m.documents.map((d) => [d.id, d]));
    expect(byId.get('binary')).toMatchObject({ status: 'failed', reason: 'binary', output: null });
    expect(byId.get('latin1')).toMatchObject({ status: 'failed', reason: 'invalid-utf8' });
    expect(byId.get('nul')).toMatchObject({ status: 'failed', reason: 'nul-byte' });
    expect(byId.get('empty')).toMatchObject({ status: 'annotated', segments: 0, note: expect.stringMatching(/empty/) });
    const g = byId.get('good')!;
    expect(g.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(input, 'good.txt')))
        .digest('hex'),
    );
    expect(g.configHash).toBe(m.pipeline.configHash);
    expect(g.segments).toBeGreaterThan(0);
    expect(Object.keys(m.timingsMs)).toEqual(expect.arrayContaining(['tokenize', 'segment']));
  });

  it('writes byte-identical output on a second run, whatever the worker count', () => {
    const again = jsa(['annotate', input, '--out', join(work, 'out2'), '--workers', '1']);
    expect(again.status).toBe(1);
    expect(snapshot(join(work, 'out2'))).toEqual(snapshot(join(work, 'out')));
    expect(tempLeftovers(join(work, 'out2'))).toEqual([]);
  });

  it('does not follow a symbolic link out of the input folder', () => {
    const dir = join(work, 'links');
    writeFiles(join(dir, 'in'), { 'a.txt': 'The leaders met.\n' });
    writeFiles(join(dir, 'secret'), { 'b.txt': 'Secret text.\n' });
    symlinkSync(join(dir, 'secret', 'b.txt'), join(dir, 'in', 'b.txt'));
    const r = jsa(['annotate', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: is a symbolic link to .*outside the input folder/);
    expect([...snapshot(join(dir, 'out')).keys()]).toEqual(['a.jsonl']);
  });

  it('reports a second file with the same name instead of overwriting the first output', () => {
    const dir = join(work, 'dups');
    writeFiles(join(dir, 'x'), { 'same.txt': 'First statement.\n' });
    writeFiles(join(dir, 'y'), { 'same.md': 'Second statement.\n' });
    const r = jsa(['annotate', join(dir, 'x'), join(dir, 'y'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/y\/same\.md: has the same document id "same" as .*x\/same\.txt/);
    expect(readRecords(join(dir, 'out', 'same.jsonl'))[0].text).toBe('First statement.');
  });

  it('fails a document whose output cannot be written, names it, and completes the others', () => {
    const dir = join(work, 'unwritable');
    writeFiles(join(dir, 'in'), { 'a.txt': 'The leaders met.\n', 'b.txt': 'They agreed.\n' });
    mkdirSync(join(dir, 'out', 'b.jsonl', 'occupied'), { recursive: true }); // a folder where b's output goes
    const r = jsa(['annotate', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: cannot write .*b\.jsonl/);
    expect(readRecords(join(dir, 'out', 'a.jsonl'))[0].text).toBe('The leaders met.');
    expect(tempLeftovers(join(dir, 'out'))).toEqual([]);
  });

  it('fails a document over the time limit and carries on with a fresh worker', () => {
    const dir = join(work, 'slow');
    writeFiles(join(dir, 'in'), {
      'a.txt': 'The leaders met.\n',
      'b.txt': longLine(6 * 1024 * 1024),
      'c.txt': 'They agreed.\n',
    });
    const r = jsa(['annotate', join(dir, 'in'), '--out', join(dir, 'out'), '--workers', '1', '--timeout-ms', '800']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: took longer than 800 ms/);
    expect([...snapshot(join(dir, 'out')).keys()]).toEqual(['a.jsonl', 'c.jsonl']);
    expect(tempLeftovers(join(dir, 'out'))).toEqual([]);
  });
});
