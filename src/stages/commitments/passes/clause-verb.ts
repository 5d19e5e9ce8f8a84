/**
 * Pass 7, clause-driven defaults for verbs the lexicon does not list: a finite verb
 * group whose subject is an agent is a candidate (guide §5) —
 * perfect or past of an act ("we have constructed", "the Task Force produced") → ACT;
 * present of an own activity ("we promote the advancement of …") → COMMIT 3.
 * Narrative verbs (met, discussed, visited …) stay out. The stage keeps these hits only
 * when the actor is one of the statement's participants.
 */
import type { CommitmentCategory } from '../../../document.js';
import { BE_FORMS, isApostrophe, isPossessive, isRelative, subjectBefore } from '../sentence.js';
import type { DetectContext } from './context.js';

const PERFECT = new Set(['have', 'has', 'had']);
const NOT_BEFORE_FINITE = new Set([
  'to',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'if',
  'as',
  'because',
  'once',
  'after',
  'before',
  'by',
  'of',
  '-',
]);
/** A participle before these is adjectival or passive: "based on", "rooted in", "launched by". */
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'on', 'in', 'upon', 'over', 'under', 'with', 'from', 'as']);

type Tense = 'past' | 'present';

/** Past (or participle) and present forms, told apart by the lemma wink gives. */
function tenseOf(w: string, lemma: string): Tense | null {
  if (w.endsWith('ing')) return null;
  if (
    w === lemma ||
    w === `${lemma}s` ||
    w === `${lemma}es` ||
    (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`)
  )
    return 'present';
  return 'past';
}

/** Words that open a parenthesis after a subject: "The Pillar, led by A and B, expanded …". */
const PARENTHESIS_OPENERS = new Set([
  'led',
  'chaired',
  'co-chaired',
  'headed',
  'as',
  'together',
  'with',
  'under',
  'represented',
]);

/** "X, led by A and B, verb" / "A and B, as co-chairs, verb": the subject before the parenthesis. */
function parentheticalSubject(ctx: DetectContext, k: number): { from: number; to: number } | null {
  const { s, toks } = ctx;
  if (toks[k - 1]?.w !== ',') return null;
  for (let c = k - 2; c > 0 && c > k - 16; c--) {
    if (toks[c].w !== ',') continue;
    if (!PARENTHESIS_OPENERS.has(toks[c + 1].w)) return null;
    return subjectBefore(s, c);
  }
  return null;
}

export function clauseVerbPass(ctx: DetectContext, k: number): boolean {
  const { s, toks, lex, vg, loc } = ctx;
  const t = toks[k];
  let v = k;
  let neg = false;
  if (PERFECT.has(t.w) && t.pos === 'AUX') {
    ({ j: v, neg } = vg.skipAdverbs(k + 1));
    if (toks[v]?.pos !== 'VERB' || tenseOf(toks[v].w, toks[v].lemma) !== 'past') return false;
  } else if (t.pos !== 'VERB') return false;
  const verb = toks[v];
  // Lexicon verbs are the stance pass's, except a semi-modal that needs a future ("worked to develop").
  if (
    !verb ||
    vg.entriesAt(v).some((e) => !e.futureOnly) ||
    lex.classes.narrative.has(verb.lemma) ||
    BE_FORMS.has(verb.w)
  )
    return false;
  const tense: Tense | null = v > k ? 'past' : tenseOf(verb.w, verb.lemma);
  if (!tense) return false;
  const prev = toks[k - 1];
  // Participles and infinitives: "talks launched by", "to expand", "the expanded dialogue", "nuclear-powered".
  if (
    s.tokEntity[k] ||
    (prev &&
      (NOT_BEFORE_FINITE.has(prev.w) ||
        prev.end === t.start ||
        BE_FORMS.has(prev.w) ||
        prev.pos === 'DET' ||
        prev.pos === 'ADP' ||
        isPossessive(prev) ||
        isApostrophe(prev)))
  )
    return false;
  if (PARTICIPLE_PREPOSITIONS.has(toks[v + 1]?.w ?? '')) return false;
  // Only a clause with its own subject, headed by an agent ("the leaders", "we", "Japan").
  const subject = subjectBefore(s, k) ?? parentheticalSubject(ctx, k);
  if (!subject || !loc.defaultHolder(subject.from, subject.to) || loc.nestedAt(subject.from)) return false;
  // "the partnership we have built": a relative clause without a pronoun; "exports of U.S. liquefied gas".
  const before = toks[subject.from - 1];
  if (before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADP' || isRelative(before)))
    return false;
  // The present of an own activity only with "we": "the two countries provide …" describes a fact.
  if (tense === 'present' && !(subject.from === subject.to && toks[subject.from].w === 'we')) return false;
  const category: CommitmentCategory = tense === 'past' ? 'ACT' : lex.classes.ongoing.category;
  const strength = tense === 'past' ? null : lex.classes.ongoing.strength;
  const hit = ctx.push(
    k,
    { category, strength, reiterated: false, negated: neg, end: v },
    { mode: 'subject', subject, nested: false },
  );
  hit.participantOnly = 'body';
  return true;
}
