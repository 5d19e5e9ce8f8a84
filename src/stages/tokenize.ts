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

/** The wink-nlp instance (loaded once per thread). */
export function wink(): WinkNlp {
  shared ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return shared;
}

/** Locates wink tokens in `text`; wink keeps token values verbatim, so a forward search suffices. */
function locate(text: string, values: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    // A value wink altered (not found nearby) gets an empty span at the cursor.
    if (at < 0 || at - cursor > 64 + value.length) {
      spans.push([cursor, cursor]);
      continue;
    }
    spans.push([at, at + value.length]);
    cursor = at + value.length;
  }
  return spans;
}

export const tokenize: StageDefinition = {
  name: 'tokenize',
  requires: ['text'],
  provides: ['tokens'],
  create() {
    const nlp = wink();
    const its = nlp.its;
    return (doc: Document): Document => {
      const wdoc = nlp.readDoc(doc.text);
      const values = wdoc.tokens().out(its.value) as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const lemma = wdoc.tokens().out(its.lemma as never) as string[];
      const type = wdoc.tokens().out(its.type) as string[];
      const spans = locate(doc.text, values);
      const tokens: Token[] = spans.map(([start, end], i) => ({
        start, end, pos: pos[i], lemma: lemma[i], type: type[i],
      }));
      const numericMentions: NumericMention[] = [];
      wdoc.entities().each((e: { out(f: unknown): unknown }) => {
        const [first, last] = e.out(its.span) as [number, number];
        const start = tokens[first]?.start;
        const end = tokens[last]?.end;
        if (start !== undefined && end !== undefined && end > start) {
          numericMentions.push({ start, end, type: e.out(its.type) as string });
        }
      });
      return { ...doc, tokens: tokens.filter((t) => t.end > t.start), numericMentions };
    };
  },
};
