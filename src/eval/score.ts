/**
 * Scoring per annotation guide §4: segments by exact (start, end); entities
 * strict and lenient, micro and per type; commitments matched one-to-one by
 * trigger overlap within the same gold segment.
 */
import type { CommitmentRecord, EntityRecord, SegmentRecord } from '../emit/jsonl.js';
import { GOLD_ENTITY_TYPES } from '../document.js';
import { type Accuracy, type Prf, accuracy, prf } from './prf.js';

interface Range { start: number; end: number }

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching: candidate pairs by decreasing score, each side used once. */
function greedyMatch<P, G>(pred: P[], gold: G[], score: (p: P, g: G) => number): Array<[P, G]> {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const s = score(p, g);
    if (s > 0) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[P, G]> = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([pred[i], gold[j]]);
  }
  return out;
}

/** Raw counts, summed over documents before ratios are taken. */
class Tally {
  seg = { tp: 0, pred: 0, gold: 0, kindOk: 0 };
  ent = new Map<string, { strictTp: number; lenientTp: number; pred: number; gold: number }>();
  entIdOk = 0;
  entStrictTp = 0;
  trig = { tp: 0, pred: 0, gold: 0 };
  cat = new Map<string, { tp: number; pred: number; gold: number }>();
  parties = 0;
  reiterated = 0;
  negated = 0;
  strengthErr = 0;
  strengthN = 0;

  entType(t: string) {
    if (!this.ent.has(t)) this.ent.set(t, { strictTp: 0, lenientTp: 0, pred: 0, gold: 0 });
    return this.ent.get(t)!;
  }

  category(c: string) {
    if (!this.cat.has(c)) this.cat.set(c, { tp: 0, pred: 0, gold: 0 });
    return this.cat.get(c)!;
  }
}

const SCORED_TYPES = new Set<string>(GOLD_ENTITY_TYPES);

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

function scoreEntities(t: Tally, pred: EntityRecord[], gold: EntityRecord[]): void {
  const scoredPred = pred.filter((e) => SCORED_TYPES.has(e.type));
  for (const e of scoredPred) t.entType(e.type).pred++;
  for (const e of gold) t.entType(e.type).gold++;
  const goldStrict = new Map(gold.map((e) => [`${e.start}:${e.end}:${e.type}`, e]));
  for (const p of scoredPred) {
    const g = goldStrict.get(`${p.start}:${p.end}:${p.type}`);
    if (!g) continue;
    t.entType(p.type).strictTp++;
    t.entStrictTp++;
    if ((g.id ?? null) === (p.id ?? null)) t.entIdOk++;
  }
  const lenient = greedyMatch(scoredPred, gold, (p, g) => (p.type === g.type ? overlap(p, g) : 0));
  for (const [p] of lenient) t.entType(p.type).lenientTp++;
}

const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function scoreCommitments(t: Tally, pred: CommitmentRecord[], gold: Array<CommitmentRecord & { seg: number }>,
  segmentOf: (offset: number) => number): void {
  t.trig.pred += pred.length;
  t.trig.gold += gold.length;
  for (const p of pred) t.category(p.category).pred++;
  for (const g of gold) t.category(g.category).gold++;
  const matches = greedyMatch(pred, gold, (p, g) =>
    segmentOf(p.trigger.start) === g.seg ? overlap(p.trigger, g.trigger) : 0);
  for (const [p, g] of matches) {
    t.trig.tp++;
    if (p.category === g.category) t.category(g.category).tp++;
    if (sameSet(p.parties, g.parties)) t.parties++;
    if (p.reiterated === g.reiterated) t.reiterated++;
    if (p.negated === g.negated) t.negated++;
    if (p.strength !== null && g.strength !== null) {
      t.strengthErr += Math.abs(p.strength - g.strength);
      t.strengthN++;
    }
  }
}

export interface EvalReport {
  documents: { gold: number; predicted: number; missing: string[] };
  segments: Prf & { kindAccuracy: Accuracy };
  entities: {
    strict: Prf;
    lenient: Prf;
    idAccuracy: Accuracy;
    byType: Record<string, { strict: Prf; lenient: Prf }>;
  };
  commitments: {
    trigger: Prf;
    category: Prf;
    byCategory: Record<string, Prf>;
    parties: Accuracy;
    reiterated: Accuracy;
    negated: Accuracy;
    /** Mean absolute strength error over matched pairs where both have a strength. */
    strengthMae: { mae: number; n: number };
  };
}

/** Scores predicted documents against gold documents (both in the contract format). */
export function evaluate(gold: Map<string, SegmentRecord[]>, pred: Map<string, SegmentRecord[]>): EvalReport {
  const t = new Tally();
  const missing: string[] = [];
  for (const [doc, goldSegs] of gold) {
    const predSegs = pred.get(doc) ?? [];
    if (!pred.has(doc)) missing.push(doc);
    scoreSegments(t, predSegs, goldSegs);
    scoreEntities(t, predSegs.flatMap((s) => s.entities), goldSegs.flatMap((s) => s.entities));
    const segmentOf = (offset: number): number => {
      const s = goldSegs.find((g) => offset >= g.start && offset < g.end);
      return s ? s.seg : -1;
    };
    scoreCommitments(t, predSegs.flatMap((s) => s.commitments),
      goldSegs.flatMap((s) => s.commitments.map((c) => ({ ...c, seg: s.seg }))), segmentOf);
  }
  const byType: EvalReport['entities']['byType'] = {};
  let strict = prf(0, 0, 0);
  let lenient = prf(0, 0, 0);
  let sTp = 0, lTp = 0, nPred = 0, nGold = 0;
  for (const type of [...t.ent.keys()].sort()) {
    const c = t.ent.get(type)!;
    byType[type] = { strict: prf(c.strictTp, c.pred, c.gold), lenient: prf(c.lenientTp, c.pred, c.gold) };
    sTp += c.strictTp; lTp += c.lenientTp; nPred += c.pred; nGold += c.gold;
  }
  strict = prf(sTp, nPred, nGold);
  lenient = prf(lTp, nPred, nGold);
  const byCategory: Record<string, Prf> = {};
  let catTp = 0;
  for (const cat of [...t.cat.keys()].sort()) {
    const c = t.cat.get(cat)!;
    byCategory[cat] = prf(c.tp, c.pred, c.gold);
    catTp += c.tp;
  }
  return {
    documents: { gold: gold.size, predicted: [...gold.keys()].filter((d) => pred.has(d)).length, missing },
    segments: { ...prf(t.seg.tp, t.seg.pred, t.seg.gold), kindAccuracy: accuracy(t.seg.kindOk, t.seg.tp) },
    entities: { strict, lenient, idAccuracy: accuracy(t.entIdOk, t.entStrictTp), byType },
    commitments: {
      trigger: prf(t.trig.tp, t.trig.pred, t.trig.gold),
      category: prf(catTp, t.trig.pred, t.trig.gold),
      byCategory,
      parties: accuracy(t.parties, t.trig.tp),
      reiterated: accuracy(t.reiterated, t.trig.tp),
      negated: accuracy(t.negated, t.trig.tp),
      strengthMae: { mae: t.strengthN ? t.strengthErr / t.strengthN : 0, n: t.strengthN },
    },
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
