/** Messages between the batch runner and its worker threads. */
import type { PipelineSeed } from '../pipeline.js';
import type { Counts } from './manifest.js';

export interface Job {
  id: string;
  /** The input's bytes (copied to the worker). */
  bytes: Uint8Array;
  maxBytes: number;
}

export type JobResult =
  /** `output`: the `.jsonl` file's bytes, for the main thread to write. */
  | { ok: true; counts: Counts; timings: Record<string, number>; output: Uint8Array; note?: string }
  | { ok: false; reason: string; message: string; timings?: Record<string, number> };

export type ToWorker =
  /** First message to every worker: what the main thread prepared for loading the pipeline. */
  | { type: 'seed'; seed: PipelineSeed | null }
  | { type: 'job'; seq: number; job: Job };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'done'; seq: number; result: JobResult };

export interface WorkerInit {
  pipelineDir: string;
}
