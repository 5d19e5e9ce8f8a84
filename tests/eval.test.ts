import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/cli/errors.js';
import type { CommitmentRecord, EntityRecord, SegmentRecord } from '../src/emit/jsonl.js';
import { readJsonl } from '../src/eval/load.js';
import { greedyMatch, overlappingPairs } from '../src/eval/match.js';
import { evaluate, headline } from '../src/eval/score.js';
import { com } from './records.js';

const ent = (start: number, end: number, type: string, id: string | null = null): EntityRecord => ({
  start,
  end,
  type,
  id,
  text: 'x',
});
const seg = (
  n: number,
  start: number,
  end: number,
  entities: EntityRecord[] = [],
  commitments: CommitmentRecord[] = [],
  kind: 'sentence' | 'heading' = 'sentence',
): SegmentRecord => ({
  schema: 'jsa/1',
  doc: 'd',
  seg: n,
  kind,
  start,
  end,
  section: null,
  text: 'x',
  entities,
  commitments,
});
const one = (records: SegmentRecord[]) => new Map([['d', records]]);

describe('evaluate', () => {
  it('counts a segment only on exact (start, end) and scores kind on matches', () => {
    const gold = one([seg(0, 0, 10, [], [], 'heading'), seg(1, 11, 30)]);
    const pred = one([seg(0, 0, 10), seg(1, 11, 29)]);
    const r = evaluate(gold, pred);
    expect(r.segments.tp).toBe(1);
    expect(r.segments.f1).toBeCloseTo(0.5);
    expect(r.segments.kindAccuracy).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  it('scores entities strict and lenient, ignores unscored numeric types, checks ids on strict matches', () => {
    const gold = one([seg(0, 0, 50, [ent(0, 5, 'GPE', 'USA'), ent(10, 20, 'ORG', 'Quad'), ent(30, 35, 'DATE')])]);
    const pred = one([
      seg(0, 0, 50, [ent(0, 5, 'GPE', 'JPN'), ent(10, 18, 'ORG'), ent(30, 35, 'LOC'), ent(40, 42, 'CARDINAL')]),
    ]);
    const r = evaluate(gold, pred);
    expect(r.entities.strict.tp).toBe(1);
    expect(r.entities.strict.predicted).toBe(3);
    expect(r.entities.lenient.tp).toBe(2);
    expect(r.entities.idAccuracy.accuracy).toBe(0);
    expect(r.entities.byType.ORG.lenient.f1).toBe(1);
    expect(r.entities.byType.DATE.strict.recall).toBe(0);
  });

  it('matches commitments one-to-one by largest trigger overlap within the gold segment', () => {
    const gold = one([
      seg(0, 0, 100, [], [com(10, 20, 'AFFIRM'), com(22, 30, 'COMMIT', { strength: 3, parties: ['JPN', 'USA'] })]),
      seg(1, 101, 200, [], [com(110, 120, 'WELCOME')]),
    ]);
    const pred = one([
      seg(0, 0, 100, [], [com(12, 28, 'COMMIT', { strength: 4, parties: ['USA', 'JPN'] })]),
      seg(1, 101, 200, [], [com(115, 118, 'SUPPORT'), com(150, 160, 'ACT')]),
    ]);
    const r = evaluate(gold, pred);
    // 12..28 overlaps 10..20 by 8 and 22..30 by 6: it takes the AFFIRM.
    expect(r.commitments.trigger.tp).toBe(2);
    expect(r.commitments.category.tp).toBe(0);
    expect(r.commitments.trigger.precision).toBeCloseTo(2 / 3);
    expect(r.commitments.trigger.recall).toBeCloseTo(2 / 3);
    expect(r.commitments.strengthMae.n).toBe(0);
  });

  it('compares parties as sets and averages strength error over matched pairs', () => {
    const gold = one([seg(0, 0, 100, [], [com(10, 20, 'COMMIT', { strength: 4, parties: ['JPN', 'USA'] })])]);
    const pred = one([seg(0, 0, 100, [], [com(10, 20, 'COMMIT', { strength: 2, parties: ['USA', 'JPN'] })])]);
    const r = evaluate(gold, pred);
    expect(r.commitments.parties.accuracy).toBe(1);
    expect(r.commitments.strengthMae).toEqual({ mae: 2, n: 1 });
    expect(headline(r)['commitments.category.f1']).toBe(1);
  });

  it('scores only the documents on both sides and lists the others', () => {
    const r = evaluate(
      new Map([
        ['d', [seg(0, 0, 10)]],
        ['e', [seg(0, 0, 10)]],
      ]),
      new Map([
        ['d', [seg(0, 0, 10)]],
        ['f', []],
      ]),
    );
    expect(r.documents).toEqual({ gold: 2, predicted: 2, scored: 1, missingInPred: ['e'], missingInGold: ['f'] });
    expect(r.segments.f1).toBe(1);
  });

  it('gives 1.000 everywhere for a folder scored against itself, numeric entity types included', () => {
    const records = [
      seg(
        0,
        0,
        50,
        [ent(0, 5, 'GPE', 'USA'), ent(10, 12, 'CARDINAL'), ent(20, 25, 'MONEY')],
        [com(30, 40, 'COMMIT', { strength: 4, parties: ['USA'] })],
      ),
      seg(1, 51, 90, [ent(60, 64, 'PERCENT')], [com(70, 80, 'WELCOME', { reiterated: true })], 'heading'),
    ];
    const figures = headline(evaluate(one(records), one(records)));
    for (const [name, value] of Object.entries(figures))
      expect([name, value]).toEqual([name, name.endsWith('mae') ? 0 : 1]);
  });

  it('counts a strict entity match once even when the prediction repeats it', () => {
    const gold = one([seg(0, 0, 50, [ent(0, 5, 'GPE', 'USA')])]);
    const pred = one([seg(0, 0, 50, [ent(0, 5, 'GPE', 'USA'), ent(0, 5, 'GPE', 'USA')])]);
    const r = evaluate(gold, pred);
    expect(r.entities.strict.recall).toBe(1);
    expect(r.entities.strict.precision).toBe(0.5);
  });

  it('refuses gold and prediction made from different texts, naming the document', () => {
    const gold = one([{ ...seg(0, 0, 10), text: 'The leaders met.' }]);
    const pred = one([{ ...seg(0, 0, 10), text: 'Ministers agreed.' }]);
    expect(() => evaluate(gold, pred)).toThrow(InputError);
    expect(() => evaluate(gold, pred)).toThrow(/^d: gold and prediction disagree on the text of the segment at 0..10/);
  });

  it('accepts segments that start together with the words of one a prefix of the other', () => {
    const gold = one([{ ...seg(0, 0, 30), text: 'The leaders met. They agreed.' }]);
    const pred = one([
      { ...seg(0, 0, 16), text: 'The leaders met.' },
      { ...seg(1, 17, 30), text: 'They agreed.' },
    ]);
    expect(evaluate(gold, pred).segments.tp).toBe(0);
    const other = one([{ ...seg(0, 0, 16), text: 'The ministers met.' }]);
    expect(() => evaluate(gold, other)).toThrow(
      /^d: gold and prediction disagree on the text of the segment at 0\.\.16/,
    );
  });

  it('lists missed, spurious and changed items with their sentence', () => {
    const gold = one([
      {
        ...seg(
          0,
          0,
          100,
          [ent(0, 5, 'GPE', 'USA'), ent(10, 20, 'ORG')],
          [com(30, 40, 'COMMIT', { strength: 4 }), com(50, 60, 'WELCOME')],
        ),
        text: 'the sentence',
      },
    ]);
    const pred = one([
      {
        ...seg(0, 0, 100, [ent(0, 5, 'GPE', 'JPN'), ent(70, 80, 'LAW')], [com(30, 40, 'COMMIT', { strength: 2 })]),
        text: 'the sentence',
      },
    ]);
    const e = evaluate(gold, pred).errors.d;
    expect(e.missed.map((x) => [x.kind, x.sentence])).toEqual([
      ['entity', 'the sentence'],
      ['commitment', 'the sentence'],
    ]);
    expect(e.spurious.map((x) => (x.new as EntityRecord).type)).toEqual(['LAW']);
    expect(e.changed.map((x) => x.fields!.map((f) => `${f.field}:${f.old}>${f.new}`))).toEqual([
      ['id:USA>JPN'],
      ['strength:4>2'],
    ]);
  });
});

describe('the matcher', () => {
  it('looks only at overlapping pairs: score calls grow with the items, not their product', () => {
    const spans = (n: number, shift: number) =>
      Array.from({ length: n }, (_, i) => ({ start: i * 10 + shift, end: i * 10 + shift + 6 }));
    const pred = spans(5000, 3);
    const gold = spans(5000, 0);
    let calls = 0;
    const pairs = greedyMatch(pred, gold, { pred: (p) => p, gold: (g) => g }, (p, g) => {
      calls++;
      return Math.min(p.end, g.end) - Math.max(p.start, g.start);
    });
    expect(pairs).toHaveLength(5000);
    expect(calls).toBeLessThanOrEqual(10_000);
  });

  it('finds every overlapping pair, also among nested and equal spans', () => {
    const a = [
      { start: 0, end: 10 },
      { start: 2, end: 4 },
      { start: 20, end: 30 },
    ];
    const b = [
      { start: 3, end: 25 },
      { start: 0, end: 10 },
      { start: 30, end: 31 },
    ];
    const brute = a.flatMap((x, i) =>
      b.flatMap((y, j) => (Math.min(x.end, y.end) > Math.max(x.start, y.start) ? [[i, j]] : [])),
    );
    expect(overlappingPairs(a, b).sort()).toEqual(brute.sort());
  });
});

describe('reading JSONL', () => {
  const file = (content: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'jsa-eval-'));
    const path = join(dir, 'doc.jsonl');
    writeFileSync(path, content);
    return path;
  };
  const line = (r: SegmentRecord): string => `${JSON.stringify(r)}\n`;

  it('names the file and line of a line that is not JSON', () => {
    const path = file(`${line(seg(0, 0, 10))}{"seg": 1,\n`);
    expect(() => readJsonl(path)).toThrow(new RegExp(`^${path}:2: not JSON`));
    rmSync(path, { force: true });
  });

  it('names the file and line of a record that is not a segment', () => {
    const path = file(`${line(seg(0, 0, 10))}{"seg": 1, "start": 11, "end": 20}\n`);
    expect(() => readJsonl(path)).toThrow(`${path}:2: not a jsa/1 segment record: "entities" is not an array`);
  });

  it('refuses a duplicated line instead of counting it twice', () => {
    const path = file(line(seg(0, 0, 10)) + line(seg(1, 11, 20)) + line(seg(1, 11, 20)));
    expect(() => readJsonl(path)).toThrow(`${path}:3: duplicate segment 1 (11:20), first on line 2`);
  });
});
