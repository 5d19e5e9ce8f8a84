/**
 * tokenize: one wink-nlp pass over the whole normalized text. Every later
 * stage reads these tokens (with POS and lemma) and wink's numeric/date
 * entities instead of running its own tokenizer.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import { copyDocument, type Document, type NumericMention, type Token } from '../document.js';
import type { StageDefinition } from '../stage.js';
import { blankRuns, longRuns, withRunTokens } from './tokenize/long-runs.js';

type WinkNlp = ReturnType<typeof winkNLPType>;

// Loaded on first use, not on import: a batch's main thread imports every stage but never tokenizes.
const load = createRequire(import.meta.url);
let winkNLP: typeof winkNLPType | null = null;
let model: unknown = null;

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
interface WinkCore {
  features: Record<string, { list: string[] }> & { lexeme: LexemeFeature };
  packing: { efList: string[]; layout: Record<string, number[]> };
}
interface WinkModel {
  core(): WinkCore;
  metaCER?: () => unknown;
}

/** The model's custom-entity meta model, loaded once: the model package's loader re-stringifies it on every call. */
let metaCER: unknown;

/** Out-of-vocabulary words whose cached features are the same in every document. */
const PLAIN_WORD = /^\p{L}{3,}$/u;

/** PLAIN_WORD.test, without the Unicode regex for the common all-ASCII word. */
function isPlainWord(key: string): boolean {
  if (key.length < 3) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) | 0x20; // ASCII upper → lower
    if (c < 97 || c > 122) return PLAIN_WORD.test(key);
  }
  return true;
}

/**
 * Features whose value index is packed into a fixed number of bits (prefix:
 * 13 bits, shape: 14, suffix: 19): wink gives every new value the next index,
 * so after enough new values the index overflows into the neighbouring field.
 */
interface PackedFeature {
  list: string[];
  capacity: number;
}

function packedFeatures(core: WinkCore): PackedFeature[] {
  return core.packing.efList
    .map((name) => ({ name, cfg: core.packing.layout[name] }))
    .filter(({ name, cfg }) => cfg && cfg[3] === 0 && core.features[name]?.list)
    .map(({ name, cfg }) => ({ list: core.features[name].list, capacity: cfg[1] >>> cfg[2] }));
}

/**
 * A wink-nlp instance whose output for a document does not depend on the
 * documents it read before. wink adds every out-of-vocabulary word to its
 * lexicon, and its tokenizer keeps a string whole when it is a known lexeme,
 * so after `year’s` appears whole in one document, `year’s` in a later one is
 * no longer split: output would depend on file order and worker count.
 * Likewise, new prefix/suffix/shape values get ever larger indices that at
 * some point overflow their packed bit fields (`packedFeatures`): a document
 * that overflows is read again on a fresh instance.
 *
 * wink reads the lexicon through two paths: the tokenizer's lookup (is this a
 * known word?) uses the table it captured when the instance was built, and
 * adding a token's features uses `features.lexeme.hash`. The first keeps only
 * the model's own words plus the current document's; the second is a full
 * table of every plain word seen, so an out-of-vocabulary word's features
 * are computed once and reused. Every document thus tokenizes as on a fresh
 * instance. The instance is rebuilt when the word list grows large, which
 * keeps memory flat without changing output.
 */
class IsolatedWink {
  private nlp!: WinkNlp;
  private lexeme!: LexemeFeature;
  private packed: PackedFeature[] = [];
  /** False right after a (re)build: the instance is as fresh as it gets. */
  private used = false;
  private mustRebuild = false;
  /** The tokenizer's lookup table: model words + the current document's. */
  private lookupTable!: Record<string, number>;
  /** Words added to the lookup table for the current document. */
  private documentWords: string[] = [];
  static readonly MAX_EXTRA_WORDS = 50_000;
  /** How often the instance was built (for tests and benchmarks). */
  rebuilds = 0;

