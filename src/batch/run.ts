/**
 * The batch runner behind `jsa annotate`: locks the output folder, discovers
 * inputs lazily, reads each one (bounded), skips it when its SHA-256, the
 * configHash and its output's bytes match the previous manifest, and
 * otherwise hands it to the worker pool. Results are recorded as they arrive;
 * the manifest is checkpointed every few seconds and always written at the
 * end, also after SIGINT/SIGTERM (then with `complete: false`).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pMap from 'p-map';
import { DataLoader, expectRecord, expectString } from '../data/load.js';
import { hashPipelineFolder, PIPELINE_VERSION } from '../pipeline-identity.js';
import { preparePipelineSeed } from '../pipeline.js';
import { InputError } from '../read.js';
import { removeTemps, RUN_TAG, writeFileAtomicAsync } from './atomic.js';
import { checkInputs, discover, type Found } from './discover.js';
import { reasonOf, shown } from './errors.js';
import { readInputFile } from './input.js';
import { acquireLock, lockName } from './lock.js';
import {
  manifestName,
  MANIFEST_SCHEMA,
  sortEntries,
  totalsOf,
  writeManifest,
  writeManifestAsync,
  type Manifest,
  type ManifestEntry,
} from './manifest.js';
import { UsageError, type BatchOptions } from './options.js';
import { loadPrevious, outputIntact, prepareOut, sha256Of } from './out-folder.js';
import { JOBS_PER_WORKER, WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import type { JobResult } from './protocol.js';
import { inShard, shardTag } from './shard.js';
import { signalExitCode, watchSignals } from './signals.js';

/** How often the manifest is saved during a run (in the background: it serializes every entry so far). */
const CHECKPOINT_MS = 2000;

export interface BatchResult {
  /** 0 ok, 1 some documents failed, 3 the manifest could not be written, 130/143 interrupted. */
  exitCode: 0 | 1 | 3 | 130 | 143;
  manifest: Manifest;
}

function pipelineIdentity(dir: string): { name: string; configHash: string } {
  if (!existsSync(join(dir, 'pipeline.yml')))
    throw new UsageError(`no pipeline.yml in --pipeline folder ${shown(dir)}`);
  const data = new DataLoader(dir);
  const file = data.displayName('pipeline.yml');
  const def = expectRecord(file, '(top level)', data.yaml('pipeline.yml'));
  return { name: expectString(file, 'name', def.name), configHash: hashPipelineFolder(dir) };
}

const INTERRUPTED: JobResult = { ok: false, reason: 'interrupted', message: 'the run was interrupted' };

