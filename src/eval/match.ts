/**
 * The one matcher behind `jsa eval` and `jsa diff`: one-to-one pairs of
 * overlapping spans, highest score first. Candidates come from a sweep over
 * both sides sorted by start, so the work grows with the number of overlapping
 * pairs (about n + m for annotations that do not overlap each other), not n × m.
 */
export interface Range {
  start: number;
  end: number;
}

export const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Every (i, j) with a[i] and b[j] overlapping by at least one position. */
export function overlappingPairs(a: Range[], b: Range[]): Array<[number, number]> {
  const order = (xs: Range[]) => xs.map((_, i) => i).sort((i, j) => xs[i].start - xs[j].start || i - j);
  const ai = order(a);
  const bi = order(b);
  const pairs: Array<[number, number]> = [];
  let activeA: number[] = [];
  let activeB: number[] = [];
  let x = 0;
  let y = 0;
  while (x < ai.length || y < bi.length) {
    const takeA = y >= bi.length || (x < ai.length && a[ai[x]].start <= b[bi[y]].start);
    if (takeA) {
      const i = ai[x++];
      activeB = activeB.filter((j) => b[j].end > a[i].start);
      for (const j of activeB) if (overlap(a[i], b[j]) > 0) pairs.push([i, j]);
      activeA.push(i);
    } else {
      const j = bi[y++];
      activeA = activeA.filter((i) => a[i].end > b[j].start);
      for (const i of activeA) if (overlap(a[i], b[j]) > 0) pairs.push([i, j]);
      activeB.push(j);
    }
  }
  return pairs;
}

/**
 * One-to-one matching of `pred` to `gold`: among overlapping pairs with a positive
 * score, the highest score first (ties: earlier pred, then earlier gold), each side used once.
 */
export function greedyMatch<P, G>(
  pred: P[],
  gold: G[],
  span: { pred: (p: P) => Range; gold: (g: G) => Range },
  score: (p: P, g: G) => number,
): Array<[P, G]> {
  const candidates: Array<[number, number, number]> = [];
  for (const [i, j] of overlappingPairs(pred.map(span.pred), gold.map(span.gold))) {
    const s = score(pred[i], gold[j]);
    if (s > 0) candidates.push([s, i, j]);
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[P, G]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([pred[i], gold[j]]);
  }
  return out;
}

/** offset → index of the segment (sorted by start, not overlapping) that contains it, or -1. */
export function segmentLocator(segments: Range[]): (offset: number) => number {
  const order = segments.map((_, i) => i).sort((i, j) => segments[i].start - segments[j].start);
  return (offset) => {
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[order[mid]];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return order[mid];
    }
    return -1;
  };
}
