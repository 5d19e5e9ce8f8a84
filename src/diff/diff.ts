/**
 * Item-level differences between two versions of one document (OLD → NEW): segments by
 * exact span, entities and commitments paired by the eval matcher, then field by field.
 * `jsa diff` shows all fields; `jsa eval --errors` passes only the fields it scores.
 */
import type { SegmentRecord } from '../emit/jsonl.js';
import { greedyMatch, overlap, segmentLocator, type Range } from '../eval/match.js';
import { commitmentsOf, entitiesOf, type ItemKind, type Located } from './items.js';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface ItemDiff {
  kind: ItemKind;
  /** `seg` of the segment holding the item (OLD's for removed and changed, NEW's for added). */
  seg: number;
  sentence: string;
  old?: unknown;
  new?: unknown;
  fields?: FieldChange[];
}

/** Sentences are cut here in the listing: a pathological 'segment' of a whole file must not be copied per item. */
export const SENTENCE_CHARS = 1000;
const sentenceOf = (r: SegmentRecord): string =>
  r.text.length > SENTENCE_CHARS ? `${r.text.slice(0, SENTENCE_CHARS)}…` : r.text;

export interface DocDiff {
  added: ItemDiff[];
  removed: ItemDiff[];
  changed: ItemDiff[];
}

/** Which fields count as a change; null: every field. */
export interface FieldFilter {
  segment: string[] | null;
  entity: string[] | null;
  commitment: string[] | null;
}

export const ALL_FIELDS: FieldFilter = { segment: null, entity: null, commitment: null };

/** Fields never compared on segments: their position and their nested items (diffed as items). */
const SEGMENT_PARTS = new Set(['seg', 'entities', 'commitments']);

function changedFields(a: object, b: object, only: string[] | null, skip: Set<string> = new Set()): FieldChange[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = only ?? [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !skip.has(k));
  return keys
    .filter((k) => JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null))
    .map((k) => ({ field: k, old: x[k] ?? null, new: y[k] ?? null }));
}

/** Pairing score: exact span first, then same label, then share of overlap (always > 0 for overlapping spans). */
const pairScore = (a: Range, b: Range, sameLabel: boolean): number =>
  (a.start === b.start && a.end === b.end ? 4 : 0) +
  (sameLabel ? 2 : 0) +
  overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

export function diffDocument(
  oldRecs: SegmentRecord[],
  newRecs: SegmentRecord[],
  fields: FieldFilter = ALL_FIELDS,
): DocDiff {
  const out: DocDiff = { added: [], removed: [], changed: [] };
  const removed = (kind: ItemKind, at: number, record: unknown) =>
    out.removed.push({ kind, seg: oldRecs[at].seg, sentence: sentenceOf(oldRecs[at]), old: record });
  const added = (kind: ItemKind, at: number, record: unknown) =>
    out.added.push({ kind, seg: newRecs[at].seg, sentence: sentenceOf(newRecs[at]), new: record });
  const compare = (kind: ItemKind, o: Located<object>, n: Located<object>, changes: FieldChange[]) => {
    if (changes.length) {
      out.changed.push({
        kind,
        seg: oldRecs[o.at].seg,
        sentence: sentenceOf(newRecs[n.at]),
        old: o.record,
        new: n.record,
        fields: changes,
      });
    }
  };

  const oldBySpan = new Map(oldRecs.map((r, at) => [`${r.start}:${r.end}`, at]));
  const pairedOld = new Set<number>();
  newRecs.forEach((r, at) => {
    const o = oldBySpan.get(`${r.start}:${r.end}`);
    if (o === undefined) return added('segment', at, strip(r));
    pairedOld.add(o);
    compare(
      'segment',
      { record: oldRecs[o], at: o },
      { record: r, at },
      changedFields(oldRecs[o], r, fields.segment, SEGMENT_PARTS),
    );
  });
  oldRecs.forEach((r, at) => {
    if (!pairedOld.has(at)) removed('segment', at, strip(r));
  });

  const oldEnts = entitiesOf(oldRecs);
  const newEnts = entitiesOf(newRecs);
  const entPairs = greedyMatch(newEnts, oldEnts, { pred: (n) => n.record, gold: (o) => o.record }, (n, o) =>
    pairScore(n.record, o.record, n.record.type === o.record.type),
  );
  pairsToDiff('entity', oldEnts, newEnts, entPairs, (o, n) =>
    compare('entity', o, n, changedFields(o.record, n.record, fields.entity)),
  );

  // A commitment pairs only with one whose trigger lies in the same OLD segment (guide §4).
  const oldSegOf = segmentLocator(oldRecs);
  const oldComs = commitmentsOf(oldRecs);
  const newComs = commitmentsOf(newRecs);
  const comPairs = greedyMatch(
    newComs,
    oldComs,
    { pred: (n) => n.record.trigger, gold: (o) => o.record.trigger },
    (n, o) =>
      oldSegOf(n.record.trigger.start) === o.at
        ? pairScore(n.record.trigger, o.record.trigger, n.record.category === o.record.category)
        : 0,
  );
  pairsToDiff('commitment', oldComs, newComs, comPairs, (o, n) =>
    compare('commitment', o, n, changedFields(o.record, n.record, fields.commitment)),
  );
  return out;

  function pairsToDiff<T extends object>(
    kind: ItemKind,
    olds: Array<Located<T>>,
    news: Array<Located<T>>,
    pairs: Array<[Located<T>, Located<T>]>,
    onPair: (o: Located<T>, n: Located<T>) => void,
  ): void {
    const pairedNew = new Set(pairs.map(([n]) => n));
    const pairedOlds = new Set(pairs.map(([, o]) => o));
    for (const n of news) if (!pairedNew.has(n)) added(kind, n.at, n.record);
    for (const o of olds) if (!pairedOlds.has(o)) removed(kind, o.at, o.record);
    for (const [n, o] of pairs) onPair(o, n);
  }
}

/** A segment without its nested items, which are diffed on their own. */
function strip(r: SegmentRecord): Omit<SegmentRecord, 'entities' | 'commitments'> {
  const { entities: _e, commitments: _c, ...rest } = r;
  return rest;
}

export const isEmptyDiff = (d: DocDiff): boolean => !d.added.length && !d.removed.length && !d.changed.length;
