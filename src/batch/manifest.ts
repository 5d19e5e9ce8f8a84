/**
 * The run manifest, `OUT/_manifest.json` (`OUT/_manifest.shard-K-of-N.json`
 * for a shard): which inputs were read with their SHA-256, what each produced
 * or why it failed, the pipeline and its configHash, the options, and the
 * run-variable facts (timings, dates, memory) that never go into `.jsonl`.
 * It is written atomically, also as a checkpoint during the run, and read
 * back by the next run to skip unchanged documents.
 */
import { join } from 'node:path';
import { writeFileAtomic, writeFileAtomicAsync } from './atomic.js';
import { shown } from './errors.js';
import type { EntryMeta } from './meta.js';
import { shardTag, type Shard } from './shard.js';

export const MANIFEST_SCHEMA = 'jsa-manifest/1';

export type DocumentStatus = 'annotated' | 'skipped' | 'failed';

export interface Counts {
  segments: number;
  entities: number;
  commitments: number;
  tokens: number;
}

export interface ManifestEntry extends Partial<Counts> {
  id: string;
  /** Input path as reached from the command line. */
  input: string;
  /** SHA-256 of the input bytes; null when the file was not read. */
  sha256: string | null;
  bytes: number;
  status: DocumentStatus;
  /** Output file name inside the output folder; null when none was written. */
  output: string | null;
  /** configHash of the pipeline that wrote `output`. */
  configHash: string | null;
  /** Size and SHA-256 of `output` as written, so a rerun notices a truncated or changed output. */
  outputBytes?: number;
  outputSha256?: string;
  /** From the front matter; null for a failed document. */
  meta?: EntryMeta | null;
  /** Why it failed: too-large, binary, nul-byte, invalid-utf8, timeout, pipeline-error, … */
  reason?: string;
  message?: string;
  /** Something worth knowing about a success, e.g. an empty input. */
  note?: string;
}

export interface Totals extends Counts {
  documents: number;
  annotated: number;
  skipped: number;
  failed: number;
  bytes: number;
}

export interface Manifest {
  manifest: typeof MANIFEST_SCHEMA;
  tool: { name: 'jsa'; version: string };
  pipeline: { name: string; dir: string; configHash: string };
  options: Record<string, unknown>;
  /** False in the checkpoints written during a run. */
  complete: boolean;
  startedAt: string;
  finishedAt: string | null;
  seconds: number;
  peakRssMB: number;
  totals: Totals;
  /** Milliseconds per stage, summed over the documents annotated in this run (plus read/write). */
  timingsMs: Record<string, number>;
  /** One entry per input, sorted by id then path (a checkpoint: in the order finished). */
  documents: ManifestEntry[];
  /** For a merged manifest: the manifests it was made from. */
  mergedFrom?: string[];
}

export function manifestName(shard: Shard | null): string {
  return shard ? `_manifest.${shardTag(shard)}.json` : '_manifest.json';
}

export const emptyTotals = (): Totals => ({
  documents: 0,
  annotated: 0,
  skipped: 0,
  failed: 0,
  bytes: 0,
  segments: 0,
  entities: 0,
  commitments: 0,
  tokens: 0,
});

export function totalsOf(entries: Iterable<ManifestEntry>): Totals {
  const t = emptyTotals();
  for (const e of entries) {
    t.documents++;
    t[e.status]++;
    t.bytes += e.bytes;
    if (e.status !== 'failed') {
      t.segments += e.segments ?? 0;
      t.entities += e.entities ?? 0;
      t.commitments += e.commitments ?? 0;
      t.tokens += e.tokens ?? 0;
    }
  }
  return t;
}

const byIdThenInput = (a: ManifestEntry, b: ManifestEntry): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : a.input < b.input ? -1 : a.input > b.input ? 1 : 0;

export function sortEntries(entries: ManifestEntry[]): ManifestEntry[] {
  return entries.sort(byIdThenInput);
}

export function writeManifest(dir: string, name: string, manifest: Manifest): void {
  writeFileAtomic(join(dir, name), manifestText(manifest));
}

/** A checkpoint during a run: compact JSON, written without blocking this thread on the disk. */
export function writeManifestAsync(dir: string, name: string, manifest: Manifest): Promise<void> {
  return writeFileAtomicAsync(join(dir, name), `${JSON.stringify(manifest)}\n`);
}

const manifestText = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 1)}\n`;

/**
 * Merges shard manifests into one: documents concatenated (a later manifest
 * wins for an id+input seen twice), totals recomputed, timings summed,
 * seconds = the longest shard (they ran in parallel). Warns via `warn` when
 * the shards ran different configurations.
 */
export function mergeManifests(
  named: Array<{ file: string; manifest: Manifest }>,
  warn: (msg: string) => void,
): Manifest {
  if (named.length === 0) throw new Error('nothing to merge');
  const first = named[0].manifest;
  const docs = new Map<string, ManifestEntry>();
  const timings: Record<string, number> = {};
  let seconds = 0;
  let peak = 0;
  let complete = true;
  for (const { file, manifest: m } of named) {
    if (m.pipeline.configHash !== first.pipeline.configHash) {
      warn(
        `${shown(file)}: configHash ${m.pipeline.configHash.slice(0, 12)}… differs from ${shown(named[0].file)}'s ${first.pipeline.configHash.slice(0, 12)}…`,
      );
    }
    if (!m.complete) warn(`${shown(file)}: the run did not finish (a checkpoint)`);
    complete &&= m.complete;
    for (const e of m.documents) {
      const key = `${e.id}\u0000${e.input}`;
      if (docs.has(key))
        warn(`${shown(file)}: ${shown(e.input)} also appears in an earlier manifest; keeping this one`);
      docs.set(key, e);
    }
    for (const [k, v] of Object.entries(m.timingsMs)) timings[k] = (timings[k] ?? 0) + v;
    seconds = Math.max(seconds, m.seconds);
    peak = Math.max(peak, m.peakRssMB);
  }
  const documents = sortEntries([...docs.values()]);
  const starts = named.map((n) => n.manifest.startedAt).sort();
  const ends = named.map((n) => n.manifest.finishedAt ?? '').sort();
  return {
    ...first,
    options: { ...first.options, shard: null },
    complete,
    startedAt: starts[0],
    finishedAt: ends[ends.length - 1] || null,
    seconds,
    peakRssMB: peak,
    totals: totalsOf(documents),
    timingsMs: timings,
    documents,
    mergedFrom: named.map((n) => n.file),
  };
}
