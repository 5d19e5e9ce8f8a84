/**
 * Nominal stances with a copula: "Our support for Ukraine is strong and
 * unwavering", "Our aim remains to de-escalate tensions". The possessive names
 * the holder; the head noun gives the category.
 */
import type { CommitmentCategory } from '../../document.js';
import type { Chain } from './hit.js';
import type { Lexicon } from './lexicon.js';
import { BE_FORMS, type Sentence, isPossessive } from './sentence.js';

const CLAUSE_OPENERS = new Set([':', ';']);
const NOMINAL_CATEGORIES = new Set<CommitmentCategory>(['COMMIT', 'SUPPORT', 'OPPOSE', 'CONCERN']);
const COPULA_GAP = 8;

/** A nominal stance whose possessive is at k (clause-initial), or null. */
export function nominalStance(s: Sentence, lex: Lexicon, k: number, headNounAfter: (k: number) => number): (Chain & { head: number }) | null {
  const toks = s.toks;
  if (!isPossessive(toks[k]) || toks[k].w === 'its' || (k > 0 && !CLAUSE_OPENERS.has(toks[k - 1].w))) return null;
  const h = headNounAfter(k);
  if (h < 0) return null;
  const noun = lex.headNouns.get(toks[h].w)!;
  if (!NOMINAL_CATEGORIES.has(noun.category)) return null;
  // The copula ends the subject phrase ("for Ukraine", "to the region") before any clause break.
  for (let b = h + 1; b < toks.length && b <= h + COPULA_GAP; b++) {
    const t = toks[b];
    if (t.w === ',' || t.w === ';' || t.w === 'that' || (t.pos === 'VERB' && !BE_FORMS.has(t.w))) return null;
    if (!BE_FORMS.has(t.w) || (t.pos !== 'AUX' && t.pos !== 'VERB')) continue;
    const next = toks[b + 1];
    // "is to de-escalate", "is strong", "remains unwavering"; not "is a matter of".
    const toVerb = next?.w === 'to' && !!toks[b + 2] && !['DET', 'PROPN', 'NUM', 'PRON', 'PUNCT'].includes(toks[b + 2].pos);
    const predicate = next && (next.pos === 'ADJ' || lex.intensifiers.has(next.w));
    if (!toVerb && !predicate) return null;
    const remains = ['remain', 'remains', 'remained'].includes(t.w);
    const graded = noun.category === 'COMMIT';
    return {
      category: noun.category, strength: graded ? noun.strength ?? 3 : null, reiterated: remains,
      negated: false, end: b === h + 1 ? b : h, head: h,
    };
  }
  return null;
}
