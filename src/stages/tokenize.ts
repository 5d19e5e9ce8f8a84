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

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
interface WinkModel {
  core(): { features: { lexeme: LexemeFeature } };
  metaCER?: () => unknown;
}

/** The model's custom-entity meta model, loaded once: the model package's loader re-stringifies it on every call. */
let metaCER: unknown;

/**
 * A wink-nlp instance whose output for a document does not depend on the
 * documents it read before. wink adds every out-of-vocabulary word to its
 * lexicon, and its tokenizer keeps a string whole when it is a known lexeme,
 * so after `year’s` appears whole in one document, `year’s` in a later one is
 * no longer split: output would depend on file order and worker count. The
 * lexicon lookup is therefore filtered to the model's own words plus the words
 * the current document added (`beginDocument`), exactly what a fresh instance
 * sees. The instance is rebuilt when the accumulated words grow large, which
 * keeps memory flat without changing any output.
 */
class IsolatedWink {
  private nlp!: WinkNlp;
  private lexeme!: LexemeFeature;
  private documentStart = 0;
  static readonly MAX_EXTRA_WORDS = 200_000;
  /** How often the instance was rebuilt (for tests). */
  rebuilds = 0;

  constructor(private readonly pipe: string[]) {
    this.rebuild();
  }

  private rebuild(): void {
    const base = model as unknown as WinkModel;
    const wrapped = Object.create(base) as WinkModel;
    if (base.metaCER) wrapped.metaCER = () => (metaCER ??= base.metaCER!.call(base));
    wrapped.core = () => {
      const core = base.core();
      const lexeme = core.features.lexeme;
      const self = this;
      const visible = (target: Record<string, number>, key: string | symbol): number | undefined => {
        const index = Reflect.get(target, key) as number | undefined;
        return index === undefined || index < lexeme.intrinsicSize || index >= self.documentStart ? index : undefined;
      };
      lexeme.hash = new Proxy(lexeme.hash, {
        get: visible,
        has: (target, key) => visible(target, key) !== undefined,
      });
      this.lexeme = lexeme;
      return core;
    };
    this.nlp = winkNLP(wrapped as never, this.pipe as never);
  }

  /** Reads one document with the lexicon as a fresh instance would have it. */
  readDoc(text: string): ReturnType<WinkNlp['readDoc']> {
    if (this.lexeme.list.length - this.lexeme.intrinsicSize > IsolatedWink.MAX_EXTRA_WORDS) {
      this.rebuild();
      this.rebuilds++;
    }
    this.documentStart = this.lexeme.list.length;
    return this.nlp.readDoc(text);
  }

  get its(): WinkNlp['its'] {
    return this.nlp.its;
  }
}

let shared: IsolatedWink | null = null;

/**
 * The wink-nlp instance (loaded once per thread). No `sbd`: nothing reads
 * wink's sentences (segment has its own rules) and POS/NER do not depend on
 * them; dropping it saves ~10% of readDoc.
 */
export function wink(): IsolatedWink {
  shared ??= new IsolatedWink(['pos', 'ner']);
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
