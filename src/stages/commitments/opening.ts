/** The sentence that names a statement's participants (read once per document). */
import { SIGNATORY_TYPES } from './constants.js';
import type { Sentence } from './sentence.js';

const APPOSITION_MARKS = new Set([',', '—', '–', '-', '(']);

/** "We, the governments of …", "we — President A of X, …": the statement's own list of its signatories. */
function selfListing(s: Sentence): boolean {
  const t = s.toks;
  for (let i = 0; i + 2 < t.length && i < 30; i++) {
    if (t[i].w !== 'we' || !APPOSITION_MARKS.has(t[i + 1].w)) continue;
    for (let j = i + 2; j < Math.min(t.length, i + 8); j++) {
      const e = s.tokEntity[j];
      if (e && SIGNATORY_TYPES.has(e.type)) return true;
    }
  }
  return false;
}

/**
 * The sentence naming the participants: a self-listing among the opening five,
 * else the first of the opening three with a party entity.
 */
export function openingSentence(all: Sentence[]): Sentence | null {
  return all.slice(0, 5).find(selfListing)
    ?? all.slice(0, 3).find((s) => s.entities.some((e) => SIGNATORY_TYPES.has(e.type))) ?? all[0] ?? null;
}
