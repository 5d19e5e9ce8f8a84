import { describe, expect, it } from 'vitest';
import type { CommitmentRecord, EntityRecord, SegmentRecord } from '../src/emit/jsonl.js';
import { evaluate, headline } from '../src/eval/score.js';

const ent = (start: number, end: number, type: string, id: string | null = null): EntityRecord =>
  ({ start, end, type, id, text: 'x' });
const com = (start: number, end: number, category: string, extra: Partial<CommitmentRecord> = {}): CommitmentRecord => ({
  trigger: { start, end, text: 'x' }, category, strength: null, reiterated: false, negated: false,
  actor: null, parties: [], content: null, ...extra,
});
const seg = (n: number, start: number, end: number, entities: EntityRecord[] = [], commitments: CommitmentRecord[] = [],
  kind: 'sentence' | 'heading' = 'sentence'): SegmentRecord => ({
  schema: 'jsa/1', doc: 'd', seg: n, kind, start, end, section: null, text: 'x', entities, commitments,
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
    const pred = one([seg(0, 0, 50, [ent(0, 5, 'GPE', 'JPN'), ent(10, 18, 'ORG'), ent(30, 35, 'LOC'), ent(40, 42, 'CARDINAL')])]);
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

  it('treats a missing predicted document as all misses and names it', () => {
    const r = evaluate(one([seg(0, 0, 10)]), new Map());
    expect(r.documents.missing).toEqual(['d']);
    expect(r.segments.recall).toBe(0);
  });
});
