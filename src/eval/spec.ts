/**
 * Hand-written gold specs → contract records. A spec lists strings in
 * document order (the format of ../shared/gold/spec): segments as [kind, text],
 * entities as [text, type, id], commitments with their segment index. Strings
 * are located in the original text, whitespace and simple markup skipped, so
 * annotators never count offsets.
 */
import type { CommitmentRecord, EntityRecord, SegmentRecord, SpanRecord } from '../emit/jsonl.js';
import { CodePointIndex, collapseWhitespace } from '../offsets.js';
import { escapeRegExp } from '../text/regexp.js';

export interface GoldSpec {
  doc: string;
  parties?: string[];
  segments: Array<['S' | 'H', string]>;
  entities: Array<[string, string, string | null]>;
  commitments: Array<{
    s: number;
    trigger: string;
    category: string;
    actor: string | null;
    parties: string[];
    strength: number | null;
    reiterated?: boolean;
    negated?: boolean;
  }>;
}

const GAP = String.raw`(?:\s|<[^<>\n]{0,40}>|\*\*|__|\\)+`;

function pattern(text: string): RegExp {
  return new RegExp(text.trim().split(/\s+/).map(escapeRegExp).join(GAP), 'gu');
}

export class SpecError extends Error {}

export function specToRecords(spec: GoldSpec, original: string): SegmentRecord[] {
  const cps = new CodePointIndex(original);
  const find = (text: string, from: number, to: number, what: string): { start: number; end: number } => {
    const re = pattern(text);
    re.lastIndex = from;
    const m = re.exec(original);
    if (!m || m.index + m[0].length > to) throw new SpecError(`${spec.doc}: ${what} ${JSON.stringify(text)} not found`);
    return { start: m.index, end: m.index + m[0].length };
  };
  const record = (u: { start: number; end: number }, text: string): SpanRecord => ({
    start: cps.toCodePoint(u.start),
    end: cps.toCodePoint(u.end),
    text: collapseWhitespace(text),
  });
  // Front matter is metadata, never a segment, though it may repeat the title.
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(original);
  let cursor = frontMatter ? frontMatter[0].length : 0;
  const segSpans = spec.segments.map(([, text], i) => {
    const u = find(text, cursor, original.length, `segment ${i}`);
    cursor = u.end;
    return u;
  });
  const records: SegmentRecord[] = [];
  let section: string | null = null;
  segSpans.forEach((u, i) => {
    const [kind, text] = spec.segments[i];
    records.push({
      schema: 'jsa/1',
      doc: spec.doc,
      seg: i,
      kind: kind === 'H' ? 'heading' : 'sentence',
      ...record(u, text),
      section,
      entities: [],
      commitments: [],
    });
    if (kind === 'H') section = collapseWhitespace(text);
  });
  const segmentAt = (u16: number): number => segSpans.findIndex((s) => u16 >= s.start && u16 < s.end);
  // Entities are searched inside segments only: the same words may occur in
  // front matter or junk lines before them.
  cursor = segSpans.length ? segSpans[0].start : 0;
  for (const [text, type, id] of spec.entities) {
    let u = find(text, cursor, original.length, 'entity');
    while (segmentAt(u.start) < 0) u = find(text, u.end, original.length, 'entity');
    cursor = u.end;
    const seg = segmentAt(u.start);
    records[seg].entities.push({ ...record(u, text), type, id } as EntityRecord);
  }
  const triggerCursor = new Map<number, number>();
  for (const c of spec.commitments) {
    const seg = segSpans[c.s];
    if (!seg) throw new SpecError(`${spec.doc}: commitment segment ${c.s} does not exist`);
    const t = find(c.trigger, triggerCursor.get(c.s) ?? seg.start, seg.end, `trigger in segment ${c.s}`);
    triggerCursor.set(c.s, t.start + 1);
    let actor: SpanRecord | null = null;
    if (c.actor) {
      const a = find(c.actor, seg.start, seg.end, `actor in segment ${c.s}`);
      actor = record(a, c.actor);
    }
    records[c.s].commitments.push({
      trigger: record(t, c.trigger),
      category: c.category,
      strength: c.strength,
      reiterated: c.reiterated ?? false,
      negated: c.negated ?? false,
      actor,
      parties: [...c.parties].sort(),
      content: null,
    } as CommitmentRecord);
  }
  for (const r of records) r.commitments.sort((a, b) => a.trigger.start - b.trigger.start);
  return records;
}