export async function runBatch(
  opts: BatchOptions,
  log: (s: string) => void = (s) => process.stderr.write(s),
): Promise<BatchResult> {
  const started = new Date();
  const t0 = performance.now();
  const warn = (msg: string): void => log(`jsa: warning: ${msg}\n`);
  checkInputs(opts.inputs);
  const pipelineDir = resolve(opts.pipelineDir);
  const { name, configHash } = pipelineIdentity(pipelineDir);
  const out = resolve(opts.out);
  prepareOut(out, opts.out);
  const lock = acquireLock(out, lockName(opts.shard ? shardTag(opts.shard) : null), warn);
  const pool = new WorkerPool({
    size: opts.workers,
    pipelineDir,
    timeoutMs: opts.timeoutMs,
    prepare: () => preparePipelineSeed(pipelineDir),
  });
  const signals = watchSignals(
    () => pool.abandon(INTERRUPTED),
    () => {
      removeTemps(out, (tag) => tag === RUN_TAG);
      lock.release();
    },
    log,
  );
  try {
    const mName = manifestName(opts.shard);
    const previous = new Map<string, ManifestEntry>();
    for (const e of loadPrevious(join(out, mName), warn)?.documents ?? [])
      if (e.status !== 'failed') previous.set(e.id, e);
    removeTemps(out, (tag) => !lock.liveTags.has(tag)); // leftovers of killed runs only

    let progress: Progress | null = null;
    if (opts.progress) {
      let docs = 0;
      let bytes = 0;
      for (const f of discover(opts.inputs)) {
        if (!inShard(f.id, opts.shard)) continue;
        docs++;
        try {
          if (!f.error) bytes += statSync(f.path).size;
        } catch {
          // gone already: the run reports it
        }
      }
      progress = new Progress(docs, bytes, log);
    }

    const entries: ManifestEntry[] = [];
    const seen = new Set<string>();
    const timings: Record<string, number> = { read: 0 };
    let lastCheckpoint = performance.now();
    let checkpointing: Promise<void> | null = null;

    const manifest = (complete: boolean, final: boolean): Manifest => {
      // An unfinished manifest keeps the previous run's entries not reached yet, so an interrupted rerun loses no skip information.
      const docs = complete ? entries : [...entries, ...[...previous.values()].filter((e) => !seen.has(e.id))];
      // Checkpoints skip the sort (only the final manifest promises id order).
      const documents = final ? sortEntries([...docs]) : docs;
      return {
        manifest: MANIFEST_SCHEMA,
        tool: { name: 'jsa', version: PIPELINE_VERSION },
        pipeline: { name, dir: pipelineDir, configHash },
        options: {
          inputs: opts.inputs,
          out: opts.out,
          workers: opts.workers,
          force: opts.force,
          shard: opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null,
          timeoutMs: opts.timeoutMs,
          maxBytes: opts.maxBytes,
        },
        complete,
        startedAt: started.toISOString(),
        finishedAt: final ? new Date().toISOString() : null,
        seconds: Math.round(performance.now() - t0) / 1000,
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        totals: totalsOf(documents),
        timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
        documents,
      };
    };

    const record = (entry: ManifestEntry): void => {
      entries.push(entry);
      if (entry.status === 'failed') log(`${progress ? '\r\x1b[K' : ''}jsa: ${shown(entry.input)}: ${entry.message}\n`);
      progress?.add(entry.bytes);
      if (!checkpointing && performance.now() - lastCheckpoint > CHECKPOINT_MS) {
        checkpointing = writeManifestAsync(out, mName, manifest(false, false))
          .catch(() => undefined) // a checkpoint is best effort; the final manifest is not
          .finally(() => {
            checkpointing = null;
            lastCheckpoint = performance.now();
          });
      }
    };

    const failed = (
      input: string,
      id: string,
      bytes: number,
      sha256: string | null,
      reason: string,
      message: string,
    ): ManifestEntry => ({
      id,
      input,
      sha256,
      bytes,
      status: 'failed',
      output: null,
      configHash: null,
      reason,
      message,
      meta: null,
    });

    interface Pending {
      f: Found;
      bytes: Uint8Array;
      sha256: string;
      target: string;
    }
    /** Walks the inputs in order, records what needs no annotating, yields the rest; stops feeding on a signal. */
    function* toAnnotate(): Generator<Pending> {
      for (const f of discover(opts.inputs)) {
        if (signals.received) return;
        if (!inShard(f.id, opts.shard)) continue;
        seen.add(f.id);
        if (f.error) {
          record(failed(f.path, f.id, 0, null, f.error.reason, f.error.message));
          continue;
        }
        const target = join(out, `${f.id}.jsonl`); // always derived from the id, never taken from a manifest
        if (resolve(f.path) === target) {
          record(
            failed(f.path, f.id, 0, null, 'unsafe-path', 'is where its own output would be written; use another --out'),
          );
          continue;
        }
        const tRead = performance.now();
        let bytes: Uint8Array;
        try {
          bytes = readInputFile(f.path, opts.maxBytes, opts.timeoutMs);
        } catch (err) {
          if (err instanceof InputError) record(failed(f.path, f.id, 0, null, err.reason, err.message));
          else record(failed(f.path, f.id, 0, null, 'unreadable', `cannot read: ${reasonOf(err)}`));
          continue;
        }
        const sha256 = sha256Of(bytes);
        timings.read += performance.now() - tRead;
        const prev = previous.get(f.id);
        if (
          !opts.force &&
          prev &&
          prev.sha256 === sha256 &&
          prev.configHash === configHash &&
          prev.meta !== undefined &&
          outputIntact(target, prev)
        ) {
          record({ ...prev, input: f.path, bytes: bytes.length, status: 'skipped', output: `${f.id}.jsonl` });
          continue;
        }
        yield { f, bytes, sha256, target };
      }
    }

    // Outputs are written one at a time, in the background: concurrent creation in one folder made the kernel spin on its lock.
    let lastWrite: Promise<void> = Promise.resolve();
    const writeInTurn = (target: string, bytes: Uint8Array): Promise<void> => {
      const write = lastWrite.then(() => writeFileAtomicAsync(target, bytes));
      lastWrite = write.catch(() => undefined);
      return write;
    };

    const annotate = async ({ f, bytes, sha256, target }: Pending): Promise<void> => {
      let r: JobResult = await pool.run({ id: f.id, bytes, maxBytes: opts.maxBytes });
      if (r === INTERRUPTED) {
        seen.delete(f.id); // not done: the previous run's entry, if any, stays in the manifest
        return;
      }
      for (const [k, v] of Object.entries(r.timings ?? {})) timings[k] = (timings[k] ?? 0) + v;
      if (r.ok) {
        const tWrite = performance.now();
        try {
          await writeInTurn(target, r.output);
        } catch (err) {
          r = { ok: false, reason: 'write-error', message: `cannot write ${shown(target)}: ${reasonOf(err)}` };
        }
        timings.write = (timings.write ?? 0) + performance.now() - tWrite;
      }
      if (!r.ok) {
        record(failed(f.path, f.id, bytes.length, sha256, r.reason, r.message));
        return;
      }
      const entry: ManifestEntry = {
        id: f.id,
        input: f.path,
        sha256,
        bytes: bytes.length,
        status: 'annotated',
        output: `${f.id}.jsonl`,
        outputBytes: r.output.length,
        outputSha256: r.outputSha256,
        configHash,
        ...r.counts,
        meta: r.meta,
      };
      if (r.note) entry.note = r.note;
      record(entry);
    };

    try {
      // p-map pulls from the generator only as work completes: a few documents per worker are read and in flight.
      await pMap(toAnnotate(), annotate, { concurrency: (JOBS_PER_WORKER + 1) * opts.workers });
    } finally {
      await pool.close();
      await lastWrite;
    }
    progress?.clear();
    const stopped = signals.received;
    const final = manifest(!stopped, true);
    await checkpointing; // a checkpoint still being written must not land after the final manifest
    try {
      writeManifest(out, mName, final);
    } catch (err) {
      log(`jsa: cannot write the manifest ${shown(join(out, mName))}: ${reasonOf(err)}\n`);
      return { exitCode: 3, manifest: final };
    }
    if (stopped) return { exitCode: signalExitCode(stopped), manifest: final };
    return { exitCode: final.totals.failed > 0 ? 1 : 0, manifest: final };
  } finally {
    signals.dispose();
    removeTemps(out, (tag) => tag === RUN_TAG);
    lock.release();
  }
}

/** The one-line summary printed at the end of every run. */
export function summaryLine(m: Manifest): string {
  const t = m.totals;
  const state = m.complete ? '' : ' (interrupted: not complete)';
  return (
    `jsa: ${t.documents} documents (${t.annotated} annotated, ${t.skipped} skipped, ${t.failed} failed): ` +
    `${t.segments} segments, ${t.entities} entities, ${t.commitments} commitments in ${m.seconds.toFixed(1)} s${state}\n`
  );
}