  constructor(private readonly pipe: string[]) {
    this.rebuild();
  }

  /** Starts afresh, as a new instance (also used by tests). */
  rebuild(): void {
    winkNLP ??= load('wink-nlp') as typeof winkNLPType;
    model ??= load('wink-eng-lite-web-model');
    const base = model as WinkModel;
    const wrapped = Object.create(base) as WinkModel;
    if (base.metaCER) wrapped.metaCER = () => (metaCER ??= base.metaCER!.call(base));
    wrapped.core = () => {
      const core = base.core();
      this.lexeme = core.features.lexeme;
      this.packed = packedFeatures(core);
      return core;
    };
    this.nlp = winkNLP(wrapped as never, this.pipe as never);
    this.used = false;
    this.mustRebuild = false;
    this.rebuilds++;
    // The instance's cache has captured the original table for lookups; the add path gets
    // a view of the full one: the model's words (in `lookup`) plus every word added since.
    const lookup = this.lexeme.hash;
    const added: Record<string, number> = Object.create(null);
    const intrinsic = this.lexeme.intrinsicSize;
    const words: string[] = [];
    this.documentWords = words;
    const show = (key: string, index: number): void => {
      if (lookup[key] === undefined) {
        lookup[key] = index;
        words.push(key);
      }
    };
    this.lookupTable = lookup;
    this.lexeme.hash = new Proxy(added, {
      get(target, key) {
        const own = lookup[key as string];
        if (own !== undefined && own < intrinsic) return own;
        const index = target[key as string];
        if (index === undefined) return undefined;
        // wink stores a new word's features with the token category of its first
        // occurrence ("260" as a number, or as a word split off "S.260"); only
        // plain words, whose category is always "word", are reused across documents.
        if (!isPlainWord(key as string)) return undefined;
        show(key as string, index);
        return index;
      },
      set(target, key, index: number) {
        target[key as string] = index;
        show(key as string, index);
        return true;
      },
    });
  }

  /** Reads one document with the lexicon as a fresh instance would have it. */
  readDoc(text: string): ReturnType<WinkNlp['readDoc']> {
    for (const word of this.documentWords) delete this.lookupTable[word];
    this.documentWords.length = 0;
    if (this.mustRebuild || this.lexeme.list.length - this.lexeme.intrinsicSize > IsolatedWink.MAX_EXTRA_WORDS)
      this.rebuild();
    const fresh = !this.used;
    this.used = true;
    let wdoc = this.nlp.readDoc(text);
    if (this.packed.some((f) => f.list.length > f.capacity)) {
      // A packed index overflowed: redo the document on a fresh instance (where it
      // overflows only if plain wink would too), and start the next one afresh.
      if (!fresh) {
        this.rebuild();
        this.used = true;
        wdoc = this.nlp.readDoc(text);
      }
      this.mustRebuild = true;
    }
    return wdoc;
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
const SPACE_OR_TAB = /[ \t]/;

export const tokenize: StageDefinition = {
  name: 'tokenize',
  requires: ['text'],
  provides: ['tokens'],
  warm() {
    wink();
  },
  create() {
    const nlp = wink();
    const its = nlp.its;
    return (doc: Document): Document => {
      const runs = longRuns(doc.text);
      const text = blankRuns(doc.text, runs);
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
        // Spaces are skipped first (indentation, blanked runs; wink's own tokens include
        // newlines but no spaces), then the value is searched in a window, so a value wink
        // altered costs no scan of the rest of the text.
        while (cursor < text.length && SPACE_OR_TAB.test(text[cursor]) && value[0] !== text[cursor]) cursor++;
        const found = text.slice(cursor, cursor + SEARCH_SLACK + 2 * value.length).indexOf(value);
        const at = found < 0 ? -1 : cursor + found;
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
      const next = copyDocument(doc);
      next.tokens = withRunTokens(tokens, runs, doc.text);
      next.numericMentions = numericMentions;
      return next;
    };
  },
};
