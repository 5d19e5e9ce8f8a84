/**
 * The batch runner behind `jsa annotate`: discovers inputs lazily, reads and
 * hashes each one, skips it when its SHA-256 and the configHash match the
 * previous manifest and its output exists, and otherwise hands the bytes to
 * the worker pool. Results are recorded as they arrive; the manifest is
 * checkpointed every few seconds and written at the end, both atomically.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataLoader, expectRecord, expectString } from '../data/load.js';
import { hashPipelineFolder, PIPELINE_VERSION } from '../pipeline-identity.js';
import { preparePipelineSeed } from '../pipeline.js';
import { checkSize, InputError } from '../read.js';
import { removeStaleTemps, writeFileAtomicAsync } from './atomic.js';
import { checkInputs, discover, type Found } from './discover.js';
import {
  manifestName, MANIFEST_SCHEMA, readManifest, sortEntries, totalsOf, writeManifest, writeManifestAsync,
  type Manifest, type ManifestEntry,
} from './manifest.js';
import { UsageError, type BatchOptions } from './options.js';
import pMap from 'p-map';
import { JOBS_PER_WORKER, WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import { inShard } from './shard.js';
import type { JobResult } from './protocol.js';

/**
 * How often the manifest is saved during a run. A checkpoint serializes every
 * entry so far (megabytes for a large corpus) on the thread that feeds the
 * workers, so it is written in the background and not too often.
 */
const CHECKPOINT_MS = 2000;

export interface BatchResult {
  exitCode: 0 | 1;
  manifest: Manifest;
}

function pipelineIdentity(dir: string): { name: string; configHash: string } {
  if (!existsSync(join(dir, 'pipeline.yml'))) throw new UsageError(`no pipeline.yml in --pipeline folder ${dir}`);
  const data = new DataLoader(dir);
  const file = data.displayName('pipeline.yml');
  const def = expectRecord(file, '(top level)', data.yaml('pipeline.yml'));
  return { name: expectString(file, 'name', def.name), configHash: hashPipelineFolder(dir) };
}

/** `buf` on an ArrayBuffer of its own: posting a view copies its whole buffer, and small reads share a pooled one. */
function ownBytes(buf: Buffer): Uint8Array {
  return buf.byteOffset === 0 && buf.buffer.byteLength === buf.length ? buf : new Uint8Array(buf);
}

