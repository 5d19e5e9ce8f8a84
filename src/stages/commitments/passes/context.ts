/**
 * What every detection pass shares for one sentence: its tokens, the hits found
 * so far (in token order), the verb-group and locator helpers, and `push`.
 */
import { GRADED } from '../constants.js';
import type { Chain, Hit, Where } from '../hit.js';
import type { Lexicon } from '../lexicon.js';
import { type Locator, locator } from '../locate.js';
import type { Sentence, Tok } from '../sentence.js';
import { type VerbGroups, verbGroups } from '../verbgroup.js';

export interface DetectContext {
  s: Sentence;
  lex: Lexicon;
  toks: Tok[];
  hits: Hit[];
  vg: VerbGroups;
  loc: Locator;
  /** The latest hit, if any. */
  last(): Hit | undefined;
  /** Records a hit whose trigger starts at token k. */
  push(k: number, c: Chain, where: Where): Hit;
}

/** A token pass: tries its rule family at token k; true when it decided the token (hit or not). */
export type TokenPass = (ctx: DetectContext, k: number) => boolean;
/** A sentence pass: runs once the token passes are done, adding hits. */
export type SentencePass = (ctx: DetectContext) => void;

export function detectContext(s: Sentence, lex: Lexicon): DetectContext {
  const hits: Hit[] = [];
  const vg = verbGroups(s, lex);
  const loc = locator(s, lex, hits, vg);
  return {
    s,
    lex,
    toks: s.toks,
    hits,
    vg,
    loc,
    last: () => hits[hits.length - 1],
    push(k, c, where) {
      const hit: Hit = {
        from: k,
        to: Math.max(k, c.end),
        category: c.category,
        strength: c.negated && !c.innerNegation ? (GRADED.has(c.category) ? 0 : null) : c.strength,
        reiterated: c.reiterated,
        negated: c.negated,
        innerNegation: c.innerNegation,
        ...where,
      };
      hits.push(hit);
      return hit;
    },
  };
}
