import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, jsa, removeTempDirs, tempDir, writeFiles } from './batch-helpers.js';

const INPUT_SAMPLE = join(ROOT, 'input', 'us-japan-2025-02-07.txt');

let out: string;
beforeAll(() => {
  const work = tempDir('evalcli');
  writeFiles(join(work, 'in'), {
    'numbers.txt':
      'Joint Statement\n\nThe two leaders pledged $5 billion and 40 percent of 3 new funds to the 12 partners.\n',
  });
  copyFileSync(INPUT_SAMPLE, join(work, 'in', 'sample.txt'));
  out = join(work, 'out');
  expect(jsa(['annotate', join(work, 'in'), '--out', out, '--workers', '1']).status).toBe(0);
}, 120_000);
afterAll(removeTempDirs);

const copyOf = (files: string[], tag: string): string => {
  const dir = tempDir(tag);
  for (const f of files) copyFileSync(join(out, f), join(dir, f));
  return dir;
};

describe('jsa eval', () => {
  it('scores a fresh run against itself 1.000 everywhere (numeric entities included)', () => {
    expect(readFileSync(join(out, 'numbers.jsonl'), 'utf8')).toMatch(/"type":"(CARDINAL|MONEY|PERCENT)"/);
    const r = jsa(['eval', '--gold', out, '--pred', out, '--json', '-']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.entities.strict.f1).toBe(1);
    expect(report.commitments.category.f1).toBe(1);
    expect(report.errors).toEqual({});
    const strict = jsa([
      'eval',
      '--gold',
      out,
      '--pred',
      out,
      '--min',
      'entities.strict.f1=1,segments.f1=1,commitments.parties_accuracy=1',
    ]);
    expect(strict.status).toBe(0);
  });

  it('exits 2 on empty folders and on folders without a document in common', () => {
    const empty = tempDir('empty');
    const r = jsa(['eval', '--gold', empty, '--pred', empty, '--min', 'segments.f1=0.5']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^jsa eval: no documents in common/);
    const other = tempDir('other');
    writeFileSync(join(other, 'unrelated.jsonl'), '');
    expect(jsa(['eval', '--gold', out, '--pred', other]).status).toBe(2);
  });

  it('exits 2 when documents are on one side only, unless --allow-missing', () => {
    const part = copyOf(['sample.jsonl'], 'part');
    const r = jsa(['eval', '--gold', out, '--pred', part]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not predicted: numbers');
    const allowed = jsa(['eval', '--gold', out, '--pred', part, '--allow-missing']);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toMatch(/^documents: 1 scored \(gold 2, predicted 1\); not predicted: numbers/);
  });

  it('refuses duplicated prediction lines, naming the document, with one line and no stack trace', () => {
    const dup = copyOf(['sample.jsonl', 'numbers.jsonl'], 'dup');
    const lines = readFileSync(join(dup, 'sample.jsonl'), 'utf8');
    writeFileSync(join(dup, 'sample.jsonl'), `${lines + lines.split('\n')[3]}\n`);
    const r = jsa(['eval', '--gold', out, '--pred', dup]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^jsa eval: \S+sample\.jsonl:\d+: duplicate segment 3 /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a prediction made from another version of the text, naming the document', () => {
    const other = tempDir('othertext');
    writeFiles(join(other, 'in'), {
      'numbers.txt':
        'Joint Statement\n\nThe two presidents pledged $5 billion and 40 percent of 3 new funds to the 12 partners.\n',
    });
    expect(jsa(['annotate', join(other, 'in'), '--out', join(other, 'out'), '--workers', '1']).status).toBe(0);
    const r = jsa(['eval', '--gold', out, '--pred', join(other, 'out'), '--allow-missing']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^jsa eval: numbers: gold and prediction disagree on the text of the segment at \d+\.\.\d+ /,
    );
  });

  it('names the file and line of a broken line', () => {
    const bad = copyOf(['sample.jsonl', 'numbers.jsonl'], 'bad');
    writeFileSync(
      join(bad, 'numbers.jsonl'),
      `${readFileSync(join(out, 'numbers.jsonl'), 'utf8')}{"seg": 9, "start"\n`,
    );
    const r = jsa(['eval', '--gold', out, '--pred', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^jsa eval: \S+numbers\.jsonl:\d+: not JSON \(/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--errors lists the missed items with their sentence', () => {
    const fewer = copyOf(['sample.jsonl', 'numbers.jsonl'], 'fewer');
    const recs = readFileSync(join(out, 'sample.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const target = recs.find((s) => s.commitments.length > 0);
    const dropped = target.commitments.shift();
    writeFileSync(join(fewer, 'sample.jsonl'), `${recs.map((s) => JSON.stringify(s)).join('\n')}\n`);
    const r = jsa(['eval', '--gold', out, '--pred', fewer, '--errors']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `sample: 1 missed (1 commitment)\n  - seg ${target.seg} commitment ${JSON.stringify(dropped.trigger.text)} ${dropped.category}`,
    );
    expect(r.stdout).toContain(`in ${JSON.stringify(target.text).slice(0, 40)}`);
  });

  it('rejects unknown options and figures with exit 2', () => {
    expect(jsa(['eval', '--gold', out, '--pred', out, '--bogus']).stderr).toMatch(/^jsa eval: unknown option --bogus/);
    expect(jsa(['eval', '--gold', out, '--pred', out, '--min', 'nope=1']).status).toBe(2);
    expect(jsa(['eval', '--gold', out]).status).toBe(2);
  });
});

describe('jsa', () => {
  it('lists every command, and refuses an unknown one with exit 2', () => {
    const help = jsa(['--help']);
    for (const c of ['annotate', 'eval', 'diff', 'export', 'merge-manifests'])
      expect(help.stdout).toContain(`jsa ${c} `);
    expect(jsa(['frobnicate']).status).toBe(2);
    expect(jsa(['toString']).status).toBe(2);
  });
});