export async function runBatch(opts: BatchOptions, log: (s: string) => void = (s) => process.stderr.write(s)): Promise<BatchResult> {
  const started = new Date();
  const t0 = performance.now();
  checkInputs(opts.inputs);
  const pipelineDir = resolve(opts.pipelineDir);
  const { name, configHash } = pipelineIdentity(pipelineDir);
  const out = resolve(opts.out);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${opts.out} is not a folder`);
  mkdirSync(out, { recursive: true });

  const mName = manifestName(opts.shard);
  const previous = new Map<string, ManifestEntry>();
  for (const e of readManifest(join(out, mName))?.documents ?? []) if (e.status !== 'failed') previous.set(e.id, e);
  const mine = (target: string): boolean =>
    target === mName || (target.endsWith('.jsonl') && inShard(target.slice(0, -'.jsonl'.length), opts.shard));
  removeStaleTemps(out, mine);

  let progress: Progress | null = null;
  if (opts.progress) {
    let docs = 0;
    let bytes = 0;
    for (const f of discover(opts.inputs)) {
      if (!inShard(f.id, opts.shard)) continue;
      docs++;
      if (!f.error) bytes += statSync(f.path).size;
    }
    progress = new Progress(docs, bytes, log);
  }

  const entries: ManifestEntry[] = [];
  const seen = new Set<string>();
  const timings: Record<string, number> = { read: 0 };
  let lastCheckpoint = performance.now();
  let checkpointing: Promise<void> | null = null;

  const manifest = (complete: boolean): Manifest => {
    // A checkpoint keeps the previous run's entries not reached yet, so a killed rerun loses no skip information.
    const docs = complete ? entries : [...entries, ...[...previous.values()].filter((e) => !seen.has(e.id))];
    // Checkpoints skip the sort (only the final manifest promises id order).
    const documents = complete ? sortEntries([...docs]) : docs;
    return {
      manifest: MANIFEST_SCHEMA,
      tool: { name: 'jsa', version: PIPELINE_VERSION },
      pipeline: { name, dir: pipelineDir, configHash },
      options: {
        inputs: opts.inputs, out: opts.out, workers: opts.workers, force: opts.force,
        shard: opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null,
        timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes,
      },
      complete,
      startedAt: started.toISOString(),
      finishedAt: complete ? new Date().toISOString() : null,
      seconds: Math.round(performance.now() - t0) / 1000,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      totals: totalsOf(documents),
      timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
      documents,
    };
  };

  const record = (entry: ManifestEntry): void => {
    entries.push(entry);
    if (entry.status === 'failed') log(`${progress ? '\r\x1b[K' : ''}jsa: ${entry.input}: ${entry.message}\n`);
    progress?.add(entry.bytes);
    if (!checkpointing && performance.now() - lastCheckpoint > CHECKPOINT_MS) {
      checkpointing = writeManifestAsync(out, mName, manifest(false))
        .catch(() => undefined) // a checkpoint is best effort; the final manifest is not
        .finally(() => {
          checkpointing = null;
          lastCheckpoint = performance.now();
        });
    }
  };

  const failed = (input: string, id: string, bytes: number, sha256: string | null, reason: string, message: string): ManifestEntry =>
    ({ id, input, sha256, bytes, status: 'failed', output: null, configHash: null, reason, message });

  const pool = new WorkerPool({
    size: opts.workers, pipelineDir, timeoutMs: opts.timeoutMs, prepare: () => preparePipelineSeed(pipelineDir),
  });
  interface Pending { f: Found; bytes: Uint8Array; sha256: string; size: number; target: string }
  /** Walks the inputs in order, records what needs no annotating, yields the rest. */
  function* toAnnotate(): Generator<Pending> {
    for (const f of discover(opts.inputs)) {
      if (!inShard(f.id, opts.shard)) continue;
      seen.add(f.id);
      if (f.error) {
        record(failed(f.path, f.id, 0, null, f.error.reason, f.error.message));
        continue;
      }
      const target = join(out, `${f.id}.jsonl`);
      if (resolve(f.path) === target) {
        record(failed(f.path, f.id, 0, null, 'unsafe-path', 'is where its own output would be written; use another --out'));
        continue;
      }
      const tRead = performance.now();
      let bytes: Uint8Array;
      try {
        checkSize(statSync(f.path).size, opts.maxBytes);
        // Synchronous: one small file at a time is faster than async round trips and keeps memory bounded.
        bytes = ownBytes(readFileSync(f.path));
      } catch (err) {
        const size = existsSync(f.path) ? statSync(f.path).size : 0;
        if (err instanceof InputError) record(failed(f.path, f.id, size, null, err.reason, err.message));
        else record(failed(f.path, f.id, size, null, 'unreadable', `cannot read: ${(err as Error).message}`));
        continue;
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      timings.read += performance.now() - tRead;
      const size = bytes.length;
      const prev = previous.get(f.id);
      if (!opts.force && prev && prev.sha256 === sha256 && prev.configHash === configHash &&
          prev.output && existsSync(join(out, prev.output))) {
        record({ ...prev, input: f.path, bytes: size, status: 'skipped' });
        continue;
      }
      yield { f, bytes, sha256, size, target };
    }
  }

  /*
   * Outputs are written one at a time, in the background. Concurrent file
   * creation in one folder made the kernel spin on the folder's lock: with one
   * writer a run took a third to a half less system CPU time on this machine.
   */
  let lastWrite: Promise<void> = Promise.resolve();
  const writeInTurn = (target: string, bytes: Uint8Array): Promise<void> => {
    const write = lastWrite.then(() => writeFileAtomicAsync(target, bytes));
    lastWrite = write.catch(() => undefined);
    return write;
  };

  const annotate = async ({ f, bytes, sha256, size, target }: Pending): Promise<void> => {
    let r: JobResult = await pool.run({ id: f.id, bytes, maxBytes: opts.maxBytes });
    for (const [k, v] of Object.entries(r.timings ?? {})) timings[k] = (timings[k] ?? 0) + v;
    if (r.ok) {
      const t0 = performance.now();
      try {
        await writeInTurn(target, r.output);
      } catch (err) {
        r = { ok: false, reason: 'write-error', message: `cannot write ${target}: ${(err as Error).message}` };
      }
      timings.write = (timings.write ?? 0) + performance.now() - t0;
    }
    if (r.ok) {
      const entry: ManifestEntry = {
        id: f.id, input: f.path, sha256, bytes: size, status: 'annotated',
        output: `${f.id}.jsonl`, configHash, ...r.counts,
      };
      if (r.note) entry.note = r.note;
      record(entry);
    } else {
      record(failed(f.path, f.id, size, sha256, r.reason, r.message));
    }
  };

  try {
    // p-map pulls from the generator only as work completes: a few documents per worker are read and in flight.
    await pMap(toAnnotate(), annotate, { concurrency: (JOBS_PER_WORKER + 1) * opts.workers });
  } finally {
    await pool.close();
  }
  progress?.clear();
  const final = manifest(true);
  await checkpointing; // a checkpoint still being written must not land after the final manifest
  writeManifest(out, mName, final);
  return { exitCode: final.totals.failed > 0 ? 1 : 0, manifest: final };
}

/** The one-line summary printed at the end of every run. */
export function summaryLine(m: Manifest): string {
  const t = m.totals;
  return `jsa: ${t.documents} documents (${t.annotated} annotated, ${t.skipped} skipped, ${t.failed} failed): ` +
    `${t.segments} segments, ${t.entities} entities, ${t.commitments} commitments in ${m.seconds.toFixed(1)} s\n`;
}
