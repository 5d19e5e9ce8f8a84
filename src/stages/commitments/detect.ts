/**
 * Finds commitment expressions in one sentence: modal/future verb groups,
 * semi-modals, stance verbs, light verb + head noun, predicate adjectives,
 * participial framing, impersonal directives. Returns token-level hits; the
 * stage turns them into spans and resolves actors and parties.
 */
import type { CommitmentCategory } from '../../document.js';
import type { Lexicon, VerbEntry } from './lexicon.js';
import { addCoordinatedComplements, addReportedCommitments } from './complements.js';
import {
  BE_FORMS, REMAIN_FORMS, type Sentence, entityAt, findAhead, isApostrophe, isClauseAdverb,
  isComma, isPossessive, isRelative, isSubjectPronoun, subjectBefore,
} from './sentence.js';

export type ActorMode = 'subject' | 'inherit' | 'framing' | 'null';

export interface Hit {
  /** Trigger token range, inclusive. */
  from: number;
  to: number;
  category: CommitmentCategory;
  strength: number | null;
  reiterated: boolean;
  negated: boolean;
  mode: ActorMode;
  subject: { from: number; to: number } | null;
  /** Inside another hit's complement clause: does not become the sentence's main actor. */
  nested: boolean;
  /** Started with a modal (will/shall/would). */
  modal?: boolean;
  /** The complement is negated ("committed not to impose"): a firm pledge to refrain keeps its strength. */
  innerNegation?: boolean;
}

const GRADED = new Set<CommitmentCategory>(['COMMIT', 'CONSIDER', 'TASK', 'ENGAGE']);
/** Categories a complement verb may not impose (a modal + "establish" is a COMMIT, not an ACT). */
const NOT_FROM_COMPLEMENT = new Set<CommitmentCategory>(['AFFIRM', 'ACT', 'EXPRESS']);
const ENGAGE_PASSIVES = new Set(['held', 'convened', 'hosted', 'organized', 'organised', 'reconvened']);

export interface Chain {
  category: CommitmentCategory;
  strength: number | null;
  reiterated: boolean;
  negated: boolean;
  /** Last token of the trigger. */
  end: number;
  /** The verb's negation is part of an idiom (will not hesitate): not negated. */
  idiom?: boolean;
  innerNegation?: boolean;
}

