/**
 * Stance nouns as subject: "Our support for Ukraine is strong and unwavering",
 * "Our aim remains to de-escalate tensions", "Canada's commitment to the Alliance
 * rests on …", "the U.S. commitments to the defense of X are ironclad". The possessor
 * names the holder; the head noun gives the category.
 */
import type { CommitmentCategory } from '../../document.js';
import { AGENT_TYPES } from './constants.js';
import type { Chain } from './hit.js';
import type { Lexicon } from './lexicon.js';
import { BE_FORMS, type Sentence, entityAt, isApostrophe, isPossessive } from './sentence.js';

const CLAUSE_OPENERS = new Set([':', ';']);
const NOMINAL_CATEGORIES = new Set<CommitmentCategory>(['COMMIT', 'SUPPORT', 'OPPOSE', 'CONCERN']);
const COPULA_GAP = 12;

export interface NominalStance extends Chain {
  head: number;
  /** The possessor: "our", "Canada('s)", "the U.S.". */
  holder: { from: number; to: number };
}

/** The possessor starting at k: a possessive pronoun, or [the] + a named agent [+ 's]. */
function possessor(s: Sentence, k: number): { from: number; to: number } | null {
  const toks = s.toks;
  if (isPossessive(toks[k])) return toks[k].w === 'its' ? null : { from: k, to: k };
  let j = toks[k]?.pos === 'DET' ? k + 1 : k;
  const e = entityAt(s, j);
  if (!e || !AGENT_TYPES.has(e.type)) return null;
  const first = j;
  while (j + 1 < toks.length && entityAt(s, j + 1) === e) j++;
  if (isApostrophe(toks[j + 1])) return { from: first, to: j };
  // "the U.S. commitment": a name used as a modifier needs the article before it.
  return first > k ? { from: first, to: j } : null;
}

/**
 * A nominal stance whose possessor starts at k, at a clause opening (`openers`, or the
 * sentence start), or null.
 */
export function nominalStance(
  s: Sentence,
  lex: Lexicon,
  k: number,
  headNounAfter: (k: number) => number,
  openers: ReadonlySet<string> = CLAUSE_OPENERS,
): NominalStance | null {
  const toks = s.toks;
  if (k > 0 && !openers.has(toks[k - 1].w)) return null;
  const holder = possessor(s, k);
  if (!holder) return null;
  const h = headNounAfter(k);
  if (h < 0) return null;
  const noun = lex.headNouns.get(toks[h].w)!;
  if (!NOMINAL_CATEGORIES.has(noun.category)) return null;
  const graded = noun.category === 'COMMIT';
  // The verb ends the subject phrase ("for Ukraine", "to the region") before any clause break.
  for (let b = h + 1; b < toks.length && b <= h + COPULA_GAP; b++) {
    const t = toks[b];
    if (t.w === ',' || t.w === ';' || t.w === 'that') return null;
    const verb = t.pos === 'AUX' || t.pos === 'VERB';
    if (verb && !BE_FORMS.has(t.w)) {
      // "Canada's commitment to the Alliance rests on …": a named holder's commitment is the subject.
      if (!graded || (holder.from === holder.to && isPossessive(toks[holder.from])) || t.pos !== 'VERB') return null;
      return {
        category: noun.category,
        strength: noun.strength ?? 3,
        reiterated: false,
        negated: false,
        end: h,
        head: h,
        holder,
      };
    }
    if (!verb) continue;
    const next = toks[b + 1];
    // "is to de-escalate", "is strong", "remains unwavering"; not "is a matter of".
    const toVerb =
      next?.w === 'to' && !!toks[b + 2] && !['DET', 'PROPN', 'NUM', 'PRON', 'PUNCT'].includes(toks[b + 2].pos);
    const predicate = next && (next.pos === 'ADJ' || lex.intensifiers.has(next.w));
    if (!toVerb && !predicate) return null;
    const remains = ['remain', 'remains', 'remained'].includes(t.w);
    return {
      category: noun.category,
      strength: graded ? (noun.strength ?? 3) : null,
      reiterated: remains,
      negated: false,
      end: b === h + 1 ? b : h,
      head: h,
      holder,
    };
  }
  return null;
}
