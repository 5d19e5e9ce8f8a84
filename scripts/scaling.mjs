#!/usr/bin/env node
/**
 * node scripts/scaling.mjs [--base-mb N] [--budget-s N] [--shape NAME…] [--no-list-check]
 * (also: npm run bench -- --scaling [same options])
 *
 * Times each pipeline stage on pathological document shapes at 1×, 2× and 4×
 * a base size (default 2 MB, so up to 8 MB) and prints the growth factor per
 * doubling; a linear stage grows ×2, the target is at most ×2.3. Each
 * measurement runs in a fresh child process (after a warm-up document), so a
 * super-linear stage is cut off at --budget-s (default 180 s) instead of
 * running for hours; larger sizes of that shape are then skipped, and a
 * shape over budget already at 1× is measured again at a quarter of the size.
 * Stages under 100 ms at the larger size are shown but not judged (noise).
 * Finally it checks that 200,000 list lines annotate in under 10 s through
 * the CLI with one worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GROWTH_TARGET = 2.3;

/** Deterministic text of about `bytes` UTF-8 bytes, by repeating `unit(i)`. */
function fill(bytes, unit, head = '', tail = '') {
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += Buffer.byteLength(u);
  }
  parts.push(tail);
  return parts.join('');
}

const COUNTRIES = [
  'Japan',
  'France',
  'Germany',
  'India',
  'Brazil',
  'Kenya',
  'Canada',
  'Mexico',
  'Australia',
  'Indonesia',
];
const PEOPLE = ['Joe Biden', 'Fumio Kishida', 'Emmanuel Macron', 'Olaf Scholz', 'Narendra Modi'];
const STANCES = [
  'reaffirmed their commitment to peace',
  'welcomed the new agreement',
  'intend to expand trade',
  'will seek to strengthen cooperation',
  'expressed concern about the situation',
  'committed to support the region',
];

export const SHAPES = {
  'list-no-periods': (b) => fill(b, (i) => `- item ${i} of a long list without any period\n`),
  'blank-line-blocks': (b) => fill(b, (i) => `Block ${i} of text\n\n`),
  'one-sentence-commitments': (b) =>
    fill(b, (i) => `${STANCES[i % STANCES.length]}, `, 'The United States and Japan ', 'and met again.\n'),
  'many-entities': (b) =>
    fill(
      b,
      (i) =>
        `${PEOPLE[i % PEOPLE.length]} met leaders of ${COUNTRIES[i % 10]}, ${COUNTRIES[(i + 3) % 10]} and the United Nations in ${COUNTRIES[(i + 5) % 10]} on May ${1 + (i % 28)}, 2024. `,
    ),
  'emoji-runs': (b) => fill(b, (i) => (i % 50 === 49 ? 'The leaders met.\n' : '🇯🇵🇺🇸😀🤝')),
  'giant-token': (b) => fill(b, () => 'abcdefghij', 'The token ', '.\n'),
};

/** Child mode: annotate one generated document and print the stage timings as JSON. */
async function measureOne(shape, bytes) {
  const { loadPipeline } = await import(join(root, 'dist', 'pipeline.js'));
  const { toJsonl } = await import(join(root, 'dist', 'emit', 'jsonl.js'));
  const pipeline = loadPipeline();
  pipeline.annotate('warm-up', 'The United States and Japan reaffirmed their alliance.\n'.repeat(50));
  const text = SHAPES[shape](bytes);
  const timings = {};
  const t0 = performance.now();
  const doc = pipeline.annotate(shape, text, timings);
  const t1 = performance.now();
  toJsonl(doc);
  timings.emit = performance.now() - t1;
  timings.total = performance.now() - t0;
  process.stdout.write(
    `${JSON.stringify({ timings, counts: { segments: doc.segments.length, entities: doc.entities.length, commitments: doc.commitments.length } })}\n`,
  );
}

function runOne(shape, bytes, budgetS) {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--one', shape, String(bytes)],
    { encoding: 'utf8', timeout: budgetS * 1000, maxBuffer: 1 << 20 },
  );
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { over: true };
  if (r.status !== 0) return { failed: (r.stderr || '').trim().split('\n').slice(-1)[0] };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const fmtMs = (ms) => (ms === undefined ? '—' : ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));
/** Below this a stage's time is mostly noise on a shared machine (GC, JIT, other processes): its growth is shown, not judged. */
const NOISE_MS = 100;
const growth = (a, b) =>
  a === undefined || b === undefined ? '—' : `×${(b / Math.max(a, 0.1)).toFixed(2)}${b < NOISE_MS ? ' (noise)' : ''}`;

function listCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'jsa-scaling-'));
  try {
    const lines = Array.from({ length: 200_000 }, (_, i) => `- item ${i} of the list`).join('\n');
    writeFileSync(join(dir, 'list.txt'), `${lines}\n`);
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'dist', 'cli.js'),
        'annotate',
        join(dir, 'list.txt'),
        '--out',
        join(dir, 'out'),
        '--workers',
        '1',
        '--max-mb',
        '64',
        '--timeout-ms',
        '60000',
        '--no-progress',
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    const wall = (performance.now() - t0) / 1000;
    const m = existsSync(join(dir, 'out', '_manifest.json'))
      ? JSON.parse(readFileSync(join(dir, 'out', '_manifest.json'), 'utf8'))
      : null;
    const size = (Buffer.byteLength(lines) / 1024 / 1024).toFixed(1);
    const ok = r.status === 0 && wall < 10;
    console.log(
      `\n200,000 list lines (${size} MB), jsa annotate --workers 1: exit ${r.status}, ${wall.toFixed(1)} s wall` +
        `${
          m
            ? ` (stages: ${Object.entries(m.timingsMs)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')} ms)`
            : ''
        } → ${ok ? 'under 10 s: OK' : 'NOT under 10 s'}`,
    );
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv) {
  if (argv[0] === '--one') return measureOne(argv[1], Number(argv[2]));
  if (!existsSync(join(root, 'dist', 'pipeline.js'))) {
    console.error('scaling: build first (npm run build)');
    process.exit(2);
  }
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const baseMb = Number(opt('--base-mb', '2'));
  const budgetS = Number(opt('--budget-s', '180'));
  const only = argv.flatMap((a, i) => (argv[i - 1] === '--shape' ? [a] : []));
  const shapes = only.length > 0 ? only : Object.keys(SHAPES);
  for (const s of shapes)
    if (!SHAPES[s]) throw new Error(`scaling: unknown shape ${s} (known: ${Object.keys(SHAPES).join(', ')})`);
  const sizes = [1, 2, 4].map((k) => Math.round(k * baseMb * 1024 * 1024));
  console.log(
    `Scaling: stage times in ms at ${sizes.map((s) => `${(s / 1048576).toFixed(1)} MB`).join(' / ')}; growth per doubling (target ≤ ×${GROWTH_TARGET})\n`,
  );
  console.log('| shape | stage | 1× | 2× | 4× | 1×→2× | 2×→4× | |');
  console.log('|---|---|---|---|---|---|---|---|');
  const superLinear = [];
  for (const shape of shapes) {
    // A shape over budget at 1× is measured again at a quarter of the size (down to 1/64), so it still gets growth factors.
    let scale = 1;
    let runs;
    for (;;) {
      runs = [];
      for (const bytes of sizes) {
        const prev = runs[runs.length - 1];
        runs.push(prev?.over || prev?.failed ? { skipped: true } : runOne(shape, Math.round(bytes / scale), budgetS));
      }
      if (!runs[0].over || scale >= 64) break;
      superLinear.push(`${shape} (over ${budgetS} s at ${(sizes[0] / scale / 1048576).toFixed(2)} MB)`);
      scale *= 4;
    }
    const label =
      scale === 1
        ? shape
        : `${shape} at 1/${scale} size (${sizes.map((b) => (b / scale / 1048576).toFixed(2)).join('/')} MB)`;
    const stages = [...new Set(runs.flatMap((r) => Object.keys(r.timings ?? {})))];
    for (const stage of stages) {
      const t = runs.map((r) => r.timings?.[stage]);
      const g = [growth(t[0], t[1]), growth(t[1], t[2])];
      const bad = [
        [t[0], t[1]],
        [t[1], t[2]],
      ].some(([a, b]) => a !== undefined && b !== undefined && b >= NOISE_MS && b / Math.max(a, 0.1) > GROWTH_TARGET);
      const cut = runs.some((r) => r.over)
        ? `over ${budgetS} s budget`
        : runs.some((r) => r.failed)
          ? `failed: ${runs.find((r) => r.failed).failed}`
          : '';
      if (bad || (cut && stage === 'total')) superLinear.push(`${shape}/${stage}`);
      console.log(
        `| ${label} | ${stage} | ${t.map(fmtMs).join(' | ')} | ${g.join(' | ')} | ${bad ? 'SUPER-LINEAR' : ''}${cut && stage === 'total' ? ` ${cut}` : ''} |`,
      );
    }
    if (stages.length === 0)
      console.log(
        `| ${label} | total | — | — | — | — | — | ${runs[0].over ? `over ${budgetS} s budget at 1×` : `failed: ${runs[0].failed}`} |`,
      );
  }
  console.log(
    `\nSuper-linear (growth over ×${GROWTH_TARGET} or over budget): ${superLinear.length ? superLinear.join(', ') : 'none'}`,
  );
  const listOk = argv.includes('--no-list-check') ? true : listCheck();
  process.exitCode = superLinear.length === 0 && listOk ? 0 : 1;
}

await main(process.argv.slice(2));
