/**
 * Sharding: a document belongs to shard `hash(id) mod N`, so N independent
 * runs (a Kubernetes indexed Job, a Slurm array, GNU parallel) split a corpus
 * without coordination, and a document stays in its shard as the corpus grows.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 0-based index of this shard, 0 ≤ index < count. */
  index: number;
  count: number;
}

/** Parses `K/N` (0 ≤ K < N); returns an error message or the shard. */
export function parseShard(value: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m) return `--shard expects K/N (e.g. 0/4), got "${value}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 1_000_000) return `--shard: N must be between 1 and 1000000, got ${count}`;
  if (index >= count) return `--shard: K is 0-based and must be below N (0..${count - 1}), got ${index}`;
  return { index, count };
}

/** The shard a document id falls in (first 48 bits of SHA-256 of the id, mod N). */
export function shardOf(id: string, count: number): number {
  if (count === 1) return 0;
  const h = createHash('sha256').update(id).digest();
  return h.readUIntBE(0, 6) % count;
}

export const inShard = (id: string, shard: Shard | null): boolean =>
  shard === null || shardOf(id, shard.count) === shard.index;

/** File-name tag of a shard's manifest: `shard-2-of-8`. */
export const shardTag = (shard: Shard): string => `shard-${shard.index}-of-${shard.count}`;
