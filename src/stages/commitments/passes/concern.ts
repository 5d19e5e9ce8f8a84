/**
 * Pass 1b, holderless concern (guide §5: "an evaluation with no holder … one of concern is
 * CONCERN"): "The humanitarian situation in Gaza is dire", "Challenges such as piracy … pose a
 * threat to …". Actor null; a party as subject ("we are …") is left to the other passes.
 */
import { BE_FORMS, REMAIN_FORMS, isRelative, subjectBefore } from '../sentence.js';
import type { DetectContext } from './context.js';

const CLAUSE_END = new Set(['.', ',', ';', ':', 'and', 'for', 'in', 'at', 'with']);
const NULL_ACTOR = { mode: 'null', subject: null, nested: false } as const;
/** Words between "pose" and its noun: "pose a serious threat", "poses grave risks". */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/** Last token of the evaluation starting at k ("is dire", "pose a threat"), or -1. */
function evaluationEnd(ctx: DetectContext, k: number): { end: number; neg: boolean } | null {
  const { toks, lex, vg } = ctx;
  const w = toks[k].w;
  if (BE_FORMS.has(w) || REMAIN_FORMS.has(w)) {
    const { j, neg } = vg.skipAdverbs(k + 1);
    const closes = j + 1 >= toks.length || CLAUSE_END.has(toks[j + 1].w);
    return lex.classes.concernPredicates.has(toks[j]?.w ?? '') && closes ? { end: j, neg } : null;
  }
  if (!lex.classes.threatVerbs.has(w) || toks[k].pos === 'NOUN') return null;
  let j = k + 1;
  while (j < toks.length && j <= k + 4 && NOUN_MODIFIERS.has(toks[j].pos) && !lex.classes.threatNouns.has(toks[j].w))
    j++;
  return lex.classes.threatNouns.has(toks[j]?.w ?? '') ? { end: j, neg: false } : null;
}

export function holderlessConcern(ctx: DetectContext, k: number): boolean {
  const { s, toks, loc } = ctx;
  if (k === 0 || isRelative(toks[k - 1])) return false;
  const ev = evaluationEnd(ctx, k);
  if (!ev) return false;
  // Any subject but a party ("we remain …"), and no relative ("a threat that is grave").
  const subject = subjectBefore(s, k);
  if (subject && (loc.isAgent(subject.from, subject.to) || isRelative(toks[subject.from - 1]))) return false;
  // The main clause only: no finite verb before it ("we noted that the situation is dire" is the noting).
  const from = subject ? subject.from : k;
  for (let i = from - 1; i >= 0; i--)
    if (toks[i].pos === 'AUX' || (toks[i].pos === 'VERB' && !toks[i].w.endsWith('ed'))) return false;
  ctx.push(k, { category: 'CONCERN', strength: null, reiterated: false, negated: ev.neg, end: ev.end }, NULL_ACTOR);
  return true;
}
