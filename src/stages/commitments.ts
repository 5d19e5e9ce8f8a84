/**
 * commitments: stance and commitment expressions per sentence (annotation
 * guide §3, §5): trigger, category, strength, reiterated/negated, actor,
 * parties and content. The lexicon (option `lexicon`) is compiled once.
 */
import { copyDocument, type Commitment, type Document, type Span } from '../document.js';
import { expectString } from '../data/load.js';
import type { StageDefinition } from '../stage.js';
import { detect, type Hit } from './commitments/detect.js';
import { loadLexicon, type Lexicon } from './commitments/lexicon.js';
import { partiesOf } from './commitments/actor-parties.js';
import { learnParticipants, type PartyContext } from './commitments/participants.js';
import { type Sentence, sentenceOf } from './commitments/sentence.js';

const GRADED = new Set(['COMMIT', 'CONSIDER', 'TASK', 'ENGAGE']);
const CONTENT_TRIM = new Set([',', ';', ':', '.', 'and', 'or', 'but', 'which', 'that', 'to', '(', '—', '–']);

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

function hasEscape(s: Sentence, from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k <= to; k++) {
    if (lex.escapes.some((p) => p.every((w, i) => s.toks[k + i]?.w === w))) return true;
  }
  return false;
}

/** Content: from after the trigger to before the next expression (or sentence end). */
function contentSpan(s: Sentence, hit: Hit, next: Hit | undefined): { from: number; to: number } | null {
  let from = hit.to + 1;
  let to = (next ? (next.subject && next.subject.from > hit.to ? next.subject.from : next.from) : s.toks.length) - 1;
  while (from <= to && CONTENT_TRIM.has(s.toks[from].w)) from++;
  while (to >= from && CONTENT_TRIM.has(s.toks[to].w)) to--;
  return from <= to ? { from, to } : null;
}

export function annotate(doc: Document, lex: Lexicon): Commitment[] {
  const all = sentences(doc);
  const ctx: PartyContext = learnParticipants(doc, all, lex);
  const out: Commitment[] = [];
  let prevSingular: string[] | null = null;
  for (const s of all) {
    const hits = detect(s, lex);
    if (hits.length === 0) continue;
    const span = (a: number, b: number): Span => ({ start: s.toks[a].start, end: s.toks[b].end });
    type Resolved = { actor: Span | null; parties: string[] };
    const resolved: Resolved[] = [];
    const own = (h: Hit): Resolved => {
      const { parties, singular } = partiesOf(s, h.subject!.from, h.subject!.to, ctx, lex, prevSingular, doc);
      if (singular) prevSingular = parties;
      return { actor: span(h.subject!.from, h.subject!.to), parties };
    };
    const mainIdx = hits.findIndex((h) => h.mode === 'subject' && !h.nested);
    let main: Resolved | null = null;
    const none: Resolved = { actor: null, parties: ctx.participants };
    hits.forEach((h, i) => {
      let r: Resolved;
      if (h.mode === 'subject') r = own(h);
      else if (h.mode === 'null') r = none;
      else if (h.mode === 'inherit') {
        let j = i - 1;
        while (j >= 0 && (hits[j].nested || !resolved[j]?.actor)) j--;
        r = j >= 0 ? resolved[j] : (main ?? none);
      } else {
        main ??= mainIdx >= 0 ? own(hits[mainIdx]) : null;
        r = main ?? none;
      }
      if (i === mainIdx) main = r;
      resolved.push(r);
    });
    hits.forEach((h, i) => {
      const content = contentSpan(s, h, hits[i + 1]);
      let strength = h.strength;
      if (strength !== null && strength > 0 && content && hasEscape(s, content.from, content.to, lex)) strength -= 1;
      if (h.negated && !h.innerNegation && GRADED.has(h.category)) strength = 0;
      out.push({
        trigger: span(h.from, h.to),
        category: h.category,
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

export const commitments: StageDefinition = {
  name: 'commitments',
  requires: ['text', 'tokens', 'segments', 'entities'],
  provides: ['commitments'],
  learn(options, ctx) {
    // Building the lexicon inflects every verb it lists.
    loadLexicon(ctx.data, expectString(ctx.data.displayName('pipeline.yml'), 'stages.commitments.options.lexicon', options.lexicon));
  },
  create(options, ctx) {
    const file = expectString(ctx.data.displayName('pipeline.yml'), 'stages.commitments.options.lexicon', options.lexicon);
    const lex = loadLexicon(ctx.data, file);
    return (doc) => {
      const next = copyDocument(doc);
      next.commitments = annotate(doc, lex);
      return next;
    };
  },
};
