/**
 * A pool of worker threads, each holding one loaded pipeline. Jobs wait in a
 * queue until a worker has room (the caller bounds how many it submits, with
 * p-map). Each worker holds a few jobs, so it starts the next document the
 * moment it finishes one instead of waiting for this thread to answer.
 * Workers start lazily, so a run that skips everything loads no model. A job
 * over the time limit gets its worker terminated and replaced; a crashed
 * worker is replaced the same way; jobs it had not started go to another.
 */
import { Worker } from 'node:worker_threads';
import { tuneJitForBatch } from './jit.js';
import type { PipelineSeed } from '../pipeline.js';
import type { FromWorker, Job, JobResult, ToWorker, WorkerInit } from './protocol.js';

interface Pending {
  seq: number;
  job: Job;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent to this worker, in order; the first is the one it is working on. */
  jobs: Pending[];
  /** Time limit of the first job. */
  timer: NodeJS.Timeout | null;
}

/**
 * Jobs a worker holds: the one it works on and the next few. A document takes
 * a few milliseconds; this thread, sharing the cores with the workers, may
 * take longer than that to answer, and a worker with nothing queued then idles.
 */
export const JOBS_PER_WORKER = 4;

/** The pipeline could not be loaded: no document can be annotated. */
export class PipelineLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineLoadError';
  }
}

export interface PoolOptions {
  size: number;
  pipelineDir: string;
  timeoutMs: number;
  /** Heap limit of each worker, so one runaway document cannot exhaust memory. */
  maxOldGenerationSizeMb?: number;
  /**
   * Prepared here once (when the first workers start, while they load their
   * modules and models) and sent to every worker: parsed data files and what
   * the stages learn from compromise.
   */
  prepare?: () => PipelineSeed;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private seq = 0;
  private fatal: Error | null = null;
  private seed: PipelineSeed | null | undefined;
  /** Set by `abandon`: every job, now and later, ends with this result. */
  private abandoned: JobResult | null = null;

  constructor(private readonly opts: PoolOptions) {
    tuneJitForBatch();
  }

  run(job: Job): Promise<JobResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.abandoned) return Promise.resolve(this.abandoned);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.slots].map((s) => s.worker);
    this.slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  /** Ends every job at once with `result` and stops the workers (an interrupted run). */
  abandon(result: JobResult): void {
    this.abandoned = result;
    const slots = [...this.slots];
    this.slots.clear();
    for (const p of this.queue.splice(0)) p.resolve(result);
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      for (const p of s.jobs.splice(0)) p.resolve(result);
      void s.worker.terminate();
    }
  }

  private dispatch(): void {
    const started: Slot[] = [];
    while (this.queue.length > 0 && !this.fatal) {
      const idle = this.leastBusy();
      if (idle) {
        this.assign(idle, this.queue.shift()!);
      } else if (this.slots.size < this.opts.size) {
        started.push(this.spawn());
      } else break;
    }
    if (started.length > 0) this.sendSeed(started);
  }

  /** A ready worker with room for another job (the emptiest), or null. */
  private leastBusy(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots) {
      if (s.ready && s.jobs.length < JOBS_PER_WORKER && (!best || s.jobs.length < best.jobs.length)) best = s;
    }
    return best;
  }

  /** Prepares the seed on first need (the new threads load their models meanwhile) and sends it. */
  private sendSeed(slots: Slot[]): void {
    if (this.seed === undefined) {
      try {
        this.seed = this.opts.prepare?.() ?? null;
      } catch (err) {
        this.fail(new PipelineLoadError((err as Error).message));
        return;
      }
    }
    const msg: ToWorker = { type: 'seed', seed: this.seed };
    for (const s of slots) s.worker.postMessage(msg);
  }

  private assign(slot: Slot, pending: Pending): void {
    slot.jobs.push(pending);
    if (slot.jobs.length === 1) this.startClock(slot);
    // Copied, not transferred: a job a dead worker never started is sent again.
    slot.worker.postMessage({ type: 'job', seq: pending.seq, job: pending.job });
  }

  private startClock(slot: Slot): void {
    slot.timer = setTimeout(() => this.timeout(slot), this.opts.timeoutMs);
  }

  /** The worker's first job is done; it has started the next one, if any. */
  private finish(slot: Slot, result: JobResult): void {
    const pending = slot.jobs.shift();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.jobs.length > 0) this.startClock(slot);
    pending?.resolve(result);
  }

  /** Removes a worker whose first job failed hard: that job gets `result`; the jobs it had not started are queued again. */
  private discard(slot: Slot, result: JobResult): void {
    this.slots.delete(slot);
    const unstarted = slot.jobs.splice(1);
    this.finish(slot, result);
    this.queue.unshift(...unstarted);
    void slot.worker.terminate();
    this.dispatch();
  }

  private timeout(slot: Slot): void {
    this.discard(slot, {
      ok: false,
      reason: 'timeout',
      message: `took longer than ${this.opts.timeoutMs} ms (raise the limit with --timeout-ms); its worker was restarted`,
    });
  }

  private fail(error: Error): void {
    this.fatal = error;
    for (const p of this.queue.splice(0)) p.reject(error);
    for (const s of this.slots) for (const p of s.jobs.splice(0)) p.reject(error);
  }

  private spawn(): Slot {
    const init: WorkerInit = { pipelineDir: this.opts.pipelineDir };
    const worker = new Worker(WORKER_URL, {
      workerData: init,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? 2048 },
    });
    const slot: Slot = { worker, ready: false, jobs: [], timer: null };
    this.slots.add(slot);
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        this.dispatch();
      } else if (msg.type === 'done') {
        this.finish(slot, msg.result);
        this.dispatch();
      } else {
        this.fail(new PipelineLoadError(msg.message));
      }
    });
    worker.on('error', (err) => {
      if (!this.slots.has(slot)) return;
      if (!slot.ready) {
        this.fail(new PipelineLoadError(err.message));
        return;
      }
      this.discard(slot, { ok: false, reason: 'worker-crashed', message: `the worker crashed: ${err.message}` });
    });
    worker.on('exit', (code) => {
      if (!this.slots.has(slot)) return;
      if (!slot.ready) {
        this.fail(new PipelineLoadError(`a worker exited with code ${code} while loading the pipeline`));
      } else if (slot.jobs.length > 0) {
        this.discard(slot, { ok: false, reason: 'worker-crashed', message: `the worker exited with code ${code}` });
      } else {
        this.slots.delete(slot);
        this.dispatch();
      }
    });
    return slot;
  }
}
