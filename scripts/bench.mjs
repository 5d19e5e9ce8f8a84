#!/usr/bin/env node
/**
 * npm run bench [-- FOLDER] [--limit N] [--workers N] [--double] [--keep]
 * npm run bench -- --scaling [options of scripts/scaling.mjs]
 *
 * Annotates a corpus with the built CLI (dist/, a child process, --force) and,
 * over the same files, times bare single-threaded wink-nlp readDoc (default
 * pipe, wink-eng-lite-web-model; scripts/bare-wink.mjs, a fresh process before
 * and one after the jsa run). Prints MB/s, documents/s, tokens/s, the
 * pipeline's peak RSS (main thread + worker threads: they share one process,
 * so its maxRSS covers all of them) and the throughput ratio against the
 * faster baseline run.
 * --double also runs the same N documents twice over (2N, renamed copies) and
 * prints how much peak RSS grew.
 *
 * Default corpus: ../shared/corpus/wh-statements when present, else input/
 * replicated to 2,500 documents. A selection (--limit, replication) is linked
 * (or copied) into a temp folder; nothing is written inside the project.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { basename, extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--scaling')) {
  // The scaling benchmark (stage times on pathological shapes) lives in its own script.
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'scaling.mjs'), ...args.filter((a) => a !== '--scaling')],
    { stdio: 'inherit' },
  );
  process.exit(r.status ?? 1);
}
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const limitArg = opt('--limit');
const workers = Number(opt('--workers') ?? availableParallelism());
const double = flag('--double');
const keep = flag('--keep');
const corpusDefault = join(root, '..', 'shared', 'corpus', 'wh-statements');
const folder = args[0] ?? (existsSync(corpusDefault) ? corpusDefault : join(root, 'input'));
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

const all = readdirSync(folder)
  .filter((n) => /\.(txt|md|markdown)$/i.test(n) && !n.startsWith('.'))
  .sort();
if (all.length === 0) {
  console.error(`bench: no .txt/.md files in ${folder}`);
  process.exit(2);
}
const replicate = !args[0] && !existsSync(corpusDefault);
const n = Number(limitArg ?? (replicate || double ? 2500 : all.length));
const work = mkdtempSync(join(tmpdir(), 'jsa-bench-'));

/** The first `count` files of the folder (`pool` of them, repeated under new names to reach `count`). */
function selection(count, pool = all.length) {
  const files = [];
  for (let i = 0; i < count; i++) {
    const name = all[i % Math.min(pool, all.length)];
    const round = Math.floor(i / Math.min(pool, all.length));
    const as = round === 0 ? name : `${basename(name, extname(name))}~${round}${extname(name)}`;
    files.push({ src: join(folder, name), as });
  }
  return files;
}

/** A folder holding exactly `files` (the corpus folder itself when that is all of it). */
function materialize(files, tag) {
  if (files.length === all.length && files.every((f, i) => f.as === all[i])) return folder;
  const dir = join(work, `in-${tag}`);
  mkdirSync(dir);
  for (const f of files) {
    // A hard link writes no data (copying 13 MB right before the timed run left the disk busy during it).
    try {
      linkSync(f.src, join(dir, f.as));
    } catch {
      copyFileSync(f.src, join(dir, f.as));
    }
  }
  return dir;
}

function runPipeline(files, tag) {
  const input = materialize(files, tag);
  const out = join(work, `out-${tag}`);
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'dist', 'cli.js'),
      'annotate',
      input,
      '--out',
      out,
      '--force',
      '--no-progress',
      '--workers',
      String(workers),
    ],
    { encoding: 'utf8' },
  );
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr);
    process.exit(2);
  }
  const m = JSON.parse(readFileSync(join(out, '_manifest.json'), 'utf8'));
  return {
    secs,
    docs: m.totals.documents,
    failed: m.totals.failed,
    bytes: m.totals.bytes,
    tokens: m.totals.tokens,
    rss: m.peakRssMB,
    timings: m.timingsMs,
    summary: r.stderr.trim().split('\n').pop(),
  };
}

/** Bare wink readDoc over `files`, in a child process (scripts/bare-wink.mjs). */
function bareWink(files, tag) {
  const list = join(work, `bare-${tag}.json`);
  writeFileSync(list, JSON.stringify(files.map((f) => f.src)));
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bare-wink.mjs'), list], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(2);
  }
  return JSON.parse(r.stdout);
}

const mb = (b) => b / 1024 / 1024;
const line = (label, r) =>
  `${label.padEnd(40)} ${(mb(r.bytes) / r.secs).toFixed(2).padStart(7)} MB/s ${(r.docs / r.secs).toFixed(0).padStart(6)} docs/s ${(r.tokens / r.secs).toFixed(0).padStart(8)} tokens/s`;

const files = selection(n);
// Start from a settled disk: flush what earlier runs left dirty, so it is not written back during the timed run.
spawnSync('sync');
const totalMB = files.reduce((s, f) => s + statSync(f.src).size, 0) / 1024 / 1024;
console.log(
  `bench: ${n} documents (${totalMB.toFixed(1)} MB) from ${folder}${n > all.length ? ' (replicated)' : ''}; ${workers} workers, ${availableParallelism()} cores`,
);
// The baseline runs before and after jsa, each in a fresh process; the ratio uses the faster of
// the two (the machine's speed drifts, and jsa's writes may still be flushing after it ends).
const bareBefore = bareWink(files, 'before');
const pipe = runPipeline(files, 'n');
const bareAfter = bareWink(files, 'after');
const bare = bareBefore.secs <= bareAfter.secs ? bareBefore : bareAfter;
console.log(
  `${line(`jsa annotate (${workers} workers, wall)`, pipe)}  peak RSS ${pipe.rss} MB${pipe.failed ? `  (${pipe.failed} failed)` : ''}`,
);
console.log(line('bare wink readDoc (1 thread), before', bareBefore));
console.log(line('bare wink readDoc (1 thread), after', bareAfter));
console.log(
  `ratio jsa / bare readDoc: ${(mb(pipe.bytes) / pipe.secs / (mb(bare.bytes) / bare.secs)).toFixed(2)}x` +
    `   (per worker-thread: ${(mb(pipe.bytes) / pipe.secs / workers / (mb(bare.bytes) / bare.secs)).toFixed(2)}x)`,
);
console.log(
  `stage totals (ms, summed over workers): ${Object.entries(pipe.timings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
if (double) {
  // The same documents twice (renamed copies): only the corpus size changes, not the mix of documents.
  const pipe2 = runPipeline(selection(2 * n, n), '2n');
  console.log(`${line(`jsa annotate, ${2 * n} documents (each twice)`, pipe2)}  peak RSS ${pipe2.rss} MB`);
  console.log(
    `peak RSS ${n} → ${2 * n} documents: ${pipe.rss} → ${pipe2.rss} MB (${(((pipe2.rss - pipe.rss) / pipe.rss) * 100).toFixed(1)}%)`,
  );
}
if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
