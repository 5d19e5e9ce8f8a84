/**
 * Pass 6, lexicon stance verbs: finite ("we welcome", "reaffirmed their commitment"),
 * participial framing ("Recognizing …, they …"), purpose infinitives after a meeting verb
 * ("have convened to reaffirm"), and predicates coordinated under a modal whose verb
 * class differs from it ("will expand X and work to deepen Y").
 */
import type { Chain, Where } from '../hit.js';
import {
  BE_FORMS,
  entityAt,
  isApostrophe,
  isClauseAdverb,
  isComma,
  isPossessive,
  isRelative,
  isSubjectPronoun,
  subjectBefore,
} from '../sentence.js';
import { nominalStance } from '../nominal.js';
import type { DetectContext } from './context.js';

const THAT = new Set(['that']);
const TOWARDS = new Set(['to', 'toward', 'towards']);
const NAMED_AGENTS = new Set(['GPE', 'ORG', 'PERSON']);
const OBJECT_POS = new Set(['DET', 'VERB', 'PROPN', 'ADJ', 'NUM']);

/** Participial framing: "Recognizing …, they …", "…, underscoring …". */
function framing(ctx: DetectContext, k: number): boolean {
  const { toks, lex, vg } = ctx;
  const prev = toks[k - 1];
  const entry = vg.entriesAt(k).find((e) => e.framing);
  if (!entry || !(k === 0 || isComma(prev) || prev.w === ';') || (prev && lex.framingBlockers.has(prev.w)))
    return false;
  const light = entry.light ? vg.headNounAfter(k + 1) : -1;
  const c: Chain =
    light >= 0
      ? vg.headNounChain(k, light, entry.reiterated, null, null)
      : { category: entry.category, strength: null, reiterated: entry.reiterated, negated: false, end: k };
  ctx.push(k, c, { mode: 'framing', subject: null, nested: false });
  return true;
}

/** "These efforts seek to undercut …": a semi-modal whose subject is an activity noun is an agentless undertaking. */
function agentlessUndertaking(ctx: DetectContext, k: number): Where | null {
  const { s, toks, lex, vg } = ctx;
  if (!vg.entriesAt(k).some((e) => e.kind === 'semi' && !e.futureOnly && !e.passthrough) || toks[k + 1]?.w !== 'to')
    return null;
  const subject = subjectBefore(s, k);
  if (!subject || !lex.deliverableSubjects.has(toks[subject.to].w) || isRelative(toks[subject.from - 1])) return null;
  return { mode: 'null', subject: null, nested: false };
}

/** A modifier slot before an adverb: a preposition, determiner, adjective, or "and" after an adjective. */
function attributiveBefore(toks: DetectContext['toks'], p: number): boolean {
  const t = toks[p];
  if (!t) return false;
  if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ') return true;
  return (t.w === 'and' || t.w === 'or') && toks[p - 1]?.pos === 'ADJ';
}

