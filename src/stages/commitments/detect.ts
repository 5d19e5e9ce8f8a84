/**
 * Finds commitment expressions in one sentence as ordered passes over one shared
 * context (passes/context.ts). At each token the token passes are tried in order
 * until one decides it; then the sentence passes add hits inside earlier ones.
 * Returns token-level hits; the stage turns them into spans and resolves actors.
 */
import type { Hit } from './hit.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './sentence.js';
import { type SentencePass, type TokenPass, detectContext } from './passes/context.js';
import { impersonalDirective } from './passes/impersonal.js';
import { holderlessConcern } from './passes/concern.js';
import { nominalPass } from './passes/nominal.js';
import { modalPass } from './passes/modal.js';
import { copulaPass } from './passes/copula.js';
import { lightVerbPass } from './passes/light-verb.js';
import { stanceVerbPass } from './passes/stance-verb.js';
import { clauseVerbPass } from './passes/clause-verb.js';
import { coordinatedComplementsPass, reportedPass } from './passes/sentence-passes.js';

export type { ActorMode, Chain, Hit } from './hit.js';

/**
 * 1 impersonal directives and holderless concern, 2 stance nouns as subject, 3 modal groups, 4 be/remain groups,
 * 5 light verb + noun, 6 lexicon verbs, 7 clause defaults.
 */
const TOKEN_PASSES: readonly TokenPass[] = [
  impersonalDirective,
  holderlessConcern,
  nominalPass,
  modalPass,
  copulaPass,
  lightVerbPass,
  stanceVerbPass,
  clauseVerbPass,
];
/** 8 reported commitments inside a welcomed object, 9 coordinated complements. */
const SENTENCE_PASSES: readonly SentencePass[] = [reportedPass, coordinatedComplementsPass];

export function detect(s: Sentence, lex: Lexicon): Hit[] {
  const ctx = detectContext(s, lex);
  for (let k = 0; k < s.toks.length; k++) {
    const last = ctx.last();
    if (last && k <= last.to) continue; // inside the previous trigger
    for (const pass of TOKEN_PASSES) if (pass(ctx, k)) break;
  }
  for (const pass of SENTENCE_PASSES) pass(ctx);
  return ctx.hits;
}
