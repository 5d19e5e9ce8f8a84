/**
 * `jsa annotate` as a filter: `-` reads one document from stdin, `--out -`
 * writes the JSONL of every document to stdout (in input order), so jsa fits
 * in a shell pipe. Runs on the library API in this thread; the stderr
 * carries messages and the summary only. Batch runs (folders → OUT/) stay
 * with the worker pool in src/batch/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../cli/args.js';
import { createAnnotator, type Annotator } from '../index.js';
import { writeFileAtomic } from '../batch/atomic.js';
import { checkInputs, discover } from '../batch/discover.js';
import { readInputFile } from '../batch/input.js';
import { DEFAULT_TIMEOUT_MS } from '../batch/options.js';
import { UsageError } from '../cli/errors.js';
import { DEFAULT_MAX_BYTES, decodeInput, InputError, overLimit } from '../read.js';

interface StreamOptions {
  inputs: string[];
  out: string;
  id: string;
  pipelineDir?: string;
  maxBytes: number;
}

const STREAM_OPTIONS = {
  out: { type: 'string', short: 'o' },
  id: { type: 'string' },
  pipeline: { type: 'string' },
  'max-mb': { type: 'string' },
} as const;

function parseStreamArgs(args: string[]): StreamOptions {
  let parsed: ReturnType<typeof parseCommandArgs<typeof STREAM_OPTIONS>>;
  try {
    parsed = parseCommandArgs(args, STREAM_OPTIONS);
  } catch (e) {
    throw new UsageError(
      `${(e as Error).message}; with - or --out -, annotate takes only --out, --id, --pipeline and --max-mb`,
    );
  }
  const { values, positionals } = parsed;
  const id = values.id ?? 'stdin';
  if (id === '' || id === '.' || id === '..' || /[/\\]/.test(id))
    throw new UsageError(`--id must be a file name without folders, got "${id}"`);
  const mb = values['max-mb'];
  if (mb !== undefined && !(Number(mb) > 0)) throw new UsageError(`--max-mb expects a positive number, got "${mb}"`);
  if (positionals.includes('-') && positionals.length > 1)
    throw new UsageError('- (one document from stdin) cannot be combined with other inputs');
  const inputs = positionals.length > 0 ? positionals : ['input'];
  checkInputs(inputs.filter((p) => p !== '-'));
  return {
    inputs,
    out: values.out ?? '-',
    id,
    pipelineDir: values.pipeline,
    maxBytes: mb === undefined ? DEFAULT_MAX_BYTES : Math.floor(Number(mb) * 1024 * 1024),
  };
}

/** Stdin's bytes, refused as soon as they pass the size limit (a runaway pipe is not buffered whole). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw overLimit(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Writes to stdout, waiting while the pipe is full; false once the reader has gone (EPIPE). */
function writer(): (s: string) => Promise<boolean> {
  const out = process.stdout;
  let closed = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return async (s) => {
    if (closed) return false;
    if (!out.write(s)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          out.off('drain', done).off('error', done).off('close', done);
          resolve();
        };
        out.on('drain', done).on('error', done).on('close', done);
      });
    }
    return !closed;
  };
}

interface Doc {
  path: string;
  id: string;
  read(): Uint8Array | Promise<Uint8Array>;
  error?: string;
}

/** The documents to annotate: the one from stdin, or each file found, in argument then path order. */
function* documents(opts: StreamOptions): Generator<Doc> {
  if (opts.inputs[0] === '-') {
    yield { path: '-', id: opts.id, read: () => readStdin(opts.maxBytes) };
    return;
  }
  for (const f of discover(opts.inputs)) {
    // Read as batch runs read: regular files only, bounded in size and time.
    yield {
      path: f.path,
      id: f.id,
      error: f.error?.message,
      read: () => readInputFile(f.path, opts.maxBytes, DEFAULT_TIMEOUT_MS),
    };
  }
}

/** Why a document could not be annotated, in one line. */
function reasonOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `cannot read (${code})` : `pipeline failed: ${(e as Error).message}`;
}

export async function annotateStream(args: string[], err: (s: string) => void): Promise<number> {
  const opts = parseStreamArgs(args);
  const t0 = performance.now();
  const annotator: Annotator = await createAnnotator(opts.pipelineDir ? { pipelineDir: opts.pipelineDir } : {});
  const write = writer();
  const n = { documents: 0, failed: 0, segments: 0, entities: 0, commitments: 0 };
  let stopped = '';
  for (const d of documents(opts)) {
    n.documents++;
    const fail = (message: string): void => {
      n.failed++;
      err(`jsa: ${d.path}: ${message}\n`);
    };
    if (d.error) {
      fail(d.error);
      continue;
    }
    let jsonl = '';
    try {
      const records = annotator.annotate(decodeInput(await d.read(), opts.maxBytes), { id: d.id });
      for (const r of records) {
        jsonl += `${JSON.stringify(r)}\n`;
        n.entities += r.entities.length;
        n.commitments += r.commitments.length;
      }
      n.segments += records.length;
    } catch (e) {
      fail(reasonOf(e));
      continue;
    }
    if (opts.out !== '-') {
      mkdirSync(opts.out, { recursive: true });
      writeFileAtomic(join(opts.out, `${d.id}.jsonl`), jsonl);
    } else if (!(await write(jsonl))) {
      stopped = ', stopped: stdout was closed';
      break;
    }
  }
  err(
    `jsa: ${n.documents} documents (${n.documents - n.failed} annotated, ${n.failed} failed): ` +
      `${n.segments} segments, ${n.entities} entities, ${n.commitments} commitments in ${((performance.now() - t0) / 1000).toFixed(1)} s${stopped}\n`,
  );
  return n.failed > 0 ? 1 : 0;
}
