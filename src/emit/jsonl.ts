/**
 * emit: Document → contract records (one per segment). The only place that
 * knows the JSONL shape; all offsets become code points of the original here.
 */
import type { Commitment, Document, Entity, Span } from '../document.js';
import { collapseWhitespace } from '../offsets.js';

export const SCHEMA = 'jsa/1';

export interface SpanRecord {
  start: number;
  end: number;
  text: string;
}
export interface EntityRecord extends SpanRecord {
  type: string;
  id: string | null;
}
export interface CommitmentRecord {
  trigger: SpanRecord;
  category: string;
  /** Absent in gold files (added to the contract later); jsa always writes it. */
  lemma?: string;
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
    lemma: c.lemma,
    strength: c.strength,
    reiterated: c.reiterated,
    negated: c.negated,
    actor: c.actor ? spanRecord(doc, c.actor) : null,
    parties: [...c.parties].sort(),
    content: c.content ? spanRecord(doc, c.content) : null,
  };
}

const inside = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

const sortedByStart = (spans: Span[]): boolean => {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
};

/**
 * The records of one document, in segment order, one at a time: emitting a long
 * document then never holds every record alive at once (old-space GC grew with it).
 */
export function* eachRecord(doc: Document): Generator<SegmentRecord> {
  let section: string | null = null;
  const { segments, entities: ents, commitments: comms } = doc;
  const triggers = comms.map((c) => c.trigger);
  // Both sorted (as the pipeline makes them): walk commitments with a cursor
  // instead of filtering all of them per segment (O(n·m) on long documents).
  const walk = sortedByStart(segments) && sortedByStart(triggers);
  let e = 0;
  let c = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const base = spanRecord(doc, seg);
    while (e < ents.length && ents[e].end <= seg.start) e++;
    const entities: EntityRecord[] = [];
    for (let k = e; k < ents.length && ents[k].start < seg.end; k++) {
      if (inside(seg, ents[k])) entities.push(entityRecord(doc, ents[k]));
    }
    const commitments: CommitmentRecord[] = [];
    if (walk) {
      while (c < comms.length && triggers[c].end < seg.start) c++; // `<`: an empty trigger at seg.start is inside
      for (let k = c; k < comms.length && triggers[k].start < seg.end; k++) {
        if (inside(seg, triggers[k])) commitments.push(commitmentRecord(doc, comms[k]));
      }
    } else {
      for (const cm of comms) if (inside(seg, cm.trigger)) commitments.push(commitmentRecord(doc, cm));
    }
    yield {
      schema: SCHEMA,
      doc: doc.id,
      seg: i,
      kind: seg.kind,
      start: base.start,
      end: base.end,
      section,
      text: base.text,
      entities,
      commitments,
    };
    if (seg.kind === 'heading') section = base.text;
  }
}

/** The records of one document, in segment order. */
export function toRecords(doc: Document): SegmentRecord[] {
  return [...eachRecord(doc)];
}

/** The `.jsonl` file content of one document: one line per segment, `\n` endings. */
export function toJsonl(doc: Document): string {
  // One join instead of `+=`: a rope of one node per segment is slow to flatten and to collect.
  const lines: string[] = [];
  for (const r of eachRecord(doc)) lines.push(JSON.stringify(r));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
