/** A document's records as flat items (entities, commitments) that know their segment. */
import type { CommitmentRecord, EntityRecord, SegmentRecord } from '../emit/jsonl.js';

export type ItemKind = 'segment' | 'entity' | 'commitment';

export interface Located<T> {
  record: T;
  /** Index of the record's segment in its document's record list (not `seg`, which may be anything). */
  at: number;
}

export const entitiesOf = (records: SegmentRecord[]): Array<Located<EntityRecord>> =>
  records.flatMap((s, at) => s.entities.map((record) => ({ record, at })));

export const commitmentsOf = (records: SegmentRecord[]): Array<Located<CommitmentRecord>> =>
  records.flatMap((s, at) => s.commitments.map((record) => ({ record, at })));

/** The words a person reads to recognise an item. */
export function itemLabel(kind: ItemKind, r: SegmentRecord | EntityRecord | CommitmentRecord): string {
  if (kind === 'segment') return (r as SegmentRecord).kind;
  if (kind === 'entity') return `${JSON.stringify((r as EntityRecord).text)} ${(r as EntityRecord).type}`;
  const c = r as CommitmentRecord;
  return `${JSON.stringify(c.trigger.text)} ${c.category}`;
}
