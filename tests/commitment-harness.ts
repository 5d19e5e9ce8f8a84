/** Shared harness for commitment tests: tokenize + commitments on hand-written sentences with hand-placed entities. */
import type { Document, Entity } from '../src/document.js';
import { DataLoader } from '../src/data/load.js';
import { DEFAULT_PIPELINE_DIR, emptyDocument } from '../src/pipeline.js';
import { tokenize } from '../src/stages/tokenize.js';
import { commitments } from '../src/stages/commitments.js';
import { loadLexicon } from '../src/stages/commitments/lexicon.js';

export const data = new DataLoader(DEFAULT_PIPELINE_DIR);
export const lex = loadLexicon(data, 'lexicons/commitments.yml', 'lexicons/stance-nouns.yml');
const tok = tokenize.create({}, { data });
const stage = commitments.create(
  { lexicon: 'lexicons/commitments.yml', stanceNouns: 'lexicons/stance-nouns.yml' },
  { data },
);

/** Entities for a test text: [surface, type, id] found by first occurrence after the previous one. */
export type Ent = [string, Entity['type'], string | null];

/** Runs tokenize + commitments on sentences (one per line) with the given entities. */
export function run(lines: string[], ents: Ent[] = [], title?: string): Document {
  const text = lines.join('\n');
  const doc = tok(emptyDocument('t', text, title ? { title } : {}));
  let at = 0;
  const segments = lines.map((l) => {
    const start = text.indexOf(l, at);
    at = start + l.length;
    return { start, end: at, kind: 'sentence' as const };
  });
  const cursor = new Map<string, number>();
  const entities: Entity[] = ents
    .map(([surface, type, id]) => {
      const start = text.indexOf(surface, cursor.get(surface) ?? 0);
      if (start < 0) throw new Error(`no ${surface}`);
      cursor.set(surface, start + surface.length);
      return { start, end: start + surface.length, type, id };
    })
    .sort((a, b) => a.start - b.start);
  return stage({ ...doc, segments, entities });
}

/** An opening that makes Norway and Kenya the statement's participants. */
export const OPEN = 'The leaders of Norway and Kenya met in Nairobi today.';
export const OPEN_ENTS: Ent[] = [
  ['Norway', 'GPE', 'NOR'],
  ['Kenya', 'GPE', 'KEN'],
  ['Nairobi', 'GPE', 'KEN'],
];

/** The commitments of `doc` as strings and fields a test asserts on. */
export const view = (doc: Document) =>
  doc.commitments.map((c) => ({
    trigger: doc.text.slice(c.trigger.start, c.trigger.end).replace(/\s+/g, ' '),
    lemma: c.lemma,
    category: c.category,
    strength: c.strength,
    negated: c.negated,
    reiterated: c.reiterated,
    actor: c.actor ? doc.text.slice(c.actor.start, c.actor.end) : null,
    parties: c.parties,
  }));
