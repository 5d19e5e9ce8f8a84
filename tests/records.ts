/** Contract records for unit tests of eval and diff: only the fields a test cares about are given. */
import type { CommitmentRecord } from '../src/emit/jsonl.js';

/** A commitment with trigger [start, end) and defaults for every other field. */
export const com = (
  start: number,
  end: number,
  category: string,
  extra: Partial<CommitmentRecord> = {},
): CommitmentRecord => ({
  trigger: { start, end, text: 'x' },
  category,
  strength: null,
  reiterated: false,
  negated: false,
  actor: null,
  parties: [],
  content: null,
  ...extra,
});
