/**
 * "This new secretariat", "this advisory panel": a demonstrative and the head noun of a
 * body the document named before ("the Trilateral Secretariat") refer to that body,
 * which is then its own party (guide §5: a named body that holds the stance).
 */
import type { Document } from '../../../document.js';
import type { Lexicon } from '../lexicon.js';
import type { PartyContext } from '../participants.js';
import type { Sentence } from '../sentence.js';
import { entityText, orgParty } from '../party-names.js';
import { lowerBound } from '../../../spans.js';

const DEMONSTRATIVES = new Set(['this', 'that']);
/** Longest phrase read: demonstrative, up to two modifiers, head noun. */
const MAX_TOKENS = 4;

/** The party of the body a demonstrative phrase (token range) refers back to, or null. */
export function bodyReferent(
  s: Sentence,
  from: number,
  to: number,
  ctx: PartyContext,
  lex: Lexicon,
  doc: Document,
): string | null {
  const { toks } = s;
  if (!DEMONSTRATIVES.has(toks[from].w) || to - from + 1 > MAX_TOKENS || to === from) return null;
  const head = toks[to].w;
  if (!/^\p{L}+$/u.test(head)) return null;
  // Entities are sorted: walk back from the last one before the phrase to the nearest body with that head.
  for (let i = lowerBound(doc.entities, 'start', toks[from].start) - 1; i >= 0; i--) {
    const e = doc.entities[i];
    if (e.type !== 'ORG') continue;
    const words = entityText(doc, e)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    if (words.length >= 2 && words[words.length - 1] === head) return orgParty(doc, e, ctx.orgName, lex);
  }
  return null;
}
