/**
 * The one document type every stage reads and enriches.
 *
 * All spans on a Document are UTF-16 indices into `doc.text`, the normalized
 * view (markup removed, same words, same line structure). Only `emit` turns
 * them into code-point offsets of the original file, through `doc.offsets`.
 */
import type { OffsetMap } from './offsets.js';

/** Half-open range [start, end) of UTF-16 indices into `doc.text`. */
export interface Span {
  start: number;
  end: number;
}

export type SegmentKind = 'sentence' | 'heading';

export interface Segment extends Span {
  kind: SegmentKind;
}

export const GOLD_ENTITY_TYPES = ['PERSON', 'GPE', 'NORP', 'ORG', 'LOC', 'FAC', 'LAW', 'EVENT', 'DATE'] as const;
export const NUMERIC_ENTITY_TYPES = ['CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'QUANTITY', 'TIME'] as const;
export type EntityType = (typeof GOLD_ENTITY_TYPES)[number] | (typeof NUMERIC_ENTITY_TYPES)[number];

export interface Entity extends Span {
  type: EntityType;
  /** ISO 3166-1 alpha-3 for GPE/NORP, canonical name for ORG/PERSON/…, or null. */
  id: string | null;
}

export const COMMITMENT_CATEGORIES = [
  'COMMIT',
  'CONSIDER',
  'TASK',
  'ENGAGE',
  'AFFIRM',
  'SUPPORT',
  'WELCOME',
  'CALL_ON',
  'CONCERN',
  'OPPOSE',
  'WARN',
  'ACT',
  'EXPRESS',
] as const;
export type CommitmentCategory = (typeof COMMITMENT_CATEGORIES)[number];

export interface Commitment {
  trigger: Span;
  category: CommitmentCategory;
  /** The trigger in base form, lower case: the words that name the stance (`express concern`). */
  lemma: string;
  /** 0–5 for COMMIT, CONSIDER, TASK, ENGAGE; null otherwise. */
  strength: number | null;
  reiterated: boolean;
  negated: boolean;
  actor: Span | null;
  /** Sorted ISO3 codes or canonical organization names; [] when unknown. */
  parties: string[];
  content: Span | null;
}

/** A finding about the document, kept as data (cf. vfile-message). */
export interface Diagnostic {
  stage: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  span?: Span;
}

/** A word or punctuation token from wink-nlp, located in `doc.text`. */
export interface Token extends Span {
  /** Universal POS tag from wink-nlp (NOUN, VERB, AUX, PROPN, …). */
  pos: string;
  /** Lower-cased lemma from wink-nlp. */
  lemma: string;
  /** wink token type: word, number, punctuation, symbol, currency, … */
  type: string;
}

/** A numeric or temporal entity proposed by wink-nlp (DATE, DURATION, CARDINAL, MONEY, …). */
export interface NumericMention extends Span {
  type: string;
}

export interface DocumentMeta {
  title?: string;
  date?: string;
  source?: string;
}

export interface Document {
  /** Document id: the input file name without extension. */
  id: string;
  /** Decoded input with one leading BOM removed: what offsets point into. */
  original: string;
  /** Normalized view: markup, front matter and junk removed. */
  text: string;
  /** Maps spans of `text` back to the original (UTF-16 and code points). */
  offsets: OffsetMap;
  meta: DocumentMeta;
  /**
   * Spans of `text` that markup declares to be headings (`# …`, `**…**` on
   * its own line, `<u>…</u>`, `<h2>…`), set by normalize for segment.
   */
  headingHints: Span[];
  /** Tokens of `text`, from one wink-nlp pass over the whole document. */
  tokens: Token[];
  /** wink-nlp's numeric and temporal entities, as proposals for the entity stage. */
  numericMentions: NumericMention[];
  segments: Segment[];
  /** Entities in text order, flat and non-overlapping. */
  entities: Entity[];
  /** Commitments in trigger order. */
  commitments: Commitment[];
  diagnostics: Diagnostic[];
}

/**
 * A copy of `doc` for a stage to enrich (`next.tokens = …; return next`).
 * Every document is made by this one constructor, never `{ ...doc, tokens }`
 * or `enrich(doc, { tokens })`: object literals gave documents deprecated
 * hidden classes, and V8 then deoptimized stage code on every document.
 */
export function copyDocument(doc: Document): Document {
  return new DocumentRecord(doc);
}

// The fields come from the Document interface (declaration merging); the constructor copies them in one go.
// biome-ignore lint/correctness/noUnusedVariables: merged with the class below
interface DocumentRecord extends Document {}
class DocumentRecord {
  constructor(d: Document) {
    Object.assign(this, d);
  }
}
