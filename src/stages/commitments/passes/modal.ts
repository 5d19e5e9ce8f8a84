/**
 * Pass 3, modal and future verb groups: "will seek to strengthen", "shall consult",
 * passive deliverables ("would be made available"), passive directives ("will be
 * invited to"), conditional warnings ("any aggression will be answered with …") and
 * reported futures in a that-clause ("agreed that officials would meet").
 */
import type { CommitmentCategory } from '../../../document.js';
import type { Where } from '../hit.js';
import { isRelative, nominal, subjectBefore } from '../sentence.js';
import type { DetectContext } from './context.js';

/** "Any attack on the border": a subject phrase (with its prepositional tail) opened by a conditional quantifier. */
function conditionalSubject(ctx: DetectContext, from: number): boolean {
  const { toks, lex } = ctx;
  for (let i = from; i >= 0 && i > from - 10; i--) {
    if (lex.classes.warningQuantifiers.has(toks[i].w)) return true;
    if (!nominal(ctx.s, i) && toks[i].pos !== 'ADP') return false;
  }
  return false;
}

/** Is the future at k inside a that-clause reported by an earlier stance in the sentence? */
function reportedClause(ctx: DetectContext, subjectFrom: number): boolean {
  return ctx.hits.length > 0 && ctx.toks[subjectFrom - 1]?.w === 'that';
}

export function modalPass(ctx: DetectContext, k: number): boolean {
  const { s, toks, lex, hits, vg, loc } = ctx;
  const t = toks[k];
  const fm = lex.future.get(t.w);
  if (!fm || (t.pos !== 'AUX' && t.pos !== 'VERB')) return false;
  const last = ctx.last();
  const { j, neg } = vg.skipAdverbs(k + 1);
  const v = toks[j];
  if (!v) return true;
  if (v.w === 'be' || v.w === 'have') {
    // Passive future deliverable: "would be made available", "will be held".
    let { j: p } = vg.skipAdverbs(j + 1);
    if (toks[p]?.w === 'been') p = vg.skipAdverbs(p + 1).j;
    const part = toks[p];
    if (!part) return true;
    const subject = subjectBefore(s, k);
    // "Any aggression against our territory will be answered with …": a conditional warning.
    if (lex.classes.warningParticiples.has(part.w) && conditionalSubject(ctx, subject ? subject.from : k - 1)) {
      ctx.push(
        k,
        { category: 'WARN', strength: null, reiterated: false, negated: neg, end: p },
        { mode: 'null', subject: null, nested: false },
      );
      return true;
    }
    // "private sectors will be invited to lend …": an agentless directive.
    const directive = lex.directives.has(part.w) && toks[p + 1]?.w === 'to';
    if (!(lex.deliverables.has(part.w) || directive)) return true;
    const category: CommitmentCategory = directive
      ? 'CALL_ON'
      : lex.classes.engageParticiples.has(part.w)
        ? 'ENGAGE'
        : 'COMMIT';
    if (subject && isRelative(toks[subject.from - 1]) && !loc.isAgent(subject.from, subject.to)) return true;
    const priorStance = hits.some((h) => h.category === 'AFFIRM');
    ctx.push(
      k,
      { category, strength: directive ? null : neg ? 0 : fm.strength, reiterated: false, negated: neg, end: p },
      { mode: priorStance ? 'inherit' : 'null', subject: null, nested: false },
    );
    return true;
  }
  const subject = subjectBefore(s, k);
  if (
    fm.passiveOnly &&
    !vg.entriesAt(j).some((e) => e.category === 'ENGAGE' && e.kind === 'stance') &&
    !(subject && loc.isAgent(subject.from, subject.to) && reportedClause(ctx, subject.from))
  )
    return true;
  const c = vg.chain(j, null, fm.strength);
  if (!c) return true;
  if (neg && !c.idiom) c.negated = true;
  let where: Where | null;
  if (subject) {
    // "announced that Korea will host": "that" after a stance verb opens a complement clause.
    const that =
      toks[subject.from - 1]?.w === 'that' &&
      (vg.entriesAt(subject.from - 2).length > 0 || last?.to === subject.from - 2);
    if ((isRelative(toks[subject.from - 1]) && !that) || isRelative(toks[subject.from])) return true;
    // "it will take time": a future with "it" is a prediction, not a pledge.
    if (subject.from === subject.to && toks[subject.from].w === 'it') return true;
    if (!loc.isAgent(subject.from, subject.to)) {
      // "These efforts will focus on …": an agentless deliverable when the head is an
      // activity noun; "the framework will promote …", "this will help": a consequence.
      if (lex.descriptive.has(v.lemma) || lex.descriptive.has(v.w)) return true;
      if (!lex.deliverableSubjects.has(toks[subject.to].w)) return true;
      where = { mode: 'null', subject: null, nested: false };
    } else {
      // "discussed how they will work to …": the future is what is being considered, not a pledge.
      if (last?.category === 'CONSIDER' && last.to === subject.from - 1) return true;
      where = { mode: 'subject', subject, nested: loc.nestedAt(subject.from) };
    }
  } else {
    where = loc.locate(k, true);
    // "…, which will enhance": a relative clause predicts a consequence.
    if (where?.mode === 'subject' && where.nested && isRelative(toks[k - 1])) return true;
  }
  if (!where) return true;
  const hit = ctx.push(k, c, where);
  hit.modal = true;
  // A reported "would" binds only the statement's own participants.
  if (fm.passiveOnly) hit.participantOnly = 'participant';
  // "X does not seek and will not acquire …": one negated commitment over both verb groups.
  const sub = where.subject;
  if (
    c.negated &&
    sub &&
    toks[k - 1]?.w === 'and' &&
    ['do', 'does', 'did'].includes(toks[sub.to + 1]?.w) &&
    lex.negWords.has(toks[sub.to + 2]?.w)
  ) {
    hit.from = sub.to + 1;
  }
  return true;
}
