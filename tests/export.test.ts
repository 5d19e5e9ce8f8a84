import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../src/export/csv.js';
import { TABLES } from '../src/export/tables.js';
import { readJsonlDir } from '../src/eval/load.js';
import { ROOT, jsa, removeTempDirs, tempDir, writeFiles } from './batch-helpers.js';

/** A small RFC 4180 reader, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks and doubles quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine([null, undefined, true, false, 0, 'Ünïcödé'])).toBe(',,true,false,0,Ünïcödé\r\n');
  });
});

describe('jsa export', () => {
  let out: string;
  let tables: string;
  const read = (name: string): string[][] => parseCsv(readFileSync(join(tables, `${name}.csv`), 'utf8'));
  const column = (rows: string[][], name: string): string[] => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);

  beforeAll(() => {
    const work = tempDir('export');
    writeFiles(join(work, 'in'), {
      'front.md':
        '---\ntitle: "Joint Statement, with a comma and \\"quotes\\""\ndate: \'2023-03-24\'\n---\n\n' +
        'The United States and the European Union reaffirmed their commitment to "open trade". The EU will expand its support.\n',
      'quiet.txt': 'Readout\n\nThe ministers met in Ottawa on Tuesday.\n',
      'empty.txt': '',
    });
    writeFileSync(join(work, 'in', 'sample.txt'), readFileSync(join(ROOT, 'input', 'us-japan-2025-02-07.txt')));
    out = join(work, 'out');
    tables = join(work, 'tables');
    expect(jsa(['annotate', join(work, 'in'), '--out', out, '--workers', '1']).status).toBe(0);
    // The metadata a run records for each document (front matter) is read from the manifest.
    const manifestFile = join(out, '_manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    for (const d of manifest.documents) {
      d.meta =
        d.id === 'front'
          ? { title: 'Joint Statement, with a comma and "quotes"', date: '2023-03-24', source: 'https://example.org/x' }
          : null;
    }
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const r = jsa(['export', out, '--to', tables]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^jsa export: .*documents 4, segments \d+/);
  }, 120_000);
  afterAll(removeTempDirs);

  it('writes one row per item: row counts equal the record counts', () => {
    const docs = readJsonlDir(out);
    const segs = [...docs.values()].flat();
    const coms = segs.flatMap((s) => s.commitments);
    expect(read('documents').length - 1).toBe(docs.size);
    expect(read('segments').length - 1).toBe(segs.length);
    expect(read('entities').length - 1).toBe(segs.flatMap((s) => s.entities).length);
    expect(read('commitments').length - 1).toBe(coms.length);
    expect(read('commitment_parties').length - 1).toBe(coms.reduce((n, c) => n + c.parties.length, 0));
    for (const name of Object.keys(TABLES) as Array<keyof typeof TABLES>)
      expect(read(name)[0]).toEqual([...TABLES[name]]);
    expect(readdirSync(tables).sort()).toEqual(
      Object.keys(TABLES)
        .map((t) => `${t}.csv`)
        .sort(),
    );
  });

  it('joins the manifest metadata into every table, and leaves it empty where there is none', () => {
    const documents = read('documents');
    const front = documents.find((r) => r[0] === 'front')!;
    expect(front.slice(0, 5)).toEqual([
      'front',
      'Joint Statement, with a comma and "quotes"',
      '2023-03-24',
      '2023',
      'https://example.org/x',
    ]);
    expect(documents.find((r) => r[0] === 'quiet')!.slice(1, 5)).toEqual(['', '', '', '']);
    const coms = read('commitments');
    const frontYears = coms
      .slice(1)
      .filter((r) => r[0] === 'front')
      .map((r) => r[coms[0].indexOf('year')]);
    expect(frontYears.length).toBeGreaterThan(0);
    expect(new Set(frontYears)).toEqual(new Set(['2023']));
  });

  it('keys an entity by its id, or by its text when it has none', () => {
    const ents = read('entities');
    const rows = ents.slice(1).map((r) => Object.fromEntries(ents[0].map((h, i) => [h, r[i]])));
    for (const e of rows) expect(e.key).toBe(e.id === '' ? e.text : e.id);
    expect(rows.some((e) => e.id === '')).toBe(true);
  });

  it('joins parties with ";" and lists each in the long table', () => {
    const coms = read('commitments');
    const parties = read('commitment_parties');
    const joined = column(coms, 'parties')
      .filter((p) => p !== '')
      .flatMap((p) => p.split(';'));
    expect(column(parties, 'party')).toEqual(joined);
    expect(column(coms, 'reiterated').every((v) => v === 'true' || v === 'false')).toBe(true);
  });

  it('refuses parquet and a folder without output, with exit 2', () => {
    const parquet = jsa(['export', out, '--to', join(tables, 'p'), '--format', 'parquet']);
    expect(parquet.status).toBe(2);
    expect(parquet.stderr).toMatch(/^jsa export: --format parquet is not supported: jsa writes CSV only/);
    expect(existsSync(join(tables, 'p'))).toBe(false);
    expect(jsa(['export', tempDir('none'), '--to', join(tables, 'q')]).status).toBe(2);
    expect(jsa(['export', out]).status).toBe(2);
  });

  it('names a damaged manifest with its line instead of exporting without metadata', () => {
    const damaged = tempDir('damaged');
    for (const f of readdirSync(out)) writeFileSync(join(damaged, f), readFileSync(join(out, f)));
    writeFileSync(join(damaged, '_manifest.json'), '{\n "manifest": "jsa-manifest/1",\n "documents": [,]\n}\n');
    const r = jsa(['export', damaged, '--to', join(damaged, 't')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^jsa export: \S+_manifest\.json: not valid JSON at line 3/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
