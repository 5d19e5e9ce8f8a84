/**
 * tokenize: one wink-nlp pass over the whole normalized text. Every later
 * stage reads these tokens (with POS and lemma) and wink's numeric/date
 * entities instead of running its own tokenizer.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, NumericMention, Token } from '../document.js';
import type { StageDefinition } from '../stage.js';

type WinkNlp = ReturnType<typeof winkNLP>;
let shared: WinkNlp | null = null;

/**
 * The wink-nlp instance (loaded once per thread). No `sbd`: nothing reads
 * wink's sentences (segment has its own rules) and POS/NER do not depend on
 * them; dropping it saves ~10% of readDoc.
 */
export function wink(): WinkNlp {
  shared ??= winkNLP(model, ['pos', 'ner']);
  return shared;
}

/** How far past the cursor a token may start before we call it altered by wink. */
const SEARCH_SLACK = 64;

export const tokenize: StageDefinition = {
  name: 'tokenize',
  requires: ['text'],
  provides: ['tokens'],
  create() {
    const nlp = wink();
    const its = nlp.its;
    return (doc: Document): Document => {
      const text = doc.text;
      const wdoc = nlp.readDoc(text);
      const all = wdoc.tokens();
      const values = all.out(its.value) as string[];
      const pos = all.out(its.pos) as string[];
      const lemma = all.out(its.lemma as never) as string[];
      const type = all.out(its.type) as string[];
      const n = values.length;
      // Spans per wink token index (entities point at these); wink keeps values verbatim, so a forward search suffices.
      const starts = new Int32Array(n);
      const ends = new Int32Array(n);
      const tokens: Token[] = [];
      let cursor = 0;
      for (let i = 0; i < n; i++) {
        const value = values[i];
        const at = text.indexOf(value, cursor);
        if (at < 0 || at - cursor > SEARCH_SLACK + value.length) {
          // A value wink altered: an empty span at the cursor, dropped from doc.tokens.
          starts[i] = cursor;
          ends[i] = cursor;
          continue;
        }
        cursor = at + value.length;
        starts[i] = at;
        ends[i] = cursor;
        if (cursor > at) tokens.push({ start: at, end: cursor, pos: pos[i], lemma: lemma[i], type: type[i] });
      }
      const numericMentions: NumericMention[] = [];
      wdoc.entities().each((e: { out(f: unknown): unknown }) => {
        const [first, last] = e.out(its.span) as [number, number];
        if (first < 0 || last >= n) return;
        const start = starts[first];
        const end = ends[last];
        if (end > start) numericMentions.push({ start, end, type: e.out(its.type) as string });
      });
      return { ...doc, tokens, numericMentions };
    };
  },
};
