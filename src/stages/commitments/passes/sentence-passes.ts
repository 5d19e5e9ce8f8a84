/** Passes 8–9, over a sentence's hits: commitments reported inside a welcomed object, coordinated complements. */
import { addCoordinatedComplements, addReportedCommitments } from '../complements.js';
import type { DetectContext } from './context.js';

export function reportedPass(ctx: DetectContext): void {
  addReportedCommitments(ctx.s, ctx.lex, ctx.hits);
}

export function coordinatedComplementsPass(ctx: DetectContext): void {
  addCoordinatedComplements(ctx.s, ctx.lex, ctx.hits, ctx.vg.chain, ctx.vg.headNounAfter);
}