export function stanceVerbPass(ctx: DetectContext, k: number): boolean {
  const { s, toks, lex, vg, loc } = ctx;
  const t = toks[k];
  const entries = vg.entriesAt(k);
  if (entries.length === 0) return false;
  const last = ctx.last();
  const prev = toks[k - 1];
  const gerund = t.w.endsWith('ing');
  if (gerund) {
    if (framing(ctx, k)) return true;
    let p = k - 1;
    while (p >= 0 && isClauseAdverb(toks[p])) p--;
    if (!(toks[p] && BE_FORMS.has(toks[p].w))) return true; // "we are announcing" is finite
  }
  // Purpose infinitive after a meeting verb: "We have convened to reaffirm …".
  let purpose = -1;
  if (prev?.w === 'to' && k >= 2 && vg.entriesAt(k - 2).some((e) => e.complementOnly)) {
    purpose = k - 2;
    while (purpose > 0 && toks[purpose - 1].pos === 'AUX') purpose--;
  }
  // Nominal or infinitival uses are not finite stance verbs.
  if (
    purpose < 0 &&
    prev &&
    (prev.w === 'to' ||
      prev.pos === 'DET' ||
      isPossessive(prev) ||
      isApostrophe(prev) ||
      prev.pos === 'ADJ' ||
      (prev.pos === 'ADP' && !BE_FORMS.has(prev.w)))
  )
    return true;
  let sp = k - 1;
  while (sp > 0 && isClauseAdverb(toks[sp])) sp--;
  // "on voluntary and mutually agreed terms": an adverb-modified participle before its noun is attributive.
  if (sp < k - 1 && t.w.endsWith('ed') && toks[k + 1]?.pos === 'NOUN' && attributiveBefore(toks, sp)) return true;
  const named = entityAt(s, k - 1);
  // "We also welcome …" (wink may read an adjective): a subject pronoun before adverbs.
  const verbal =
    t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    (prev && isSubjectPronoun(prev)) ||
    (sp < k - 1 && isSubjectPronoun(toks[sp]) && toks[sp].w !== 'it') ||
    entries.some((e) => e.rest.length > 0) ||
    (entries.some((e) => e.kind === 'semi') && toks[k + 1]?.w === 'to' && vg.verbAt(k + 2) && prev?.pos === 'NOUN') ||
    // "will implement the plan and work toward an agreement": a semi-modal coordinated under a modal.
    (entries.some((e) => e.kind === 'semi') &&
      TOWARDS.has(toks[k + 1]?.w ?? '') &&
      prev?.w === 'and' &&
      !!last?.modal) ||
    // "the United States and France support launching …": wink reads a noun after a named subject
    // (or after a plural agent noun: "the member states support the development of …")
    (t.pos === 'NOUN' &&
      ((!!named && NAMED_AGENTS.has(named.type)) || (!!prev && prev.w.endsWith('s') && lex.agentNouns.has(prev.w))) &&
      (OBJECT_POS.has(toks[k + 1]?.pos ?? '') || isPossessive(toks[k + 1]))) ||
    // … or after an apposition closed by a comma: "We, A, B and C, share a commitment to …"
    (t.pos === 'NOUN' &&
      isComma(prev) &&
      (toks[k + 1]?.pos === 'DET' || isPossessive(toks[k + 1])) &&
      !!subjectBefore(s, k)) ||
    // "We welcome …, and note that …": a stance verb coordinated after an earlier one.
    ((t.pos === 'NOUN' || t.pos === 'ADJ') &&
      prev?.w === 'and' &&
      last?.mode === 'subject' &&
      !last.nested &&
      entries.some((e) => e.kind === 'stance') &&
      (toks[k + 1]?.w === 'that' || isPossessive(toks[k + 1]) || toks[k + 1]?.pos === 'DET'));
  if (!verbal) return true;
  if (entries.every((e) => e.complementOnly)) return true; // "met", "held talks": narrative
  // "we continue to promote …", "the coalition continues to build upon …": an agent's own
  // ongoing undertaking (a generic fact with another subject: "industries continue to play a role").
  const start = gerund ? k - 1 : k;
  const where = loc.locate(purpose >= 0 ? purpose : start, true) ?? agentlessUndertaking(ctx, k);
  const ongoing =
    entries.some((e) => e.passthrough) &&
    !!where &&
    (toks[k - 1]?.w === 'we' ||
      where.mode === 'inherit' ||
      (where.mode === 'subject' && !!where.subject && loc.defaultHolder(where.subject.from, where.subject.to)));
  if (where?.mode === 'inherit' && t.w === t.lemma && last?.modal) {
    // Under a modal ("we will combine … and establish …") a bare verb belongs to it, unless
    // its own class makes it another commitment ("… and work to deepen", "… and consider").
    // Another strength counts only for a semi-modal with its own complement ("and seek to").
    const own = vg.chain(k, null, last.strength);
    if (
      !own ||
      (own.category === last.category && (own.strength === last.strength || !TOWARDS.has(toks[k + 1]?.w ?? '')))
    )
      return true;
    ctx.push(start, { ...own, negated: own.negated || last.negated }, where);
    return true;
  }
  let c = vg.chain(k, null, ongoing ? lex.classes.ongoing.strength : null);
  // "worked to develop": a semi-modal that needs a future leaves a past act to the clause pass.
  if (!c && entries.every((e) => e.futureOnly)) return false;
  if (!c || !where) return true;
  if (where.mode === 'inherit' && t.w === t.lemma) {
    // ... nor to an infinitive ("to deepen cooperation and resolve issues").
    // A verb introducing a list ("… and commit to:") heads the main clause.
    const introducesList = toks[c.end + 1]?.w === ':' || (toks[c.end + 1]?.w === 'to' && toks[c.end + 2]?.w === ':');
    if (!introducesList && loc.infinitiveSince(last ? last.to : -1, k)) return true;
  }
  // "reiterates that the U.S. commitments to … are ironclad": the restated stance is the commitment.
  if (c.category === 'AFFIRM' && toks[c.end + 1]?.w === 'that') {
    const nom = nominalStance(s, lex, c.end + 2, vg.headNounAfter, THAT);
    if (nom?.category === 'COMMIT') c = { ...c, category: 'COMMIT', strength: nom.strength };
  }
  ctx.push(start, c, where);
  return true;
}
