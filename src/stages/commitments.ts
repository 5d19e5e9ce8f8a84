/**
 * commitments: stance and commitment expressions per sentence (annotation
 * guide §3, §5): trigger, lemma, category, strength, reiterated/negated, actor,
 * parties and content. The lexicons (options `lexicon`, `stanceNouns`) are compiled once.
 */
import { copyDocument, type Commitment, type Document, type Span } from '../document.js';
import { expectString } from '../data/load.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { ActorResolver } from './commitments/actors.js';
import { GRADED } from './commitments/constants.js';
import { contentSpan, hasEscape } from './commitments/content.js';
import { detect } from './commitments/detect.js';
import { triggerLemma } from './commitments/lemma.js';
import { loadLexicon, type Lexicon } from './commitments/lexicon.js';
import { learnParticipants } from './commitments/participants.js';
import { type Sentence, sentenceOf } from './commitments/sentence.js';

/** The sentences of a document, with their tokens and entities. */
export function sentences(doc: Document): Sentence[] {
  const out: Sentence[] = [];
  let tok = 0;
  let ent = 0;
  // Lower-casing the whole text once is cheaper than per token. Not when it changes lengths
  // (`İ`) or depends on context (Greek final sigma: `Σ` before a letter is `σ`, at a word end `ς`).
  const lower = doc.text.includes('Σ') ? null : doc.text.toLowerCase();
  const lowerText = lower !== null && lower.length === doc.text.length ? lower : null;
  for (const seg of doc.segments) {
    if (seg.kind !== 'sentence') continue;
    const r = sentenceOf(doc, seg, tok, ent, lowerText);
    tok = r.nextTok;
    ent = r.nextEnt;
    out.push(r.s);
  }
  return out;
}

export function annotate(doc: Document, lex: Lexicon): Commitment[] {
  const all = sentences(doc);
  const actors = new ActorResolver(doc, learnParticipants(doc, all, lex), lex);
  const out: Commitment[] = [];
  for (const s of all) {
    const found = detect(s, lex);
    if (found.length === 0) continue;
    const span = (a: number, b: number): Span => ({ start: s.toks[a].start, end: s.toks[b].end });
    const all = actors.resolve(s, found);
    // A clause-driven default counts only for the statement's own participants.
    const keep = found.map((h, i) => !h.participantOnly || actors.isOwn(all[i], h.participantOnly));
    const hits = found.filter((_, i) => keep[i]);
    const resolved = all.filter((_, i) => keep[i]);
    hits.forEach((h, i) => {
      const content = contentSpan(s, h, hits[i + 1]);
      let strength = h.strength;
      if (strength !== null && strength > 0 && content && hasEscape(s, content.from, content.to, lex)) strength -= 1;
      if (h.negated && !h.innerNegation && GRADED.has(h.category)) strength = 0;
      out.push({
        trigger: span(h.from, h.to),
        category: h.category,
        lemma: triggerLemma(s, lex, h.from, h.to),
        strength: GRADED.has(h.category) ? strength : null,
        reiterated: h.reiterated,
        negated: h.negated,
        actor: resolved[i].actor,
        parties: [...resolved[i].parties].sort(),
        content: content ? span(content.from, content.to) : null,
      });
    });
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

const lexiconOf = (ctx: StageContext, options: Record<string, unknown>): Lexicon => {
  const where = ctx.data.displayName('pipeline.yml');
  return loadLexicon(
    ctx.data,
    expectString(where, 'stages.commitments.options.lexicon', options.lexicon),
    expectString(where, 'stages.commitments.options.stanceNouns', options.stanceNouns),
  );
};

export const commitments: StageDefinition = {
  name: 'commitments',
  requires: ['text', 'tokens', 'segments', 'entities'],
  provides: ['commitments'],
  learn(options, ctx) {
    // Building the lexicon inflects every verb it lists.
    lexiconOf(ctx, options);
  },
  create(options, ctx) {
    const lex = lexiconOf(ctx, options);
    return (doc) => {
      const next = copyDocument(doc);
      next.commitments = annotate(doc, lex);
      return next;
    };
  },
};
