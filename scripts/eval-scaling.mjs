#!/usr/bin/env node
// How `jsa eval` and `jsa diff` grow with the number of items: one document whose single
// segment holds N entities and N/40 commitments, a third of the predicted entities cut short.
//   npm run build && node scripts/eval-scaling.mjs [N…]     (default 10000 20000 40000 80000)
// Near-linear matching shows as a time ratio of about 2 per doubling (n × m would be 4).
import { diffDocument } from '../dist/diff/diff.js';
import { evaluate } from '../dist/eval/score.js';

function documents(n) {
  const entities = Array.from({ length: n }, (_, i) => ({
    start: i * 6,
    end: i * 6 + 5,
    type: 'GPE',
    id: 'JPN',
    text: 'Japan',
  }));
  const commitments = Array.from({ length: Math.ceil(n / 40) }, (_, i) => ({
    trigger: { start: i * 240, end: i * 240 + 5, text: 'Japan' },
    category: 'AFFIRM',
    strength: null,
    reiterated: false,
    negated: false,
    actor: null,
    parties: ['JPN'],
    content: null,
  }));
  const seg = {
    schema: 'jsa/1',
    doc: 'big',
    seg: 0,
    kind: 'sentence',
    start: 0,
    end: n * 6,
    section: null,
    text: 'Japan '.repeat(n).trim(),
    entities,
    commitments,
  };
  const pred = { ...seg, entities: entities.map((e, i) => (i % 3 ? e : { ...e, end: e.end - 1, text: 'Japa' })) };
  return [new Map([['big', [seg]]]), new Map([['big', [pred]]])];
}

/** CPU milliseconds of this process (the machine is shared: wall time says more about the neighbours). */
function time(f) {
  f(); // warm-up: the first call also compiles
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
let previous = null;
console.log('entities  eval CPU ms  diff CPU ms  eval ×/doubling');
for (const n of sizes.length ? sizes : [10_000, 20_000, 40_000, 80_000]) {
  const [gold, pred] = documents(n);
  const evalMs = time(() => evaluate(gold, pred));
  const diffMs = time(() => diffDocument(gold.get('big'), pred.get('big')));
  const growth = previous ? (evalMs / previous).toFixed(2) : '—';
  console.log(
    `${String(n).padStart(8)} ${evalMs.toFixed(0).padStart(12)} ${diffMs.toFixed(0).padStart(12)}   ${growth}`,
  );
  previous = evalMs;
}
