/**
 * Pass 4, be/remain/stand groups: an ongoing own action ("we are providing …",
 * "are expanding our cooperation"), "stand firm in our commitment", and predicate
 * adjectives ("are determined to", "remains committed").
 */
import type { Chain, Where } from '../hit.js';
import { BE_FORMS, REMAIN_FORMS, subjectBefore } from '../sentence.js';
import type { DetectContext } from './context.js';

const NOT_PROGRESSIVE = new Set(['be', 'been', 'being', 'become', 'becomes', 'became']);

/** "we are providing …", "are working jointly towards …": an agent's ongoing own action. */
function progressive(ctx: DetectContext, k: number, j: number, neg: boolean): boolean {
  const { toks, lex, vg, loc } = ctx;
  const v = toks[j];
  if (!v || REMAIN_FORMS.has(toks[k].w) || NOT_PROGRESSIVE.has(toks[k].w)) return false;
  const listed = lex.progressive.get(v.w);
  // A verb the lexicon does not list: an own activity under way (guide §5 → COMMIT 3),
  // unless it is narrative or descriptive ("are meeting", "are growing").
  const ongoing =
    !listed &&
    v.pos === 'VERB' &&
    v.w.endsWith('ing') &&
    vg.entriesAt(j).length === 0 &&
    !lex.classes.narrative.has(v.lemma);
  if (!listed && !ongoing) return false;
  const prog = listed ?? lex.classes.ongoing;
  const where = loc.locate(k, true);
  if (!where || (ongoing && !(where.mode === 'subject' && loc.defaultHolder(where.subject!.from, where.subject!.to))))
    return false;
  // "are working to strengthen" / "are seeking to": the verb chain decides when it can.
  const c = vg.chain(j, null, null) ?? {
    category: prog.category,
    strength: prog.strength,
    reiterated: false,
    negated: false,
    end: j,
  };
  const own =
    c.category === 'COMMIT' || c.category === prog.category
      ? {
          ...c,
          category: prog.category,
          strength: c.category === prog.category ? (c.strength ?? prog.strength) : prog.strength,
        }
      : c;
  ctx.push(k, { ...own, negated: neg, end: Math.max(j, own.end) }, where);
  return true;
}

export function copulaPass(ctx: DetectContext, k: number): boolean {
  const { s, toks, lex, vg, loc } = ctx;
  const t = toks[k];
  if (!BE_FORMS.has(t.w)) return false;
  const { j, neg } = vg.skipAdverbs(k + 1);
  if (progressive(ctx, k, j, neg)) return true;
  // "are steadfast in our commitment to", "stand firm in the commitment", "remain united in our support".
  const inAt =
    toks[j]?.w === 'in' && j > k + 1
      ? j
      : toks[j + 1]?.w === 'in' &&
          (toks[j].pos === 'ADJ' || lex.intensifiers.has(toks[j].w) || lex.adjectives.has(toks[j].w))
        ? j + 1
        : -1;
  const h = inAt >= 0 ? vg.headNounAfter(inAt + 1) : -1;
  if (h >= 0) {
    const where = loc.locate(k, true);
    if (where) {
      const c = vg.headNounChain(k, h, REMAIN_FORMS.has(t.w), null, null);
      ctx.push(k, { ...c, negated: neg }, where);
      return true;
    }
  }
  const listed = lex.adjectives.get(toks[j]?.w ?? '');
  const bare = !!listed?.needsTo && vg.toComplement(j + 1, 2) < 0;
  // "proud of the launch": the adjective's category without a to-infinitive, when it has one.
  const adj = bare && listed?.withoutTo ? { category: listed.withoutTo, strength: null } : listed;
  if (!adj || (toks[j].w === 'agreed' && toks[j + 1]?.w === 'to') || (bare && !listed?.withoutTo)) return false;
  const subject = subjectBefore(s, k);
  const where: Where | null =
    subject && toks[subject.from].w === 'it' && subject.from === subject.to && toks[j].w === 'agreed'
      ? { mode: 'null', subject: null, nested: false }
      : loc.locate(k, true);
  if (!where) return true;
  let c: Chain = {
    category: adj.category,
    strength: adj.strength,
    reiterated: REMAIN_FORMS.has(t.w),
    negated: neg,
    end: j,
  };
  if (adj.category === 'COMMIT') {
    const cv = vg.toComplement(j + 1, 2);
    if (cv >= 0) {
      const inner = vg.chain(cv, adj.strength, null, 1);
      // "proud to announce": a sentiment adjective leaves a performative act as it is.
      // "proud to have delivered": a completed act.
      const act =
        listed?.needsTo &&
        (toks[cv].w === 'have' || vg.entriesAt(cv).some((e) => e.kind === 'stance' && e.category === 'ACT'));
      if (act) c = { category: 'ACT', strength: null, reiterated: false, negated: neg, end: cv };
      else if (inner && inner.category !== 'COMMIT')
        c = { ...inner, reiterated: inner.reiterated || c.reiterated, negated: neg };
      else c.reiterated ||= (inner?.reiterated ?? false) || vg.isReiterative(cv);
    }
  } else if (adj.category === 'AFFIRM' && toks[j + 1]?.w === 'in') {
    c.end = j + 1 + (toks[j + 2]?.w.endsWith('ing') ? 1 : 0);
  }
  ctx.push(k, c, where);
  return true;
}
