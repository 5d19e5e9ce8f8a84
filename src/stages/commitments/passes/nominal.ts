/** Pass 2, nominal stances with a copula: "Our support for Ukraine is strong", "Our aim remains to …". */
import { nominalStance } from '../nominal.js';
import type { DetectContext } from './context.js';

export function nominalPass(ctx: DetectContext, k: number): boolean {
  const nom = nominalStance(ctx.s, ctx.lex, k, ctx.vg.headNounAfter);
  if (!nom) return false;
  ctx.push(nom.head, nom, { mode: 'subject', subject: { from: k, to: k }, nested: false });
  return true;
}
