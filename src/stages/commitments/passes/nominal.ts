/** Pass 2, stance nouns as subject: "Our support for Ukraine is strong", "Canada's commitment to … rests on …". */
import { nominalStance } from '../nominal.js';
import type { DetectContext } from './context.js';

export function nominalPass(ctx: DetectContext, k: number): boolean {
  const nom = nominalStance(ctx.s, ctx.lex, k, ctx.vg.headNounAfter);
  if (!nom) return false;
  ctx.push(nom.head, nom, { mode: 'subject', subject: nom.holder, nested: false });
  return true;
}
