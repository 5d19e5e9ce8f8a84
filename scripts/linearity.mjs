// Benchmark (not a test): times `jsa annotate FILE --workers 1` on degenerate
// shapes at 1×, 2×, 4× (and 8×) size, to show that every stage stays linear.
// Usage: npm run build && node scripts/linearity.mjs [shape…]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHAPES = {
  'blocks (Item\\n\\n) ×25k lines': (k) => 'Item\n\n'.repeat(12_500 * k),
  'list (- item\\n) ×25k lines': (k) => '- item number one\n'.repeat(25_000 * k),
  'one line ×0.5 MB': (k) => 'word '.repeat(100_000 * k),
  'emoji run ×0.25 MB': (k) => '😀'.repeat(62_500 * k),
  'one giant token ×0.5 MB': (k) => 'a'.repeat(500_000 * k),
  'dotted token run ×0.5 MB': (k) => 'ab.'.repeat(166_666 * k),
  'entities ×10k sentences': (k) => 'Japan and France met President Joe Biden in Tokyo. '.repeat(10_000 * k),
};

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'jsa-linearity-'));
const only = process.argv.slice(2);
try {
  for (const [name, make] of Object.entries(SHAPES)) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    const times = [];
    for (const k of [1, 2, 4, 8]) {
      const file = join(dir, 'doc.txt');
      writeFileSync(file, make(k));
      const out = join(dir, 'out');
      rmSync(out, { recursive: true, force: true });
      const t = process.hrtime.bigint();
      execFileSync(
        'node',
        [cli, 'annotate', file, '--out', out, '--workers', '1', '--force', '--timeout-ms', '600000'],
        { stdio: 'ignore' },
      );
      const s = Number(process.hrtime.bigint() - t) / 1e9;
      const stages = JSON.parse(readFileSync(join(out, '_manifest.json'), 'utf8')).timingsMs;
      times.push(
        `${k}×: ${s.toFixed(1)} s (slowest stage ${Object.entries(stages)
          .sort((a, b) => b[1] - a[1])[0]
          .join(' ')} ms)`,
      );
    }
    console.log(`${name.padEnd(30)} ${times.join(' | ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
