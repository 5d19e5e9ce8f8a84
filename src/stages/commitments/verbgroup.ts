/**
 * Verb groups: the category, strength and extent of a (semi-)modal or stance
 * verb chain ("will seek to strengthen", "reaffirmed their strong opposition").
 */
import type { CommitmentCategory } from '../../document.js';
import { type Chain, GRADED, NOT_FROM_COMPLEMENT } from './hit.js';
import type { Lexicon, VerbEntry } from './lexicon.js';
import { type Sentence, entityAt, findAhead, isClauseAdverb, isPossessive } from './sentence.js';

/** Possessives that make a head noun the actor's own: "reaffirmed its role". */
const OWN_POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'my']);

export type VerbGroups = ReturnType<typeof verbGroups>;

const NO_ENTRIES: readonly VerbEntry[] = [];

export function verbGroups(s: Sentence, lex: Lexicon) {
  const toks = s.toks;
  const n = toks.length;

  const matchRest = (k: number, rest: string[]): boolean => rest.every((w, i) => toks[k + 1 + i]?.w === w);
  const entriesAt = (k: number): readonly VerbEntry[] => {
    const listed = lex.verbs.get(toks[k]?.w ?? '');
    return listed ? listed.filter((e) => matchRest(k, e.rest)) : NO_ENTRIES; // most words are no verb: no new array
  };
  const isReiterative = (k: number): boolean => lex.reiterative.has(toks[k].lemma) || lex.reiterative.has(toks[k].w);
  const graded = (c: CommitmentCategory, v: number | null): number | null => (GRADED.has(c) ? (v ?? 4) : null);

  /** Skips adverbs, commas and negators after k; returns the next index and whether a negator was seen. */
  const skipAdverbs = (k: number): { j: number; neg: boolean } => {
    let j = k;
    let neg = false;
    while (
      j < n &&
      (isClauseAdverb(toks[j]) ||
        toks[j].pos === 'ADV' ||
        lex.negWords.has(toks[j].w) ||
        (toks[j].w === ',' && isClauseAdverb(toks[j + 1])) ||
        (toks[j].w === ',' && toks[j - 1] && isClauseAdverb(toks[j - 1])))
    ) {
      if (lex.negWords.has(toks[j].w)) neg = true;
      j++;
    }
    return { j, neg };
  };

  /** Is token v a verb after "to"? Lexicon verbs wink tags as nouns count when an object follows ("to re-start the Dialogue"). */
  const verbAt = (v: number): boolean => {
    const vt = toks[v];
    if (!vt) return false;
    if (vt.pos === 'VERB' || vt.pos === 'AUX') return true;
    if (vt.pos === 'NOUN' && lex.verbs.has(vt.w))
      return (
        (['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM'].includes(toks[v + 1]?.pos ?? '') &&
          !isPossessive(toks[v + 1])) ||
        isPossessive(toks[v + 1])
      );
    return vt.w.endsWith('ing') && vt.pos !== 'NOUN';
  };

  /** "to" + verb within a few tokens after k (allowing "together", "with partners"). */
  const toComplement = (k: number, limit = 6): number => {
    for (let j = k; j < n && j < k + limit; j++) {
      const t = toks[j];
      if (t.w === 'to') {
        const { j: v } = skipAdverbs(j + 1);
        return verbAt(v) ? v : -1;
      }
      if (t.w === ',' || t.w === ';' || t.w === 'that' || (t.pos === 'VERB' && j > k)) return -1;
    }
    return -1;
  };

  /** Object head noun after a light verb: possessive/determiner, intensifiers, noun. */
  const headNounAfter = (k: number): number => {
    let j = k;
    if (toks[j] && (isPossessive(toks[j]) || toks[j].pos === 'DET')) j++;
    // "the U.S. commitment", "the ROK's commitment": a named holder inside the phrase.
    for (let c = 0; c < 8 && toks[j] && entityAt(s, j) && toks[j].pos === 'PROPN'; c++) j++;
    if (j > k && entityAt(s, j - 1) && (toks[j]?.w === "'s" || toks[j]?.w === "'")) j++;
    // "grave and growing concern": coordinated modifiers.
    const modifier = (t: (typeof toks)[number] | undefined): boolean =>
      !!t &&
      (lex.intensifiers.has(t.w) || t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'VERB' && t.w.endsWith('ing')));
    for (
      let c = 0;
      c < 6 && (modifier(toks[j]) || (toks[j]?.w === 'and' && modifier(toks[j - 1]) && modifier(toks[j + 1])));
      c++
    )
      j++;
    return toks[j] && lex.headNouns.has(toks[j].w) ? j : -1;
  };

  /**
   * Category, strength and trigger end of the verb group whose main verb is at j.
   * `outer` is the strength imposed by an enclosing semi-modal (null: none yet);
   * `future` is the modal's strength when the group started with will/shall.
   */
  const chain = (j: number, outer: number | null, future: number | null, depth = 0): Chain | null => {
    const t = toks[j];
    if (!t || depth > 3) return null;
    const neg = lex.negVerbs.get(t.w);
    if (neg?.every((w, i) => toks[j + 1 + i]?.w === w)) {
      return { category: 'COMMIT', strength: 0, reiterated: false, negated: true, end: j + neg.length };
    }
    const entries = entriesAt(j);
    const semi = entries.find((e) => e.kind === 'semi' && (!e.futureOnly || future !== null || depth > 0));
    const stance = entries.find((e) => e.kind === 'stance');
    if (semi) {
      const after = j + 1 + semi.rest.length;
      const strength = outer ?? semi.strength;
      const endsWithTo = semi.rest[semi.rest.length - 1] === 'to';
      const semiGroup = (category: CommitmentCategory, end: number, s = graded(category, strength)): Chain => ({
        category,
        strength: s,
        reiterated: semi.reiterated,
        negated: false,
        end,
      });
      let cv = -1;
      if (endsWithTo) {
        const { j: v } = skipAdverbs(after);
        if (verbAt(v)) cv = v;
      } else {
        cv = toComplement(after);
      }
      if (cv >= 0 && toks[cv - 1]?.w === 'to' && cv - 2 >= after && lex.negWords.has(toks[cv - 2].w)) {
        return {
          category: 'COMMIT',
          strength,
          reiterated: semi.reiterated,
          negated: true,
          innerNegation: true,
          end: cv,
        };
      }
      if (cv >= 0) {
        const inner = chain(cv, strength, future, depth + 1);
        const reiterated = semi.reiterated || isReiterative(cv) || (inner?.reiterated ?? false);
        if (inner && inner.category !== 'COMMIT') {
          return { ...inner, reiterated, end: inner.end };
        }
        if (semi.passthrough && (!inner || inner.category === 'COMMIT') && future === null && depth === 0) {
          return null; // present-tense "continue to play a role": a generic fact
        }
        return {
          category: 'COMMIT',
          strength,
          reiterated,
          negated: inner?.negated ?? false,
          end: j + semi.rest.length,
        };
      }
      // "look forward to" + a meeting is ENGAGE; + anything else its `otherwise`.
      if (endsWithTo && semi.otherwise) {
        const m = findAhead(s, after, lex.meetingObjects, 6);
        const event = toks.slice(after, after + 6).some((_, i) => entityAt(s, after + i)?.type === 'EVENT');
        const end = j + semi.rest.length;
        return m >= 0 || event ? semiGroup('ENGAGE', end, strength) : semiGroup(semi.otherwise, end);
      }
      if (semi.needsTo && future === null && depth === 0) {
        // "have agreed to a Framework": "to" + noun phrase.
        const obj = toks[after];
        if (
          semi.objectCategory &&
          obj?.w === 'to' &&
          ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(toks[after + 1]?.pos ?? '')
        ) {
          return semiGroup(semi.objectCategory, j);
        }
        if (!semi.otherwise) return null;
        return semiGroup(semi.otherwise, j + semi.rest.length);
      }
      // "continue consultations": a meeting object gives the verb's own class (ENGAGE) below.
      const ownObject = !!stance?.needsObject && findAhead(s, after, stance.needsObject, 5) >= 0;
      if (semi.passthrough && !ownObject)
        return future !== null ? { category: 'COMMIT', strength, reiterated: true, negated: false, end: j } : null;
      if (!semi.passthrough)
        return { category: 'COMMIT', strength, reiterated: semi.reiterated, negated: false, end: j + semi.rest.length };
    }
    if (stance) {
      const after = j + 1 + stance.rest.length;
      // "discussed our commitment to …": a head noun decides before the object test.
      // ("will discuss commitments on IP": a bare plural is the topic, not the actors' own stance.)
      const owned = isPossessive(toks[after]) || toks[after]?.pos === 'DET';
      let head = stance.light && stance.needsObject && owned ? headNounAfter(after) : -1;
      if (head >= 0 && stance.needsObject!.has(toks[head].w)) head = -1;
      if (head >= 0) return headNounChain(j, head, stance.reiterated, outer, future);
      // "discussed expanding our work": a gerund object is a future action under study.
      const gerundObject =
        stance.category === 'CONSIDER' && toks[after]?.pos === 'VERB' && toks[after].w.endsWith('ing');
      if (stance.needsObject && !gerundObject && findAhead(s, after, stance.needsObject, 5) < 0) {
        if (!(depth > 0 || future !== null)) return null;
        // "will discuss X": only a study (CONSIDER), however firm the modal.
        if (stance.category === 'CONSIDER')
          return {
            category: 'CONSIDER',
            strength: Math.min(outer ?? future ?? 2, stance.strength ?? 2),
            reiterated: false,
            negated: false,
            end: j,
          };
        return { category: 'COMMIT', strength: outer ?? future ?? 4, reiterated: false, negated: false, end: j };
      }
      if (stance.light && !stance.needsObject) {
        const h = headNounAfter(after);
        if (h >= 0) return headNounChain(j, h, stance.reiterated, outer, future);
        if (stance.lightOnly && depth === 0 && future === null) return null;
      }
      let category = stance.category;
      // invited X to visit → a future visit (ENGAGE), not a directive.
      if (category === 'CALL_ON') {
        const v = toComplement(after, 8);
        const inner = v >= 0 ? entriesAt(v).find((e) => e.category === 'ENGAGE') : undefined;
        if (inner) return { category: 'ENGAGE', strength: inner.strength, reiterated: false, negated: false, end: j };
      }
      if ((depth > 0 || future !== null) && NOT_FROM_COMPLEMENT.has(category)) category = 'COMMIT';
      let strength = graded(category, outer ?? future ?? stance.strength);
      if (category === 'CONSIDER' && strength !== null) strength = Math.min(strength, stance.strength ?? 2);
      const end =
        stance.needsObject && !gerundObject ? findAhead(s, after, stance.needsObject, 5) : j + stance.rest.length;
      return { category, strength, reiterated: stance.reiterated, negated: false, end, idiom: stance.negationIdiom };
    }
    if (depth > 0 || future !== null) {
      return { category: 'COMMIT', strength: outer ?? future, reiterated: false, negated: false, end: j };
    }
    return null;
  };

  /** Light verb at v with head noun at h ("reaffirmed their strong opposition"). */
  const headNounChain = (
    v: number,
    h: number,
    verbReiterated: boolean,
    outer: number | null,
    future: number | null,
  ): Chain => {
    const noun = lex.headNouns.get(toks[h].w)!;
    let category = noun.category;
    let strength = noun.strength;
    let reiterated = verbReiterated || entriesAt(v).some((e) => e.reiterated);
    const verbOwn = entriesAt(v).find((e) => e.kind === 'stance');
    if (noun.ownOnly && verbOwn && !toks.slice(v + 1, h).some((t) => OWN_POSSESSIVES.has(t.w))) {
      category = verbOwn.category;
      strength = verbOwn.strength ?? null;
    } else if (noun.ownAction) {
      const cv = toks[h + 1]?.w === 'to' ? toComplement(h + 1, 2) : -1;
      if (cv >= 0) {
        const inner = chain(cv, noun.ownAction.strength, null, 1);
        category = inner && inner.category === 'ENGAGE' ? 'ENGAGE' : noun.ownAction.category;
        strength = noun.ownAction.strength;
        reiterated ||= isReiterative(cv) || (inner?.reiterated ?? false);
      }
    } else if (noun.category === 'COMMIT') {
      const cv = toks[h + 1]?.w === 'to' ? toComplement(h + 1, 2) : -1;
      if (cv >= 0 && isReiterative(cv)) reiterated = true;
      const firm = toks.slice(v + 1, h).some((t) => lex.firmIntensifiers.has(t.w));
      if (firm && strength !== null) strength = Math.max(strength, 4);
    }
    if (future !== null && NOT_FROM_COMPLEMENT.has(category)) category = 'COMMIT';
    return { category, strength: graded(category, strength ?? outer ?? future), reiterated, negated: false, end: h };
  };

  return { entriesAt, isReiterative, graded, skipAdverbs, verbAt, toComplement, headNounAfter, chain, headNounChain };
}
