/**
 * Where a verb group's actor is: its own subject, a coordination sharing an
 * earlier subject, or a relative clause's antecedent.
 */
import type { Hit, Where } from './hit.js';
import type { Lexicon } from './lexicon.js';
import type { VerbGroups } from './verbgroup.js';
import {
  type Sentence,
  entityAt,
  isClauseAdverb,
  isComma,
  isRelative,
  isSubjectPronoun,
  subjectBefore,
} from './sentence.js';

export type Locator = ReturnType<typeof locator>;

const SINGULAR_PRONOUNS = new Set(['i', 'he', 'she', 'you']);
const SUBORDINATORS = new Set([
  'as',
  'while',
  'when',
  'whenever',
  'if',
  'because',
  'since',
  'although',
  'though',
  'once',
  'until',
  'unless',
  'whether',
  'should',
  'after',
  'before',
  'where',
]);

export function locator(s: Sentence, lex: Lexicon, hits: Hit[], vg: VerbGroups) {
  const toks = s.toks;
  const { verbAt } = vg;

  /** Is the hit's subject right after a previous trigger or "that": a complement clause. */
  const nestedAt = (subjFrom: number): boolean => {
    const before = toks[subjFrom - 1];
    if (before && (before.w === 'that' || before.w === 'whether')) return true;
    const last = hits[hits.length - 1];
    return !!last && last.to === subjFrom - 1;
  };

  /** Subject or coordination for a finite verb group starting at k. */
  const locate = (k: number, needAgent: boolean): Where | null => {
    const subject = subjectBefore(s, k);
    if (subject) {
      if (needAgent && !isAgent(subject.from, subject.to)) return null;
      return { mode: 'subject', subject, nested: nestedAt(subject.from) };
    }
    let p = k - 1;
    while (p >= 0 && isClauseAdverb(toks[p])) p--;
    const prev = toks[p];
    if (prev && (prev.w === 'and' || prev.w === ',' || prev.w === 'but' || prev.w === ';' || prev.w === 'or')) {
      if (hits.length > 0 || hasSubjectEarlier(p)) return { mode: 'inherit', subject: null, nested: false };
      const shared = coordinatedSubject(p);
      return shared ? { mode: 'subject', subject: shared, nested: false } : null;
    }
    // "X, which/who also condemned …": the antecedent before the relative pronoun.
    if (prev && (prev.w === 'who' || prev.w === 'which') && isComma(toks[p - 1])) {
      const ante = subjectBefore(s, p - 1);
      if (ante && headIsAgent(ante.from, ante.to)) return { mode: 'subject', subject: ante, nested: true };
    }
    return null;
  };

  /**
   * "Australia does not seek and will not acquire …": a verb phrase coordinated with
   * an earlier one shares its agent subject (the subject of the sentence's first verb).
   */
  const coordinatedSubject = (p: number): { from: number; to: number } | null => {
    for (let v = 1; v < p; v++) {
      if (toks[v].pos !== 'VERB' && toks[v].pos !== 'AUX') continue;
      // A participle after a comma ("…, guided by") is no finite first clause.
      if (isComma(toks[v - 1])) return null;
      const subj = subjectBefore(s, v);
      if (!subj || !isAgent(subj.from, subj.to) || isRelative(toks[subj.from - 1])) return null;
      // Only a simple first clause: subject, then the verb group up to the conjunction.
      for (let i = v; i < p; i++) if (toks[i].w === ',' || toks[i].w === 'that' || toks[i].w === ';') return null;
      return subj;
    }
    return null;
  };

  const infinitiveSince = (from: number, k: number): boolean => {
    for (let j = k - 1; j > from && j >= 0; j--) if (toks[j].w === 'to' && verbAt(j + 1)) return true;
    return false;
  };

  // Found once per sentence: asking at every verb would make long sentences quadratic.
  const firstPronoun = toks.findIndex((t) => isSubjectPronoun(t));
  const hasSubjectEarlier = (p: number): boolean => firstPronoun >= 0 && firstPronoun < p;

  const isAgent = (from: number, to: number): boolean => {
    for (let i = from; i <= to; i++) {
      const t = toks[i];
      const e = entityAt(s, i);
      if (e && ['GPE', 'ORG', 'PERSON', 'NORP'].includes(e.type)) return true;
      if (isSubjectPronoun(t) && t.w !== 'it' && t.w !== 'you') return true;
      if (t.w === 'it' && from === to) return true;
      if (lex.agentNouns.has(t.w)) return true;
    }
    return false;
  };

  /** Is the phrase's head an agent ("the leaders of A and B", not "industries of both countries")? */
  const headIsAgent = (from: number, to: number): boolean => {
    let head = to;
    for (let i = from + 1; i < to; i++)
      if (toks[i].w === 'of' && !entityAt(s, i)) {
        head = i - 1;
        break;
      }
    const t = toks[head];
    const e = entityAt(s, head);
    return (
      !!t &&
      ((!!e && ['GPE', 'ORG', 'PERSON', 'NORP'].includes(e.type)) ||
        (isSubjectPronoun(t) && t.w !== 'it' && t.w !== 'you') ||
        lex.agentNouns.has(t.w))
    );
  };

  /**
   * Can the phrase hold a clause-driven default (an unlisted verb)? An agent head, but not a
   * speaker's "I" or a "he"/"she" of narrative prose (guide: we, they, the two sides, a named party).
   */
  const defaultHolder = (from: number, to: number): boolean =>
    headIsAgent(from, to) && !(from === to && SINGULAR_PRONOUNS.has(toks[from].w)) && !subordinate(from);

  /** Does the clause whose subject starts at `from` open with a subordinator ("as we strengthen", "should they continue")? */
  const subordinate = (from: number): boolean => SUBORDINATORS.has(toks[from - 1]?.w ?? '');

  return { nestedAt, locate, infinitiveSince, isAgent, headIsAgent, subordinate, defaultHolder };
}
