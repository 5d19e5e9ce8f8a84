/**
 * Pass 5, light verb + stance noun: "have every confidence in", "took up the invitation",
 * "attached great importance to", "made a pledge". The noun (commitments.yml
 * `head_nouns`) decides the category; without one the verb is not a stance.
 */
import type { DetectContext } from './context.js';

const CALL_PREPOSITIONS = new Set(['for', 'on', 'upon']);

export function lightVerbPass(ctx: DetectContext, k: number): boolean {
  const { toks, lex, vg, loc } = ctx;
  const rests = lex.classes.lightVerbs.get(toks[k].w);
  if (!rests || (toks[k].pos !== 'VERB' && toks[k].pos !== 'AUX')) return false;
  const rest = rests.find((r) => r.every((w, i) => toks[k + 1 + i]?.w === w));
  if (!rest) return false;
  const after = k + 1 + rest.length;
  const h = vg.headNounAfter(after);
  if (h < 0) return false;
  const c = vg.headNounChain(k, h, false, null, null);
  // "made a call", "has a call scheduled": a phone call, unless it is a call for or on someone.
  if (c.category === 'CALL_ON' && !CALL_PREPOSITIONS.has(toks[h + 1]?.w ?? '')) return false;
  const where = loc.locate(k, true);
  if (!where || where.mode === 'framing') return false;
  // "has no intention to …": a negated commitment.
  ctx.push(k, { ...c, negated: c.negated || toks[after]?.w === 'no' }, where);
  return true;
}