export function detect(s: Sentence, lex: Lexicon): Hit[] {
  const toks = s.toks;
  const n = toks.length;
  const hits: Hit[] = [];

  const matchRest = (k: number, rest: string[]): boolean => rest.every((w, i) => toks[k + 1 + i]?.w === w);
  const entriesAt = (k: number): VerbEntry[] =>
    (lex.verbs.get(toks[k]?.w ?? '') ?? []).filter((e) => matchRest(k, e.rest));
  const isReiterative = (k: number): boolean => lex.reiterative.has(toks[k].lemma) || lex.reiterative.has(toks[k].w);
  const graded = (c: CommitmentCategory, v: number | null): number | null => (GRADED.has(c) ? v ?? 4 : null);

  /** Skips adverbs, commas and negators after k; returns the next index and whether a negator was seen. */
  const skipAdverbs = (k: number): { j: number; neg: boolean } => {
    let j = k;
    let neg = false;
    while (j < n && (isClauseAdverb(toks[j]) || toks[j].pos === 'ADV' || lex.negWords.has(toks[j].w) || (toks[j].w === ',' && isClauseAdverb(toks[j + 1])) || (toks[j].w === ',' && toks[j - 1] && isClauseAdverb(toks[j - 1])))) {
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
    if (vt.pos === 'NOUN' && lex.verbs.has(vt.w)) return ['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM'].includes(toks[v + 1]?.pos ?? '') && !isPossessive(toks[v + 1]) || isPossessive(toks[v + 1]);
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
    for (let c = 0; c < 4 && toks[j] && (lex.intensifiers.has(toks[j].w) || toks[j].pos === 'ADJ' || toks[j].pos === 'ADV'); c++) j++;
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
    if (neg && neg.every((w, i) => toks[j + 1 + i]?.w === w)) {
      return { category: 'COMMIT', strength: 0, reiterated: false, negated: true, end: j + neg.length };
    }
    const entries = entriesAt(j);
    const semi = entries.find((e) => e.kind === 'semi' && (!e.futureOnly || future !== null || depth > 0));
    const stance = entries.find((e) => e.kind === 'stance');
    if (semi) {
      const after = j + 1 + semi.rest.length;
      const strength = outer ?? semi.strength;
      const endsWithTo = semi.rest[semi.rest.length - 1] === 'to';
      let cv = -1;
      if (endsWithTo) {
        const { j: v } = skipAdverbs(after);
        if (verbAt(v)) cv = v;
      } else {
        cv = toComplement(after);
      }
      if (cv >= 0 && toks[cv - 1]?.w === 'to' && cv - 2 >= after && lex.negWords.has(toks[cv - 2].w)) {
        return { category: 'COMMIT', strength, reiterated: semi.reiterated, negated: true, innerNegation: true, end: cv };
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
        return { category: 'COMMIT', strength, reiterated, negated: inner?.negated ?? false, end: j + semi.rest.length };
      }
      // "look forward to" + a meeting is ENGAGE; + anything else its `otherwise`.
      if (endsWithTo && semi.otherwise) {
        const m = findAhead(s, after, lex.meetingObjects, 6);
        const event = toks.slice(after, after + 6).some((_, i) => entityAt(s, after + i)?.type === 'EVENT');
        if (m >= 0 || event) return { category: 'ENGAGE', strength, reiterated: semi.reiterated, negated: false, end: j + semi.rest.length };
        return { category: semi.otherwise, strength: graded(semi.otherwise, strength), reiterated: semi.reiterated, negated: false, end: j + semi.rest.length };
      }
      if (semi.needsTo && future === null && depth === 0) {
        // "have agreed to a Framework": "to" + noun phrase.
        const obj = toks[after];
        if (semi.objectCategory && obj?.w === 'to' && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(toks[after + 1]?.pos ?? '')) {
          return { category: semi.objectCategory, strength: graded(semi.objectCategory, strength), reiterated: semi.reiterated, negated: false, end: j };
        }
        if (!semi.otherwise) return null;
        return { category: semi.otherwise, strength: graded(semi.otherwise, strength), reiterated: semi.reiterated, negated: false, end: j + semi.rest.length };
      }
      if (semi.passthrough) return future !== null ? { category: 'COMMIT', strength, reiterated: true, negated: false, end: j } : null;
      return { category: 'COMMIT', strength, reiterated: semi.reiterated, negated: false, end: j + semi.rest.length };
    }
    if (stance) {
      const after = j + 1 + stance.rest.length;
      // "discussed our commitment to …": a head noun decides before the object test.
      let head = stance.light && stance.needsObject ? headNounAfter(after) : -1;
      if (head >= 0 && stance.needsObject!.has(toks[head].w)) head = -1;
      if (head >= 0) return headNounChain(j, head, stance.reiterated, outer, future);
      // "discussed expanding our work": a gerund object is a future action under study.
      const gerundObject = stance.category === 'CONSIDER' && toks[after]?.pos === 'VERB' && toks[after].w.endsWith('ing');
      if (stance.needsObject && !gerundObject && findAhead(s, after, stance.needsObject, 5) < 0) {
        if (!(depth > 0 || future !== null)) return null;
        // "will discuss X": only a study (CONSIDER), however firm the modal.
        if (stance.category === 'CONSIDER') return { category: 'CONSIDER', strength: Math.min(outer ?? future ?? 2, stance.strength ?? 2), reiterated: false, negated: false, end: j };
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
      const end = stance.needsObject && !gerundObject ? findAhead(s, after, stance.needsObject, 5) : j + stance.rest.length;
      return { category, strength, reiterated: stance.reiterated, negated: false, end, idiom: stance.negationIdiom };
    }
    if (depth > 0 || future !== null) {
      return { category: 'COMMIT', strength: outer ?? future, reiterated: false, negated: false, end: j };
    }
    return null;
  };

  /** Light verb at v with head noun at h ("reaffirmed their strong opposition"). */
  const headNounChain = (v: number, h: number, verbReiterated: boolean, outer: number | null, future: number | null): Chain => {
    const noun = lex.headNouns.get(toks[h].w)!;
    let category = noun.category;
    let strength = noun.strength;
    let reiterated = verbReiterated || entriesAt(v).some((e) => e.reiterated);
    if (noun.ownAction) {
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

  /** Is the hit's subject right after a previous trigger or "that": a complement clause. */
  const nestedAt = (subjFrom: number): boolean => {
    const before = toks[subjFrom - 1];
    if (before && (before.w === 'that' || before.w === 'whether')) return true;
    const last = hits[hits.length - 1];
    return !!last && last.to === subjFrom - 1;
  };

  /** Subject or coordination for a finite verb group starting at k. */
  const locate = (k: number, needAgent: boolean): Pick<Hit, 'mode' | 'subject' | 'nested'> | null => {
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
      if (ante && isAgent(ante.from, ante.to)) return { mode: 'subject', subject: ante, nested: true };
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

  const hasSubjectEarlier = (p: number): boolean => toks.slice(0, p).some((t) => isSubjectPronoun(t));

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

  const push = (k: number, c: Chain, where: Pick<Hit, 'mode' | 'subject' | 'nested'>): void => {
    hits.push({
      from: k, to: Math.max(k, c.end), category: c.category,
      strength: c.negated && !c.innerNegation ? (GRADED.has(c.category) ? 0 : null) : c.strength,
      reiterated: c.reiterated, negated: c.negated, innerNegation: c.innerNegation, ...where,
    });
  };

  for (let k = 0; k < n; k++) {
    const t = toks[k];
    const last = hits[hits.length - 1];
    if (last && k <= last.to) continue;

    // Impersonal directive: "It is time to release …".
    const imp = lex.impersonal.find((p) => p.every((w, i) => toks[k + i]?.w === w));
    if (imp && (k === 0 || !/^[a-z]/.test(toks[k - 1].w) || isComma(toks[k - 1]))) {
      push(k, { category: 'CALL_ON', strength: null, reiterated: false, negated: false, end: k + imp.length - 1 }, { mode: 'null', subject: null, nested: false });
      continue;
    }

    // Modal / future marker + verb.
    const fm = lex.future.get(t.w);
    if (fm && (t.pos === 'AUX' || t.pos === 'VERB')) {
      const { j, neg } = skipAdverbs(k + 1);
      const v = toks[j];
      if (!v) continue;
      if (v.w === 'be' || v.w === 'have') {
        // Passive future deliverable: "would be made available", "will be held".
        let { j: p } = skipAdverbs(j + 1);
        if (toks[p]?.w === 'been') p = skipAdverbs(p + 1).j;
        const part = toks[p];
        if (!part || !lex.deliverables.has(part.w)) continue;
        const category: CommitmentCategory = ENGAGE_PASSIVES.has(part.w) ? 'ENGAGE' : 'COMMIT';
        const subject = subjectBefore(s, k);
        if (subject && isRelative(toks[subject.from - 1]) && !isAgent(subject.from, subject.to)) continue;
        const priorStance = hits.some((h) => h.category === 'AFFIRM');
        push(k, { category, strength: neg ? 0 : fm.strength, reiterated: false, negated: neg, end: p },
          { mode: priorStance ? 'inherit' : 'null', subject: null, nested: false });
        continue;
      }
      if (fm.passiveOnly && !entriesAt(j).some((e) => e.category === 'ENGAGE' && e.kind === 'stance')) continue;
      const c = chain(j, null, fm.strength);
      if (!c) continue;
      if (neg && !c.idiom) c.negated = true;
      const subject = subjectBefore(s, k);
      let where: Pick<Hit, 'mode' | 'subject' | 'nested'> | null;
      if (subject) {
        if (isRelative(toks[subject.from - 1]) || isRelative(toks[subject.from])) continue;
        // "it will take time": a future with "it" is a prediction, not a pledge.
        if (subject.from === subject.to && toks[subject.from].w === 'it') continue;
        if (!isAgent(subject.from, subject.to)) {
          // "These efforts will focus on …": an agentless deliverable when the head is an
          // activity noun; "the framework will promote …", "this will help": a consequence.
          if (lex.descriptive.has(v.lemma) || lex.descriptive.has(v.w)) continue;
          if (!lex.deliverableSubjects.has(toks[subject.to].w)) continue;
          where = { mode: 'null', subject: null, nested: false };
        } else {
          where = { mode: 'subject', subject, nested: nestedAt(subject.from) };
        }
      } else {
        where = locate(k, true);
        // "…, which will enhance": a relative clause predicts a consequence.
        if (where?.mode === 'subject' && where.nested && isRelative(toks[k - 1])) continue;
      }
      if (!where) continue;
      push(k, c, where);
      hits[hits.length - 1].modal = true;
      // "X does not seek and will not acquire …": one negated commitment over both verb groups.
      const sub = where.subject;
      if (c.negated && sub && toks[k - 1]?.w === 'and' && ['do', 'does', 'did'].includes(toks[sub.to + 1]?.w) && lex.negWords.has(toks[sub.to + 2]?.w)) {
        hits[hits.length - 1].from = sub.to + 1;
      }
      continue;
    }

    // be/remain/stand + predicate adjective: "are determined to", "remains committed".
    if (BE_FORMS.has(t.w)) {
      const { j, neg } = skipAdverbs(k + 1);
      // "are steadfast in our commitment to", "stand firm in the commitment", "remain united in our support".
      const inAt = toks[j]?.w === 'in' && j > k + 1 ? j
        : toks[j + 1]?.w === 'in' && (toks[j].pos === 'ADJ' || lex.intensifiers.has(toks[j].w) || lex.adjectives.has(toks[j].w)) ? j + 1 : -1;
      const h = inAt >= 0 ? headNounAfter(inAt + 1) : -1;
      if (h >= 0) {
        const where = locate(k, true);
        if (where) {
          const c = headNounChain(k, h, REMAIN_FORMS.has(t.w), null, null);
          push(k, { ...c, negated: neg }, where);
          continue;
        }
      }
      const adj = lex.adjectives.get(toks[j]?.w ?? '');
      if (adj && !(toks[j].w === 'agreed' && toks[j + 1]?.w === 'to')) {
        const subject = subjectBefore(s, k);
        let where: Pick<Hit, 'mode' | 'subject' | 'nested'> | null;
        if (subject && toks[subject.from].w === 'it' && subject.from === subject.to && toks[j].w === 'agreed') {
          where = { mode: 'null', subject: null, nested: false };
        } else {
          where = locate(k, true);
        }
        if (!where) continue;
        let c: Chain = { category: adj.category, strength: adj.strength, reiterated: REMAIN_FORMS.has(t.w), negated: neg, end: j };
        if (adj.category === 'COMMIT') {
          const cv = toComplement(j + 1, 2);
          if (cv >= 0) {
            const inner = chain(cv, adj.strength, null, 1);
            if (inner && inner.category !== 'COMMIT') c = { ...inner, reiterated: inner.reiterated || c.reiterated, negated: neg };
            else if (inner) c.reiterated ||= inner.reiterated || isReiterative(cv);
          }
        } else if (adj.category === 'AFFIRM' && toks[j + 1]?.w === 'in') {
          c.end = j + 1 + (toks[j + 2]?.w.endsWith('ing') ? 1 : 0);
        }
        push(k, c, where);
        continue;
      }
    }

    const entries = entriesAt(k);
    if (entries.length === 0) continue;
    const prev = toks[k - 1];
    const gerund = t.w.endsWith('ing');
    // Participial framing: "Recognizing …, they …", "…, underscoring …".
    if (gerund) {
      const framing = entries.find((e) => e.framing);
      if (framing && (k === 0 || isComma(prev) || prev.w === ';') && !(prev && lex.framingBlockers.has(prev.w))) {
        const light = framing.light ? headNounAfter(k + 1) : -1;
        const c: Chain = light >= 0
          ? headNounChain(k, light, framing.reiterated, null, null)
          : { category: framing.category, strength: null, reiterated: framing.reiterated, negated: false, end: k };
        push(k, c, { mode: 'framing', subject: null, nested: false });
        continue;
      }
      let p = k - 1;
      while (p >= 0 && isClauseAdverb(toks[p])) p--;
      if (!(toks[p] && BE_FORMS.has(toks[p].w))) continue; // "we are announcing" is finite
    }
    // Purpose infinitive after a meeting verb: "We have convened to reaffirm …".
    let purpose = -1;
    if (prev?.w === 'to' && k >= 2 && entriesAt(k - 2).some((e) => e.complementOnly)) {
      purpose = k - 2;
      while (purpose > 0 && toks[purpose - 1].pos === 'AUX') purpose--;
    }
    // Nominal or infinitival uses are not finite stance verbs.
    if (purpose < 0 && prev && (prev.w === 'to' || prev.pos === 'DET' || isPossessive(prev) || isApostrophe(prev) || prev.pos === 'ADJ' || (prev.pos === 'ADP' && !BE_FORMS.has(prev.w)))) continue;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX' || (prev && isSubjectPronoun(prev)) || entries.some((e) => e.rest.length > 0)
      || (entries.some((e) => e.kind === 'semi') && toks[k + 1]?.w === 'to' && verbAt(k + 2) && prev?.pos === 'NOUN')
      // "the United States and France support launching …": wink reads a noun after a named subject
      || (t.pos === 'NOUN' && !!entityAt(s, k - 1) && ['DET', 'VERB', 'PROPN', 'ADJ', 'NUM'].includes(toks[k + 1]?.pos ?? '') && ['GPE', 'ORG', 'PERSON'].includes(entityAt(s, k - 1)!.type));
    if (!verbal) continue;
    if (entries.every((e) => e.complementOnly)) continue; // "met", "held talks": narrative
    // "we continue to promote …": the participants' own ongoing undertaking (a generic
    // fact only with another subject: "industries continue to play a role").
    const ongoing = entries.some((e) => e.passthrough) && toks[k - 1]?.w === 'we';
    const c = chain(k, null, ongoing ? 3 : null);
    if (!c) continue;
    const start = gerund ? k - 1 : k;
    const where = locate(purpose >= 0 ? purpose : start, true);
    if (!where) continue;
    // A bare verb coordinated under a modal ("we will combine … and establish …") belongs to it.
    if (where.mode === 'inherit' && t.w === t.lemma && last?.modal) continue;
    // ... nor to an infinitive ("to deepen cooperation and resolve issues").
    // A verb introducing a list ("… and commit to:") heads the main clause.
    const introducesList = toks[c.end + 1]?.w === ':' || (toks[c.end + 1]?.w === 'to' && toks[c.end + 2]?.w === ':');
    if (where.mode === 'inherit' && t.w === t.lemma && !introducesList && infinitiveSince(last ? last.to : -1, k)) continue;
    push(gerund ? start : k, c, where);
  }

  addReportedCommitments(s, lex, hits);
  addCoordinatedComplements(s, lex, hits, chain, headNounAfter);
  return hits;
}
