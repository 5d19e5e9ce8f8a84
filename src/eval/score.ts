/**
 * Scoring per annotation guide §4: segments by exact (start, end); entities
 * strict and lenient, micro and per type; commitments matched one-to-one by
 * trigger overlap within the same gold segment. Both sides go through the same
 * filter, so a run scored against itself is 1.000 everywhere.
 */
import type { CommitmentRecord, EntityRecord, SegmentRecord } from '../emit/jsonl.js';
import { GOLD_ENTITY_TYPES } from '../document.js';
import { InputError } from '../cli/errors.js';
import { diffDocument, type DocDiff, type FieldFilter } from '../diff/diff.js';
import { commitmentsOf, type Located } from '../diff/items.js';
import { wordChars } from './contract.js';
import { greedyMatch, overlap, segmentLocator } from './match.js';
import type { Accuracy, Prf } from './prf.js';
import { Tally } from './tally.js';

const SCORED_TYPES = new Set<string>(GOLD_ENTITY_TYPES);

/** What eval's error list compares: the fields that §4 scores. */
const SCORED_FIELDS: FieldFilter = {
  segment: ['kind'],
  entity: ['start', 'end', 'type', 'id'],
  commitment: ['trigger', 'category', 'parties', 'reiterated', 'negated', 'strength'],
};

/** The view both sides are scored on: only the entity types the guide annotates. */
const scoredView = (records: SegmentRecord[]): SegmentRecord[] =>
  records.map((r) => ({ ...r, entities: r.entities.filter((e) => SCORED_TYPES.has(e.type)) }));

/**
 * Gold and prediction must describe the same text: spans with the same start carry words of
 * which one is a prefix of the other (the same words when the end matches too), and likewise
 * for the same end. Markup-blind, so a difference in markup removal is no error.
 */
function checkAligned(doc: string, gold: SegmentRecord[], pred: SegmentRecord[]): void {
  const spans = (recs: SegmentRecord[]) => [
    ...recs.map((r) => ({ what: 'segment', start: r.start, end: r.end, words: wordChars(r.text), text: r.text })),
    ...recs
      .flatMap((r) => r.entities)
      .map((e) => ({ what: 'entity', start: e.start, end: e.end, words: wordChars(e.text), text: e.text })),
  ];
  type S = ReturnType<typeof spans>[number];
  const byStart = new Map<string, S>();
  const byEnd = new Map<string, S>();
  for (const g of spans(gold)) {
    byStart.set(`${g.what}${g.start}`, g);
    byEnd.set(`${g.what}${g.end}`, g);
  }
  const fits = (a: string, b: string, atStart: boolean): boolean => {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return atStart ? long.startsWith(short) : long.endsWith(short);
  };
  for (const p of spans(pred)) {
    for (const [g, atStart] of [
      [byStart.get(`${p.what}${p.start}`), true],
      [byEnd.get(`${p.what}${p.end}`), false],
    ] as const) {
      if (!g || fits(g.words, p.words, atStart)) continue;
      throw new InputError(
        `${doc}: gold and prediction disagree on the text of the ${p.what} at ${p.start}..${p.end} ` +
          `(${JSON.stringify(g.text.slice(0, 40))} vs ${JSON.stringify(p.text.slice(0, 40))}): were they made from the same source text?`,
      );
    }
  }
}

function scoreSegments(t: Tally, pred: SegmentRecord[], gold: SegmentRecord[]): void {
  const goldBySpan = new Map(gold.map((s) => [`${s.start}:${s.end}`, s]));
  t.seg.pred += pred.length;
  t.seg.gold += gold.length;
  for (const p of pred) {
    const g = goldBySpan.get(`${p.start}:${p.end}`);
    if (!g) continue;
    t.seg.tp++;
    if (g.kind === p.kind) t.seg.kindOk++;
  }
}

const spanOf = { pred: (e: EntityRecord) => e, gold: (e: EntityRecord) => e };

function scoreEntities(t: Tally, pred: EntityRecord[], gold: EntityRecord[]): void {
  for (const e of pred) t.entType(e.type).pred++;
  for (const e of gold) t.entType(e.type).gold++;
  const goldStrict = new Map(gold.map((e) => [`${e.start}:${e.end}:${e.type}`, e]));
  for (const p of pred) {
    const key = `${p.start}:${p.end}:${p.type}`;
    const g = goldStrict.get(key);
    if (!g) continue;
    goldStrict.delete(key); // one-to-one
    t.entType(p.type).strictTp++;
    t.entStrictTp++;
    if ((g.id ?? null) === (p.id ?? null)) t.entIdOk++;
  }
  const lenient = greedyMatch(pred, gold, spanOf, (p, g) => (p.type === g.type ? overlap(p, g) : 0));
  for (const [p] of lenient) t.entType(p.type).lenientTp++;
}

