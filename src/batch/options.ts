/** `jsa annotate` options: parsed and validated before any input is read. */
import { availableParallelism } from 'node:os';
import { parseCommandArgs } from '../cli/args.js';
import { DEFAULT_PIPELINE_DIR } from '../pipeline-identity.js';
import { DEFAULT_MAX_BYTES } from '../read.js';
import { parseShard, type Shard } from './shard.js';
import { UsageError } from '../cli/errors.js';

export interface BatchOptions {
  /** Files or folders to annotate. */
  inputs: string[];
  out: string;
  workers: number;
  force: boolean;
  shard: Shard | null;
  pipelineDir: string;
  /** Per-document time bound; the worker is restarted when it is exceeded. */
  timeoutMs: number;
  maxBytes: number;
  /** Progress line on stderr; default: only when stderr is a terminal. */
  progress: boolean;
}

/** A bad command line: exit code 2 (the one usage-error type of every command). */
export { UsageError } from '../cli/errors.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

export const ANNOTATE_HELP = `usage: jsa annotate [FILE|FOLDER…] [options]

Annotates every .txt, .md and .markdown file in the given folders (recursively,
hidden entries skipped) and every file named explicitly; writes OUT/<name>.jsonl
per document and the run manifest OUT/_manifest.json.

  --out DIR          output folder (default: output; inputs default to input)
  --workers N        worker threads (default: one per core, ${availableParallelism()} here;
                     capped at two per core)
  --force            annotate everything again (default: skip documents whose
                     input SHA-256 and pipeline configHash are unchanged and
                     whose output exists)
  --shard K/N        only the documents with hash(id) mod N = K (0-based K);
                     the manifest is then OUT/_manifest.shard-K-of-N.json
  --pipeline DIR     pipeline folder (default: the package's pipeline/)
  --timeout-ms N     per-document time limit, reading included (default
                     ${DEFAULT_TIMEOUT_MS}, at most 2147483647)
  --max-mb N         input size limit in MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024}, at most 512)
  --progress, --no-progress
                     progress line on stderr (default: when stderr is a terminal)
  -h, --help         this help

Exit status: 0 all documents annotated (or skipped), 1 some failed, 2 usage
error or --out in use by another run, 3 the run could not complete (--out not
writable, manifest not saved, disk full), 130/143 interrupted (SIGINT/SIGTERM).
`;

/** Timers hold a signed 32-bit millisecond count; Node turns anything larger into 1 ms. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Each worker holds its own pipeline (~100 MB) and heap: more than two per core only costs memory. */
export const maxWorkers = (): number => 2 * availableParallelism();

function positiveInt(name: string, value: string, max: number = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} expects a positive integer, got "${value}"`);
  if (Number(value) > max) throw new UsageError(`${name} must be at most ${max}, got ${value}`);
  return Number(value);
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  workers: { type: 'string', short: 'j' },
  force: { type: 'boolean' },
  shard: { type: 'string' },
  pipeline: { type: 'string' },
  'timeout-ms': { type: 'string' },
  'max-mb': { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the arguments after `annotate`; returns 'help' for --help. Warnings (a capped --workers) go to `warn`. */
export function parseAnnotateArgs(
  args: string[],
  warn: (msg: string) => void = (m) => process.stderr.write(`jsa: warning: ${m}\n`),
): BatchOptions | 'help' {
  const parsed = parseCommandArgs(args, OPTIONS);
  const v = parsed.values;
  if (v.help) return 'help';
  const value = (name: keyof typeof OPTIONS): string | undefined => {
    const x = v[name];
    if (x === '') throw new UsageError(`--${name} expects a value`);
    return typeof x === 'string' ? x : undefined;
  };
  const opts: BatchOptions = {
    inputs: parsed.positionals.length > 0 ? parsed.positionals : ['input'],
    out: value('out') ?? 'output',
    workers: availableParallelism(),
    force: Boolean(v.force),
    shard: null,
    pipelineDir: value('pipeline') ?? DEFAULT_PIPELINE_DIR,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxBytes: DEFAULT_MAX_BYTES,
    progress: v['no-progress'] ? false : v.progress ? true : Boolean(process.stderr.isTTY),
  };
  const workers = value('workers');
  if (workers !== undefined) {
    opts.workers = positiveInt('--workers', workers);
    if (opts.workers > maxWorkers()) {
      warn(
        `--workers ${opts.workers} capped at ${maxWorkers()} (two per core; each worker holds its own pipeline and up to a 2 GB heap)`,
      );
      opts.workers = maxWorkers();
    }
  }
  const shard = value('shard');
  if (shard !== undefined) {
    const parsedShard = parseShard(shard);
    if (typeof parsedShard === 'string') throw new UsageError(parsedShard);
    opts.shard = parsedShard;
  }
  const timeout = value('timeout-ms');
  if (timeout !== undefined) opts.timeoutMs = positiveInt('--timeout-ms', timeout, MAX_TIMEOUT_MS);
  const maxMb = value('max-mb');
  if (maxMb !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(maxMb) || Number(maxMb) <= 0)
      throw new UsageError(`--max-mb expects a positive number, got "${maxMb}"`);
    opts.maxBytes = Math.floor(Number(maxMb) * 1024 * 1024);
    if (opts.maxBytes < 1) throw new UsageError(`--max-mb ${maxMb} is below one byte`);
    // Far above any real statement, and below what one buffer or string can hold.
    if (Number(maxMb) > 512) throw new UsageError(`--max-mb must be at most 512, got ${maxMb}`);
  }
  return opts;
}
