/** Raw counts summed over documents, and the report's figures computed from them. */
import { type Accuracy, type Prf, accuracy, prf } from './prf.js';

type Counts = { tp: number; pred: number; gold: number };

export class Tally {
  seg = { tp: 0, pred: 0, gold: 0, kindOk: 0 };
  ent = new Map<string, { strictTp: number; lenientTp: number; pred: number; gold: number }>();
  entIdOk = 0;
  entStrictTp = 0;
  trig: Counts = { tp: 0, pred: 0, gold: 0 };
  cat = new Map<string, Counts>();
  parties = 0;
  reiterated = 0;
  negated = 0;
  strengthErr = 0;
  strengthN = 0;

  entType(t: string) {
    if (!this.ent.has(t)) this.ent.set(t, { strictTp: 0, lenientTp: 0, pred: 0, gold: 0 });
    return this.ent.get(t)!;
  }

  category(c: string): Counts {
    if (!this.cat.has(c)) this.cat.set(c, { tp: 0, pred: 0, gold: 0 });
    return this.cat.get(c)!;
  }

  segments(): Prf & { kindAccuracy: Accuracy } {
    return { ...prf(this.seg.tp, this.seg.pred, this.seg.gold), kindAccuracy: accuracy(this.seg.kindOk, this.seg.tp) };
  }

  entities() {
    const byType: Record<string, { strict: Prf; lenient: Prf }> = {};
    let sTp = 0,
      lTp = 0,
      nPred = 0,
      nGold = 0;
    for (const type of [...this.ent.keys()].sort()) {
      const c = this.ent.get(type)!;
      byType[type] = { strict: prf(c.strictTp, c.pred, c.gold), lenient: prf(c.lenientTp, c.pred, c.gold) };
      sTp += c.strictTp;
      lTp += c.lenientTp;
      nPred += c.pred;
      nGold += c.gold;
    }
    return {
      strict: prf(sTp, nPred, nGold),
      lenient: prf(lTp, nPred, nGold),
      idAccuracy: accuracy(this.entIdOk, this.entStrictTp),
      byType,
    };
  }

  commitments() {
    const byCategory: Record<string, Prf> = {};
    let catTp = 0;
    for (const cat of [...this.cat.keys()].sort()) {
      const c = this.cat.get(cat)!;
      byCategory[cat] = prf(c.tp, c.pred, c.gold);
      catTp += c.tp;
    }
    const t = this.trig;
    return {
      trigger: prf(t.tp, t.pred, t.gold),
      category: prf(catTp, t.pred, t.gold),
      byCategory,
      parties: accuracy(this.parties, t.tp),
      reiterated: accuracy(this.reiterated, t.tp),
      negated: accuracy(this.negated, t.tp),
      strengthMae: { mae: this.strengthN ? this.strengthErr / this.strengthN : 0, n: this.strengthN },
    };
  }
}
