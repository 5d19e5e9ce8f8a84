/**
 * The flat tables of `jsa export`: one row per item, with the document's metadata
 * joined in, so notebooks need neither nested JSON nor file-name parsing.
 */
import type { SegmentRecord } from '../emit/jsonl.js';
import type { Cell } from './csv.js';
import type { DocMeta } from './meta.js';

export const TABLES = {
  documents: ['doc', 'title', 'date', 'year', 'source', 'segments', 'entities', 'commitments'],
  segments: [
    'doc',
    'title',
    'date',
    'year',
    'seg',
    'kind',
    'start',
    'end',
    'section',
    'text',
    'n_entities',
    'n_commitments',
  ],
  entities: ['doc', 'title', 'date', 'year', 'seg', 'start', 'end', 'type', 'id', 'key', 'text'],
  commitments: [
    'doc',
    'title',
    'date',
    'year',
    'seg',
    'commitment',
    'sentence',
    'trigger',
    'trigger_start',
    'trigger_end',
    'lemma',
    'category',
    'strength',
    'reiterated',
    'negated',
    'actor',
    'parties',
    'content',
  ],
  commitment_parties: ['doc', 'title', 'date', 'year', 'seg', 'commitment', 'category', 'lemma', 'party'],
} as const;

export type TableName = keyof typeof TABLES;

export type Rows = Record<TableName, Cell[][]>;

/** Every table's rows for one document. */
export function documentRows(doc: string, meta: DocMeta, records: SegmentRecord[]): Rows {
  const m = [doc, meta.title, meta.date, meta.year] as Cell[];
  const rows: Rows = { documents: [], segments: [], entities: [], commitments: [], commitment_parties: [] };
  let entities = 0;
  let commitment = 0;
  for (const r of records) {
    rows.segments.push([
      ...m,
      r.seg,
      r.kind,
      r.start,
      r.end,
      r.section,
      r.text,
      r.entities.length,
      r.commitments.length,
    ]);
    for (const e of r.entities) {
      // The key counts a name with its abbreviations when the pipeline gave them one id.
      rows.entities.push([...m, r.seg, e.start, e.end, e.type, e.id, e.id ?? e.text, e.text]);
      entities++;
    }
    for (const c of r.commitments) {
      const lemma = (c as { lemma?: string | null }).lemma ?? null;
      rows.commitments.push([
        ...m,
        r.seg,
        commitment,
        r.text,
        c.trigger.text,
        c.trigger.start,
        c.trigger.end,
        lemma,
        c.category,
        c.strength,
        c.reiterated,
        c.negated,
        c.actor?.text ?? null,
        c.parties.join(';'),
        c.content?.text ?? null,
      ]);
      for (const party of c.parties) rows.commitment_parties.push([...m, r.seg, commitment, c.category, lemma, party]);
      commitment++;
    }
  }
  rows.documents.push([doc, meta.title, meta.date, meta.year, meta.source, records.length, entities, commitment]);
  return rows;
}
