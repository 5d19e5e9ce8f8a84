/**
 * emit: Document → contract records (one per segment). The only place that
 * knows the JSONL shape; all offsets become code points of the original here.
 */
import type { Commitment, Document, Entity, Span } from '../document.js';
import { collapseWhitespace } from '../offsets.js';

export const SCHEMA = 'jsa/1';

export interface SpanRecord { start: number; end: number; text: string }
export interface EntityRecord extends SpanRecord { type: string; id: string | null }
export interface CommitmentRecord {
  trigger: SpanRecord;
  category: string;
  strength: number | null;
  reiterated: boolean;
  negated: boolean;
  actor: SpanRecord | null;
  parties: string[];
  content: SpanRecord | null;
}
export interface SegmentRecord {
  schema: string;
  doc: string;
  seg: number;
  kind: 'sentence' | 'heading';
  start: number;
  end: number;
  section: string | null;
  text: string;
  entities: EntityRecord[];
  commitments: CommitmentRecord[];
}

function spanRecord(doc: Document, span: Span): SpanRecord {
  const { start, end } = doc.offsets.toOriginal(span);
  return { start, end, text: collapseWhitespace(doc.text.slice(span.start, span.end)) };
}

function entityRecord(doc: Document, e: Entity): EntityRecord {
  const { start, end, text } = spanRecord(doc, e);
  return { start, end, text, type: e.type, id: e.id };
}

function commitmentRecord(doc: Document, c: Commitment): CommitmentRecord {
  return {
    trigger: spanRecord(doc, c.trigger),
    category: c.category,
    strength: c.strength,
    reiterated: c.reiterated,
    negated: c.negated,
    actor: c.actor ? spanRecord(doc, c.actor) : null,
    parties: [...c.parties].sort(),
    content: c.content ? spanRecord(doc, c.content) : null,
  };
}

const inside = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The records of one document, in segment order. */
export function toRecords(doc: Document): SegmentRecord[] {
  let section: string | null = null;
  let e = 0;
  const records: SegmentRecord[] = [];
  doc.segments.forEach((seg, i) => {
    const base = spanRecord(doc, seg);
    while (e < doc.entities.length && doc.entities[e].end <= seg.start) e++;
    const entities: EntityRecord[] = [];
    for (let k = e; k < doc.entities.length && doc.entities[k].start < seg.end; k++) {
      if (inside(seg, doc.entities[k])) entities.push(entityRecord(doc, doc.entities[k]));
    }
    const commitments = doc.commitments
      .filter((c) => inside(seg, c.trigger))
      .map((c) => commitmentRecord(doc, c));
    records.push({
      schema: SCHEMA, doc: doc.id, seg: i, kind: seg.kind, start: base.start, end: base.end,
      section, text: base.text, entities, commitments,
    });
    if (seg.kind === 'heading') section = base.text;
  });
  return records;
}

/** The `.jsonl` file content of one document: one line per segment, `\n` endings. */
export function toJsonl(doc: Document): string {
  return toRecords(doc).map((r) => JSON.stringify(r)).join('\n') + (doc.segments.length ? '\n' : '');
}
