/**
 * A batch worker thread: loads the pipeline once, then for each job decodes
 * the bytes, annotates, and hands back the `.jsonl` bytes (the main thread
 * writes them, so slow disk writes never hold up annotation). Failures are
 * results, not crashes, so one bad document never stops the run.
 */
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { toJsonl } from '../emit/jsonl.js';
import { loadPipeline, warmStages, type Pipeline } from '../pipeline.js';
import { decodeInput, InputError } from '../read.js';
import { entryMeta } from './meta.js';
import type { FromWorker, JobResult, ToWorker, WorkerInit } from './protocol.js';

const port = parentPort!;
const utf8 = new TextEncoder();
const post = (msg: FromWorker): void => port.postMessage(msg);

function run(pipeline: Pipeline, msg: Extract<ToWorker, { type: 'job' }>): JobResult {
  const { id, bytes, maxBytes } = msg.job;
  let text: string;
  try {
    text = decodeInput(bytes, maxBytes);
  } catch (err) {
    if (err instanceof InputError) return { ok: false, reason: err.reason, message: err.message };
    throw err;
  }
  const timings: Record<string, number> = {};
  let jsonl: string;
  let counts: { segments: number; entities: number; commitments: number; tokens: number };
  let meta: ReturnType<typeof entryMeta>;
  try {
    const doc = pipeline.annotate(id, text, timings);
    jsonl = toJsonl(doc);
    counts = {
      segments: doc.segments.length,
      entities: doc.entities.length,
      commitments: doc.commitments.length,
      tokens: doc.tokens.length,
    };
    meta = entryMeta(doc.meta);
  } catch (err) {
    const e = err as Error;
    const where = /\n\s+at (.*)/.exec(e.stack ?? '')?.[1];
    return {
      ok: false,
      reason: 'pipeline-error',
      message: `pipeline failed: ${e.message}${where ? ` (at ${where})` : ''}`,
      timings,
    };
  }
  const output = utf8.encode(jsonl); // a buffer of its own, so it can be transferred
  const outputSha256 = createHash('sha256').update(output).digest('hex');
  const note =
    text.length === 0
      ? 'empty input: empty output written'
      : counts.segments === 0
        ? 'no text to annotate: empty output written'
        : undefined;
  return { ok: true, counts, meta, timings, output, outputSha256, ...(note ? { note } : {}) };
}

/*
 * V8 lets an idle-looking heap grow to a multiple of its live size, so a
 * long run's RSS creeps up with corpus size although live memory is flat.
 * A full GC whenever the heap has grown HEAP_SLACK past its size after
 * loading keeps peak RSS independent of corpus size (costs ~1% time).
 */
const HEAP_SLACK = 48 * 1024 * 1024;
v8.setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
let heapBase = 0;
const heapSize = (): number => v8.getHeapStatistics().total_heap_size;

// Models first, while the main thread prepares the seed; a failure here shows again when loading.
try {
  warmStages();
} catch {
  // reported by loadPipeline
}

/** Loads the pipeline once the seed has come (the first message), then annotates each job. */
port.once('message', (first: ToWorker) => {
  let pipeline: Pipeline;
  try {
    pipeline = loadPipeline(
      (workerData as WorkerInit).pipelineDir,
      first.type === 'seed' ? (first.seed ?? undefined) : undefined,
    );
    collect();
    heapBase = heapSize();
  } catch (err) {
    post({ type: 'fatal', message: (err as Error).message });
    return;
  }
  port.on('message', (msg: ToWorker) => {
    if (msg.type !== 'job') return;
    const result = run(pipeline, msg);
    // The output's bytes move to the main thread (transferred, not copied).
    port.postMessage(
      { type: 'done', seq: msg.seq, result } satisfies FromWorker,
      result.ok ? [result.output.buffer as ArrayBuffer] : [],
    );
    if (heapSize() > heapBase + HEAP_SLACK) collect();
  });
  post({ type: 'ready' });
});
