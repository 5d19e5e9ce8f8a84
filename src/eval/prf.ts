/** Precision/recall/F1 counts (cf. spaCy's PRFScore). */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : predicted ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Sums counts over several Prf and recomputes the ratios (micro average). */
export function addPrf(a: Prf, b: Prf): Prf {
  return prf(a.tp + b.tp, a.predicted + b.predicted, a.gold + b.gold);
}

export const EMPTY_PRF: Prf = prf(0, 0, 0);

/** A ratio with its counts, for accuracies over matched pairs. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total ? correct / total : 1 };
}
