/**
 * Finds commitment expressions in one sentence: modal/future verb groups,
 * semi-modals, stance verbs, light verb + head noun, predicate adjectives,
 * participial framing, impersonal directives. Returns token-level hits; the
 * stage turns them into spans and resolves actors and parties.
 */
import type { CommitmentCategory } from '../../document.js';
import type { Lexicon } from './lexicon.js';
import { addCoordinatedComplements, addReportedCommitments } from './complements.js';
import { type Chain, GRADED, type Hit, type Where } from './hit.js';
import { locator } from './locate.js';
import { nominalStance } from './nominal.js';
import { verbGroups } from './verbgroup.js';
import {
  BE_FORMS, REMAIN_FORMS, type Sentence, entityAt, findAhead, isApostrophe, isClauseAdverb,
  isComma, isPossessive, isRelative, isSubjectPronoun, subjectBefore,
} from './sentence.js';

export type { ActorMode, Chain, Hit } from './hit.js';

const ENGAGE_PASSIVES = new Set(['held', 'convened', 'hosted', 'organized', 'organised', 'reconvened']);

/** Impersonal phrases grouped by first word, in lexicon order (null when an empty phrase matches anywhere). */
const byFirstWord = new WeakMap<string[][], Map<string, string[][]> | null>();
function impersonalIndex(phrases: string[][]): Map<string, string[][]> | null {
  let index = byFirstWord.get(phrases);
  if (index === undefined) {
    index = phrases.some((p) => p.length === 0) ? null : new Map();
    for (const p of index ? phrases : []) index!.set(p[0], [...(index!.get(p[0]) ?? []), p]);
    byFirstWord.set(phrases, index);
  }
  return index;
}

export function detect(s: Sentence, lex: Lexicon): Hit[] {
  const toks = s.toks;
  const n = toks.length;
  const hits: Hit[] = [];
  const impIndex = impersonalIndex(lex.impersonal);
  const vg = verbGroups(s, lex);
  const { entriesAt, skipAdverbs, verbAt, toComplement, headNounAfter, chain, headNounChain, isReiterative } = vg;
  const { nestedAt, locate, infinitiveSince, isAgent } = locator(s, lex, hits, vg);

  const push = (k: number, c: Chain, where: Where): void => {
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
    const imp = (impIndex ? impIndex.get(t.w) ?? [] : lex.impersonal).find((p) => p.every((w, i) => toks[k + i]?.w === w));
    if (imp && (k === 0 || !/^[a-z]/.test(toks[k - 1].w) || isComma(toks[k - 1]))) {
      push(k, { category: 'CALL_ON', strength: null, reiterated: false, negated: false, end: k + imp.length - 1 }, { mode: 'null', subject: null, nested: false });
      continue;
    }

    // "Our support for Ukraine is strong", "Our aim remains to …".
    const nom = nominalStance(s, lex, k, headNounAfter);
    if (nom) {
      push(nom.head, nom, { mode: 'subject', subject: { from: k, to: k }, nested: false });
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
        // "private sectors will be invited to lend …": an agentless directive.
        const directive = !!part && lex.directives.has(part.w) && toks[p + 1]?.w === 'to';
        if (!part || !(lex.deliverables.has(part.w) || directive)) continue;
        const category: CommitmentCategory = directive ? 'CALL_ON' : ENGAGE_PASSIVES.has(part.w) ? 'ENGAGE' : 'COMMIT';
        const subject = subjectBefore(s, k);
        if (subject && isRelative(toks[subject.from - 1]) && !isAgent(subject.from, subject.to)) continue;
        const priorStance = hits.some((h) => h.category === 'AFFIRM');
        push(k, { category, strength: directive ? null : neg ? 0 : fm.strength, reiterated: false, negated: neg, end: p },
          { mode: priorStance ? 'inherit' : 'null', subject: null, nested: false });
        continue;
      }
      if (fm.passiveOnly && !entriesAt(j).some((e) => e.category === 'ENGAGE' && e.kind === 'stance')) continue;
      const c = chain(j, null, fm.strength);
      if (!c) continue;
      if (neg && !c.idiom) c.negated = true;
      const subject = subjectBefore(s, k);
      let where: Where | null;
      if (subject) {
        // "announced that Korea will host": "that" after a stance verb opens a complement clause.
        const that = toks[subject.from - 1]?.w === 'that' && (entriesAt(subject.from - 2).length > 0 || last?.to === subject.from - 2);
        if ((isRelative(toks[subject.from - 1]) && !that) || isRelative(toks[subject.from])) continue;
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
      // "we are providing …", "are working jointly towards …": an ongoing own action.
      const prog = lex.progressive.get(toks[j]?.w ?? '');
      if (prog && !REMAIN_FORMS.has(t.w) && !['be', 'been', 'being', 'become', 'becomes', 'became'].includes(t.w)) {
        const where = locate(k, true);
        if (where) {
          // "are working to strengthen" / "are seeking to": the verb chain decides when it can.
          const c = chain(j, null, null) ?? { category: prog.category, strength: prog.strength, reiterated: false, negated: false, end: j };
          const own = c.category === 'COMMIT' || c.category === prog.category ? { ...c, category: prog.category, strength: c.category === prog.category ? c.strength ?? prog.strength : prog.strength } : c;
          push(k, { ...own, negated: neg, end: Math.max(j, own.end) }, where);
          continue;
        }
      }
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
      if (adj && !(toks[j].w === 'agreed' && toks[j + 1]?.w === 'to') && !(adj.needsTo && toComplement(j + 1, 2) < 0)) {
        const subject = subjectBefore(s, k);
        let where: Where | null;
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
            // "proud to announce": a sentiment adjective leaves a performative act as it is.
            // "proud to have delivered": a completed act.
            const act = adj.needsTo && (toks[cv].w === 'have' || entriesAt(cv).some((e) => e.kind === 'stance' && e.category === 'ACT'));
            if (act) c = { category: 'ACT', strength: null, reiterated: false, negated: neg, end: cv };
            else if (inner && inner.category !== 'COMMIT') c = { ...inner, reiterated: inner.reiterated || c.reiterated, negated: neg };
            else c.reiterated ||= (inner?.reiterated ?? false) || isReiterative(cv);
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
    let sp = k - 1;
    while (sp > 0 && isClauseAdverb(toks[sp])) sp--;
    // "We also welcome …" (wink may read an adjective): a subject pronoun before adverbs.
    const verbal = t.pos === 'VERB' || t.pos === 'AUX' || (prev && isSubjectPronoun(prev)) || (sp < k - 1 && isSubjectPronoun(toks[sp]) && toks[sp].w !== 'it') || entries.some((e) => e.rest.length > 0)
      || (entries.some((e) => e.kind === 'semi') && toks[k + 1]?.w === 'to' && verbAt(k + 2) && prev?.pos === 'NOUN')
      // "the United States and France support launching …": wink reads a noun after a named subject
      || (t.pos === 'NOUN' && !!entityAt(s, k - 1) && (['DET', 'VERB', 'PROPN', 'ADJ', 'NUM'].includes(toks[k + 1]?.pos ?? '') || isPossessive(toks[k + 1])) && ['GPE', 'ORG', 'PERSON'].includes(entityAt(s, k - 1)!.type))
      // "We welcome …, and note that …": a stance verb coordinated after an earlier one.
      || (t.pos === 'NOUN' && prev?.w === 'and' && last?.mode === 'subject' && !last.nested && entries.some((e) => e.kind === 'stance')
        && (toks[k + 1]?.w === 'that' || isPossessive(toks[k + 1])));
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
