/** Messages between the batch runner and its worker threads. */
import type { PipelineSeed } from '../pipeline.js';
import type { Counts } from './manifest.js';
import type { EntryMeta } from './meta.js';

export interface Job {
  id: string;
  /** The input's bytes (copied to the worker). */
  bytes: Uint8Array;
  maxBytes: number;
}

export type JobResult =
  /** `output`: the `.jsonl` file's bytes, for the main thread to write; `outputSha256`: their hash, for the manifest. */
  | {
      ok: true;
      counts: Counts;
      meta: EntryMeta;
      timings: Record<string, number>;
      output: Uint8Array;
      outputSha256: string;
      note?: string;
    }
  | { ok: false; reason: string; message: string; timings?: Record<string, number> };

export type ToWorker =
  /** First message to every worker: what the main thread prepared for loading the pipeline. */
  { type: 'seed'; seed: PipelineSeed | null } | { type: 'job'; seq: number; job: Job };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'done'; seq: number; result: JobResult };

export interface WorkerInit {
  pipelineDir: string;
}
