/**
 * Pass 5, light verb + stance noun: "have every confidence in", "took up the invitation",
 * "attached great importance to", "made a pledge". The noun (commitments.yml
 * `head_nouns`) decides the category; without one the verb is not a stance.
 */
import type { DetectContext } from './context.js';

export function lightVerbPass(ctx: DetectContext, k: number): boolean {
  const { toks, lex, vg, loc } = ctx;
  const rests = lex.classes.lightVerbs.get(toks[k].w);
  if (!rests || (toks[k].pos !== 'VERB' && toks[k].pos !== 'AUX')) return false;
  const rest = rests.find((r) => r.every((w, i) => toks[k + 1 + i]?.w === w));
  if (!rest) return false;
  const h = vg.headNounAfter(k + 1 + rest.length);
  if (h < 0) return false;
  const where = loc.locate(k, true);
  if (!where || where.mode === 'framing') return false;
  ctx.push(k, vg.headNounChain(k, h, false, null, null), where);
  return true;
}
