/** `jsa annotate` options: parsed and validated before any input is read. */
import { availableParallelism } from 'node:os';
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
  --workers N        worker threads (default: one per core, ${availableParallelism()} here)
  --force            annotate everything again (default: skip documents whose
                     input SHA-256 and pipeline configHash are unchanged and
                     whose output exists)
  --shard K/N        only the documents with hash(id) mod N = K (0-based K);
                     the manifest is then OUT/_manifest.shard-K-of-N.json
  --pipeline DIR     pipeline folder (default: the package's pipeline/)
  --timeout-ms N     per-document time limit (default ${DEFAULT_TIMEOUT_MS})
  --max-mb N         input size limit in MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --progress, --no-progress
                     progress line on stderr (default: when stderr is a terminal)
  -h, --help         this help

Exit status: 0 all documents annotated (or skipped), 1 some failed, 2 usage error.
`;

function positiveInt(name: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`${name} expects a positive integer, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  }
  return Number(value);
}

/** Parses the arguments after `annotate`; returns 'help' for --help. */
export function parseAnnotateArgs(args: string[]): BatchOptions | 'help' {
  const opts: BatchOptions = {
    inputs: [], out: 'output', workers: availableParallelism(), force: false, shard: null,
    pipelineDir: DEFAULT_PIPELINE_DIR, timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES,
    progress: Boolean(process.stderr.isTTY),
  };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      opts.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} expects a value`);
      return v;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      return true;
    };
    switch (name) {
      case '--': onlyPaths = true; break;
      case '-h': case '--help': flag(); return 'help';
      case '--out': case '-o': opts.out = value(); break;
      case '--workers': case '-j': opts.workers = positiveInt(name, value()); break;
      case '--force': opts.force = flag(); break;
      case '--shard': {
        const shard = parseShard(value());
        if (typeof shard === 'string') throw new UsageError(shard);
        opts.shard = shard;
        break;
      }
      case '--pipeline': opts.pipelineDir = value(); break;
      case '--timeout-ms': opts.timeoutMs = positiveInt(name, value()); break;
      case '--max-mb': {
        const v = value();
        if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new UsageError(`--max-mb expects a positive number, got "${v}"`);
        opts.maxBytes = Math.floor(Number(v) * 1024 * 1024);
        break;
      }
      case '--progress': opts.progress = flag(); break;
      case '--no-progress': flag(); opts.progress = false; break;
      default: throw new UsageError(`unknown option ${name}`);
    }
  }
  if (opts.inputs.length === 0) opts.inputs.push('input');
  return opts;
}
