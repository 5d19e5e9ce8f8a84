/**
 * Pass 1, impersonal directives (guide §5): CALL_ON with actor null —
 * "It is time to release …", "The moment has come to …", "All parties must …", "aid is needed".
 */
import type { ImpersonalPhrase } from '../lexicon.js';
import type { DetectContext } from './context.js';
import { BE_FORMS, isComma, isRelative, subjectBefore } from '../sentence.js';

const FIRST_PERSON = new Set(['we', 'us', 'our', 'i']);
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but']);
const CLAUSE_END = new Set(['.', ',', ';', ':', 'and', 'to', 'for', 'in', 'at', 'on']);
const NULL_ACTOR = { mode: 'null', subject: null, nested: false } as const;

/** "All parties must live up to …", "Israel should allow …": a must/should addressed to others. */
function directiveModal(ctx: DetectContext, k: number): boolean {
  const { s, toks, lex, vg } = ctx;
  if (!lex.classes.directiveModals.has(toks[k].w) || toks[k].pos !== 'AUX') return false;
  const subject = subjectBefore(s, k);
  if (!subject || toks.slice(subject.from, subject.to + 1).some((t) => FIRST_PERSON.has(t.w))) return false;
  // A main clause of its own ("the guidance highlights actions organizations should explore" is not).
  const opener = toks[subject.from - 1];
  if (opener && !CLAUSE_OPENERS.has(opener.w)) return false;
  const { j, neg } = vg.skipAdverbs(k + 1);
  // A passive ("should be approached") states how, not who must act.
  if (toks[j]?.pos !== 'VERB' || BE_FORMS.has(toks[j].w)) return false;
  ctx.push(k, { category: 'CALL_ON', strength: null, reiterated: false, negated: neg, end: j }, NULL_ACTOR);
  return true;
}

/** "Unfettered delivery of aid is needed.": a need stated with no holder is a directive. */
function directivePredicate(ctx: DetectContext, k: number): boolean {
  const { toks, lex, vg, loc, s } = ctx;
  if (!BE_FORMS.has(toks[k].w)) return false;
  const { j, neg } = vg.skipAdverbs(k + 1);
  if (
    !lex.classes.directivePredicates.has(toks[j]?.w ?? '') ||
    !(j + 1 >= toks.length || CLAUSE_END.has(toks[j + 1].w))
  )
    return false;
  // Any subject but an agent ("we are needed"), a relative ("the support that is needed") or a
  // reported clause ("note that more work is needed": the noting is the stance).
  const subject = subjectBefore(s, k);
  if (
    k === 0 ||
    isRelative(toks[k - 1]) ||
    (subject && (loc.isAgent(subject.from, subject.to) || isRelative(toks[subject.from - 1])))
  )
    return false;
  // The main clause only: no verb before it ("explained why more is needed").
  for (let i = k - 1; i >= 0 && toks[i].w !== ';'; i--)
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') return false;
  ctx.push(k, { category: 'CALL_ON', strength: null, reiterated: false, negated: neg, end: j }, NULL_ACTOR);
  return true;
}

/** Impersonal phrases grouped by first word, in lexicon order (null when an empty phrase matches anywhere). */
const byFirstWord = new WeakMap<ImpersonalPhrase[], Map<string, ImpersonalPhrase[]> | null>();
function impersonalIndex(phrases: ImpersonalPhrase[]): Map<string, ImpersonalPhrase[]> | null {
  let index = byFirstWord.get(phrases);
  if (index === undefined) {
    index = phrases.some((p) => p.words.length === 0) ? null : new Map();
    for (const p of index ? phrases : []) index!.set(p.words[0], [...(index!.get(p.words[0]) ?? []), p]);
    byFirstWord.set(phrases, index);
  }
  return index;
}

const NO_PHRASES: ImpersonalPhrase[] = [];

export function impersonalDirective(ctx: DetectContext, k: number): boolean {
  const { toks, lex } = ctx;
  if (directiveModal(ctx, k) || directivePredicate(ctx, k)) return true;
  const index = impersonalIndex(lex.impersonal);
  const phrase = (index ? (index.get(toks[k].w) ?? NO_PHRASES) : lex.impersonal).find((p) =>
    p.words.every((w, i) => toks[k + i]?.w === w),
  );
  // Clause-initial only: "… as it is time to" inside a clause is not addressed to anyone.
  if (!phrase || !(k === 0 || !/^[a-z]/.test(toks[k - 1].w) || isComma(toks[k - 1]))) return false;
  ctx.push(
    k,
    {
      category: phrase.category,
      strength: phrase.strength,
      reiterated: false,
      negated: false,
      end: k + phrase.words.length - 1,
    },
    NULL_ACTOR,
  );
  return true;
}