const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function scoreCommitments(t: Tally, pred: SegmentRecord[], gold: SegmentRecord[]): void {
  const p = commitmentsOf(pred);
  const g = commitmentsOf(gold);
  t.trig.pred += p.length;
  t.trig.gold += g.length;
  for (const c of p) t.category(c.record.category).pred++;
  for (const c of g) t.category(c.record.category).gold++;
  const goldSegOf = segmentLocator(gold);
  const trig = (c: Located<CommitmentRecord>) => c.record.trigger;
  const matches = greedyMatch(p, g, { pred: trig, gold: trig }, (a, b) =>
    goldSegOf(a.record.trigger.start) === b.at ? overlap(a.record.trigger, b.record.trigger) : 0,
  );
  for (const [{ record: a }, { record: b }] of matches) {
    t.trig.tp++;
    if (a.category === b.category) t.category(b.category).tp++;
    if (sameSet(a.parties, b.parties)) t.parties++;
    if (a.reiterated === b.reiterated) t.reiterated++;
    if (a.negated === b.negated) t.negated++;
    if (a.strength !== null && b.strength !== null) {
      t.strengthErr += Math.abs(a.strength - b.strength);
      t.strengthN++;
    }
  }
}

export interface EvalReport {
  /** Scores cover `scored` documents, those on both sides; the others are listed. */
  documents: { gold: number; predicted: number; scored: number; missingInPred: string[]; missingInGold: string[] };
  segments: Prf & { kindAccuracy: Accuracy };
  entities: ReturnType<Tally['entities']>;
  commitments: ReturnType<Tally['commitments']> & { strengthMae: { mae: number; n: number } };
  /** Per document with differences: missed (gold only), spurious (prediction only), changed items. */
  errors: Record<string, { missed: DocDiff['removed']; spurious: DocDiff['added']; changed: DocDiff['changed'] }>;
}

/** Scores predicted documents against gold documents (both in the contract format). */
export function evaluate(gold: Map<string, SegmentRecord[]>, pred: Map<string, SegmentRecord[]>): EvalReport {
  const t = new Tally();
  const errors: EvalReport['errors'] = {};
  let scored = 0;
  for (const [doc, goldAll] of gold) {
    const predAll = pred.get(doc);
    if (!predAll) continue;
    scored++;
    const g = scoredView(goldAll);
    const p = scoredView(predAll);
    checkAligned(doc, g, p);
    scoreSegments(t, p, g);
    scoreEntities(
      t,
      p.flatMap((s) => s.entities),
      g.flatMap((s) => s.entities),
    );
    scoreCommitments(t, p, g);
    const d = diffDocument(g, p, SCORED_FIELDS);
    if (d.added.length || d.removed.length || d.changed.length) {
      errors[doc] = { missed: d.removed, spurious: d.added, changed: d.changed };
    }
  }
  return {
    documents: {
      gold: gold.size,
      predicted: pred.size,
      scored,
      missingInPred: [...gold.keys()].filter((d) => !pred.has(d)),
      missingInGold: [...pred.keys()].filter((d) => !gold.has(d)),
    },
    segments: t.segments(),
    entities: t.entities(),
    commitments: t.commitments(),
    errors,
  };
}

/** The report's headline figures under stable dotted names, for `--min`/`--max` and CI. */
export function headline(r: EvalReport): Record<string, number> {
  return {
    'segments.f1': r.segments.f1,
    'segments.kind_accuracy': r.segments.kindAccuracy.accuracy,
    'entities.strict.f1': r.entities.strict.f1,
    'entities.lenient.f1': r.entities.lenient.f1,
    'entities.id_accuracy': r.entities.idAccuracy.accuracy,
    'commitments.trigger.f1': r.commitments.trigger.f1,
    'commitments.category.f1': r.commitments.category.f1,
    'commitments.parties_accuracy': r.commitments.parties.accuracy,
    'commitments.reiterated_accuracy': r.commitments.reiterated.accuracy,
    'commitments.negated_accuracy': r.commitments.negated.accuracy,
    'commitments.strength_mae': r.commitments.strengthMae.mae,
  };
}
