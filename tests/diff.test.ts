import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDocument } from '../src/diff/diff.js';
import type { FolderDiff } from '../src/diff/folders.js';
import type { CommitmentRecord, SegmentRecord } from '../src/emit/jsonl.js';
import { readJsonlDir } from '../src/eval/load.js';
import { ROOT, jsa, removeTempDirs, tempDir, writeFiles } from './batch-helpers.js';
import { com } from './records.js';

const seg = (n: number, start: number, end: number, extra: Partial<SegmentRecord> = {}): SegmentRecord => ({
  schema: 'jsa/1',
  doc: 'd',
  seg: n,
  kind: 'sentence',
  start,
  end,
  section: null,
  text: `s${n}`,
  entities: [],
  commitments: [],
  ...extra,
});

describe('diffDocument', () => {
  it('is empty for identical documents', () => {
    const d = [seg(0, 0, 10, { commitments: [com(1, 3, 'AFFIRM')] })];
    expect(diffDocument(d, structuredClone(d))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reports added and removed segments by span, and field changes of paired items', () => {
    const old = [seg(0, 0, 10, { commitments: [com(1, 3, 'AFFIRM', { parties: ['USA'] })] }), seg(1, 11, 20)];
    const neu = [
      seg(0, 0, 10, { kind: 'heading', commitments: [com(1, 3, 'AFFIRM', { parties: ['JPN', 'USA'] })] }),
      seg(1, 11, 25),
    ];
    const d = diffDocument(old, neu);
    expect(d.removed.map((x) => [x.kind, x.seg])).toEqual([['segment', 1]]);
    expect(d.added.map((x) => [x.kind, x.seg])).toEqual([['segment', 1]]);
    expect(d.changed.map((x) => [x.kind, x.fields!.map((f) => f.field)])).toEqual([
      ['segment', ['kind']],
      ['commitment', ['parties']],
    ]);
  });

  it('does not pair commitments across segments of the old version', () => {
    const old = [seg(0, 0, 10), seg(1, 10, 20, { commitments: [com(10, 12, 'AFFIRM')] })];
    const neu = [seg(0, 0, 20, { commitments: [com(8, 12, 'AFFIRM')] })];
    const d = diffDocument(old, neu);
    expect(d.changed.filter((x) => x.kind === 'commitment')).toEqual([]);
    expect(d.removed.filter((x) => x.kind === 'commitment')).toHaveLength(1);
    expect(d.added.filter((x) => x.kind === 'commitment')).toHaveLength(1);
  });
});

describe('jsa diff on two runs of one pipeline with one lexicon verb removed', () => {
  let work: string;
  let oldOut: string;
  let newOut: string;
  const VERB = /^ {2}- \{lemma: applaud, .*\n/m;

  beforeAll(() => {
    work = tempDir('diff');
    const lexicon = join(ROOT, 'pipeline', 'lexicons', 'commitments.yml');
    expect(readFileSync(lexicon, 'utf8')).toMatch(VERB);
    cpSync(join(ROOT, 'pipeline'), join(work, 'pipeline'), { recursive: true });
    const copy = join(work, 'pipeline', 'lexicons', 'commitments.yml');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace(VERB, ''));
    writeFiles(join(work, 'in'), {
      'applause.txt':
        'Joint Statement\n\nThe leaders applaud the work of the task force. The two countries will expand trade.\n\n' +
        'Both sides applauded the agreement reached in Geneva. They reaffirmed their commitment to peace.\n',
      'other.txt': 'Readout\n\nThe ministers welcomed the new framework and will meet again in May.\n',
    });
    oldOut = join(work, 'old');
    newOut = join(work, 'new');
    expect(jsa(['annotate', join(work, 'in'), '--out', oldOut, '--workers', '1']).status).toBe(0);
    expect(
      jsa(['annotate', join(work, 'in'), '--out', newOut, '--workers', '1', '--pipeline', join(work, 'pipeline')])
        .status,
    ).toBe(0);
  }, 120_000);
  afterAll(removeTempDirs);

  it('lists exactly the commitments whose trigger was the removed verb, and exits 1', () => {
    const report = join(work, 'diff.json');
    const r = jsa(['diff', oldOut, newOut, '--json', report]);
    expect(r.status).toBe(1);
    const d = JSON.parse(readFileSync(report, 'utf8')) as FolderDiff;
    // Ground truth without the matcher: the commitments of the old run that are not in the new one, byte for byte.
    const key = (doc: string, c: CommitmentRecord) => `${doc} ${JSON.stringify(c)}`;
    const all = (dir: string) =>
      [...readJsonlDir(dir)].flatMap(([doc, recs]) => recs.flatMap((s) => s.commitments.map((c) => key(doc, c))));
    const newKeys = new Set(all(newOut));
    const gone = all(oldOut).filter((k) => !newKeys.has(k));
    expect(gone.length).toBe(2);
    for (const k of gone) expect(k).toMatch(/"trigger":\{[^}]*"text":"applaud(ed)?"/);
    const listed = Object.entries(d.documents).flatMap(([doc, dd]) => [
      ...dd.removed.map((x) => ({ ...x, doc })),
      ...dd.changed.map((x) => ({ ...x, doc })),
      ...dd.added.map((x) => ({ ...x, doc })),
    ]);
    expect(listed.map((x) => x.kind)).toEqual(['commitment', 'commitment']);
    expect(listed.map((x) => key(x.doc, (x.old ?? x.new) as CommitmentRecord)).sort()).toEqual(gone.sort());
    expect(d.totals.removed.commitment + d.totals.changed.commitment).toBe(2);
    expect(r.stdout).toContain('applause: 2 removed (2 commitments)');
  });

  it('exits 0 when nothing differs and 2 on a usage error', () => {
    expect(jsa(['diff', oldOut, oldOut]).status).toBe(0);
    expect(jsa(['diff', oldOut, oldOut]).stdout).toBe('identical: 2 documents compared\n');
    const usage = jsa(['diff', oldOut]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^jsa diff: diff needs two folders/);
    expect(jsa(['diff', oldOut, join(work, 'in')]).status).toBe(2);
  });

  it('counts a document on one side only as a difference', () => {
    const partial = join(work, 'partial');
    cpSync(oldOut, partial, { recursive: true });
    writeFileSync(join(partial, 'other.jsonl'), '');
    writeFileSync(join(partial, 'extra.jsonl'), readFileSync(join(oldOut, 'other.jsonl')));
    const r = jsa(['diff', oldOut, partial]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('extra: only in NEW');
    expect(r.stdout).toMatch(/other: \d+ removed/);
  });
});
