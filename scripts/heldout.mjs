#!/usr/bin/env node
// Held-out evaluation: statements from ../shared/corpus annotated by hand in
// the gold-spec format (heldout/spec/*.json), never used to write rules.
//   node scripts/heldout.mjs [SPEC_DIR]            annotate the sources and score them
//   node scripts/heldout.mjs [SPEC_DIR] --check    only check that every spec string is found
// SPEC_DIR defaults to heldout/spec; extra arguments go to `jsa eval` (e.g. --json).
// Each source is copied into the work folder as <doc>.<ext> so jsa names the
// document as the spec does. A spec with "stripFrontMatter": true is scored on
// the source without its YAML front matter and the blank lines after it (as a
// <doc>.txt), to measure jsa on statements that arrive without metadata.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specToRecords } from '../dist/eval/spec.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'corpus'))) {
  console.log('../shared/corpus is absent: held-out evaluation skipped');
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'jsa-heldout-'));
const gold = join(work, 'gold');
const pred = join(work, 'pred');
const input = join(work, 'input');
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)(?:[ \t\u00a0]*\r?\n)*/;
const sources = [];
const specDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(root, 'heldout', 'spec');
let failed = false;
execFileSync('mkdir', ['-p', gold, input]);
for (const f of readdirSync(specDir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(specDir, f), 'utf8'));
  try {
    let original = readFileSync(join(shared, spec.source), 'utf8');
    if (original.charCodeAt(0) === 0xfeff) original = original.slice(1);
    if (spec.stripFrontMatter) original = original.replace(FRONT_MATTER, '');
    const records = specToRecords(spec, original);
    writeFileSync(join(gold, `${spec.doc}.jsonl`), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const copy = join(input, spec.doc + (spec.stripFrontMatter ? '.txt' : extname(spec.source)));
    writeFileSync(copy, original);
    sources.push(copy);
  } catch (err) {
    failed = true;
    console.error(`${f}: ${err.message}`);
  }
}
if (process.argv.includes('--check')) {
  console.log(`${sources.length} specs convert${failed ? ', some failed (above)' : ''}`);
} else {
  execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'annotate', ...sources, '--out', pred], {
    stdio: 'inherit',
  });
  const extra = process.argv.slice(2).filter((a) => a !== specDir && a !== '--check');
  try {
    execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'eval', '--gold', gold, '--pred', pred, ...extra], {
      stdio: 'inherit',
    });
  } catch {
    failed = true; // jsa eval printed which threshold was missed
  }
}
if (!process.env.JSA_KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
process.exit(failed ? 1 : 0);
