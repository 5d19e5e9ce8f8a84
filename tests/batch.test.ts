/**
 * Issue 3: `jsa annotate` as a batch tool — usage errors, incremental reruns,
 * sharding with merged manifests, and resuming after `kill -9`.
 */
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../src/batch/shard.js';
import {
  CORPUS,
  jsa,
  removeTempDirs,
  jsaAsync,
  readManifest,
  readRecords,
  snapshot,
  tempDir,
  tempLeftovers,
  writeFiles,
} from './batch-helpers.js';

afterAll(removeTempDirs);

const DOCS: Record<string, string> = {
  'a.txt': 'The United States and Japan reaffirmed their alliance.\nThey committed to expand cooperation.\n',
  'b.txt': 'The leaders welcomed the agreement on clean energy.\n',
  'c.md': '# Joint Statement\n\nThe two sides will hold talks next year.\n',
  'd.txt': 'France and Germany called on all parties to cease hostilities.\n',
  'e.txt': 'The ministers expressed concern about the situation.\n',
};

describe('usage errors exit 2', () => {
  it.each([
    [['annotate', '--bogus'], /unknown option --bogus/],
    [['annotate', '/nonexistent/folder'], /no such file or folder: \/nonexistent\/folder/],
    [['annotate', 'x', '--shard', '4/4'], /K is 0-based and must be below N/],
    [['annotate', 'x', '--shard', 'one/two'], /--shard expects K\/N/],
    [['annotate', '--workers', '0'], /--workers expects a positive integer/],
    [['annotate', '--out'], /--out expects a value/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', (args, message) => {
    const r = jsa(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a broken pipeline configuration stops the run before any output (exit 2)', () => {
    const work = tempDir('badpipe');
    writeFiles(join(work, 'pipe'), { 'pipeline.yml': 'name: broken\nstages:\n  - stage: no-such-stage\n' });
    writeFiles(join(work, 'in'), { 'a.txt': 'The leaders met.\n' });
    const r = jsa(['annotate', join(work, 'in'), '--out', join(work, 'out'), '--pipeline', join(work, 'pipe')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pipeline\.yml: stages\[0\]\.stage: unknown stage "no-such-stage"/);
    expect(existsSync(join(work, 'out', 'a.jsonl'))).toBe(false);
    expect(jsa(['annotate', join(work, 'in'), '--pipeline', join(work, 'nowhere')]).status).toBe(2);
  });

  it('--help prints every option and exits 0', () => {
    const r = jsa(['annotate', '--help']);
    expect(r.status).toBe(0);
    for (const o of ['--out', '--workers', '--force', '--shard', '--pipeline', '--timeout-ms', '--max-mb'])
      expect(r.stdout).toContain(o);
  });
});

describe('shards', () => {
  it('parses K/N and assigns every id to exactly one shard, stably', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(typeof parseShard('8/8')).toBe('string');
    const ids = Array.from({ length: 400 }, (_, i) => `doc-${i}`);
    const sizes = [0, 0, 0, 0];
    for (const id of ids) sizes[shardOf(id, 4)]++;
    expect(sizes.every((s) => s > 60)).toBe(true);
    expect(ids.map((id) => shardOf(id, 4))).toEqual(ids.map((id) => shardOf(id, 4)));
  });

  it('three shards into one folder give the full run, and their manifests merge', { timeout: 120_000 }, () => {
    const work = tempDir('shard');
    writeFiles(join(work, 'in'), DOCS);
    expect(jsa(['annotate', join(work, 'in'), '--out', join(work, 'full')]).status).toBe(0);
    for (let k = 0; k < 3; k++) {
      expect(
        jsa(['annotate', join(work, 'in'), '--out', join(work, 'sharded'), '--shard', `${k}/3`, '--workers', '1'])
          .status,
      ).toBe(0);
    }
    expect(snapshot(join(work, 'sharded'))).toEqual(snapshot(join(work, 'full')));
    const parts = [0, 1, 2].map((k) => join(work, 'sharded', `_manifest.shard-${k}-of-3.json`));
    const merged = join(work, 'sharded', '_manifest.json');
    const r = jsa(['merge-manifests', ...parts, '--out', merged]);
    expect(r.status).toBe(0);
    const m = readManifest(join(work, 'sharded'));
    const full = readManifest(join(work, 'full'));
    expect(m.totals).toEqual(full.totals);
    expect(m.documents.map((d) => d.id)).toEqual(full.documents.map((d) => d.id));
    // The merged manifest drives incremental reruns like a single run's.
    const again = jsa(['annotate', join(work, 'in'), '--out', join(work, 'sharded')]);
    expect(again.stderr).toMatch(/5 documents \(0 annotated, 5 skipped, 0 failed\)/);
  });
});

describe('incremental reruns', { timeout: 120_000 }, () => {
  it('skips unchanged documents, redoes changed ones, and never deletes what it did not write', () => {
    const work = tempDir('incr');
    const input = join(work, 'in');
    const out = join(work, 'out');
    writeFiles(input, DOCS);
    writeFiles(out, { 'notes.txt': 'mine', 'zz-old.jsonl': '{}\n' });
    const first = jsa(['annotate', input, '--out', out]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/5 documents \(5 annotated, 0 skipped, 0 failed\)/);
    const before = snapshot(out);

    // Unchanged (even with a new mtime): everything skipped, nothing rewritten.
    utimesSync(join(input, 'a.txt'), new Date(), new Date());
    const second = jsa(['annotate', input, '--out', out]);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/5 documents \(0 annotated, 5 skipped, 0 failed\)/);
    expect(snapshot(out)).toEqual(before);
    expect(readManifest(out).documents.find((d) => d.id === 'a')).toMatchObject({
      status: 'skipped',
      segments: expect.any(Number),
    });

    // One changed input: only it is annotated again.
    writeFileSync(join(input, 'b.txt'), 'The leaders welcomed the new agreement.\n');
    const third = jsa(['annotate', input, '--out', out]);
    expect(third.stderr).toMatch(/5 documents \(1 annotated, 4 skipped, 0 failed\)/);
    expect(readRecords(join(out, 'b.jsonl'))[0].text).toBe('The leaders welcomed the new agreement.');

    // A deleted output is written again; --force redoes all.
    readdirSync(out)
      .filter((n) => n === 'c.jsonl')
      .forEach((n) => writeFileSync(join(out, n), ''));
    const forced = jsa(['annotate', input, '--out', out, '--force']);
    expect(forced.stderr).toMatch(/5 documents \(5 annotated, 0 skipped, 0 failed\)/);
    expect(readRecords(join(out, 'c.jsonl')).length).toBeGreaterThan(0);

    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'zz-old.jsonl'), 'utf8')).toBe('{}\n');
  });

  it('keeps run-variable facts in the manifest only', () => {
    const work = tempDir('det');
    writeFiles(join(work, 'in'), DOCS);
    jsa(['annotate', join(work, 'in'), '--out', join(work, 'o1'), '--workers', '1']);
    jsa(['annotate', join(work, 'in'), '--out', join(work, 'o2'), '--workers', '3']);
    expect(snapshot(join(work, 'o2'))).toEqual(snapshot(join(work, 'o1')));
    const m = readManifest(join(work, 'o1'));
    expect(m.startedAt).toMatch(/^\d{4}-/);
    expect(m.peakRssMB).toBeGreaterThan(0);
    for (const [name] of snapshot(join(work, 'o1'))) {
      const text = readFileSync(join(work, 'o1', name), 'utf8');
      expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:|\/tmp\//);
    }
  });
});

describe.skipIf(!existsSync(CORPUS))('kill -9 mid-run over 800 corpus statements', () => {
  it('leaves only complete files, and the next run completes all 800', { timeout: 300_000 }, async () => {
    const work = tempDir('kill');
    const out = join(work, 'out');
    const files = readdirSync(CORPUS)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .slice(0, 800)
      .map((n) => join(CORPUS, n));
    const child = jsaAsync(['annotate', ...files, '--out', out]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill once a good part of the work is done but not all of it (checkpoint written).
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      const done = existsSync(out) ? readdirSync(out).filter((n) => n.endsWith('.jsonl')).length : 0;
      if (done >= 250 && existsSync(join(out, '_manifest.json'))) break;
    }
    child.kill('SIGKILL');
    await exited;
    const survivors = readdirSync(out).filter((n) => n.endsWith('.jsonl'));
    expect(survivors.length).toBeGreaterThan(0);
    expect(survivors.length).toBeLessThan(800);
    for (const name of survivors) {
      const records = readRecords(join(out, name)); // throws on a partial line
      expect(records.every((r) => r.doc === name.slice(0, -'.jsonl'.length))).toBe(true);
    }
    const checkpoint = readManifest(out);
    expect(checkpoint.complete).toBe(false);
    const atKill = snapshot(out);

    const rerun = jsa(['annotate', ...files, '--out', out]);
    expect(rerun.status).toBe(0);
    const m = readManifest(out);
    expect(m.complete).toBe(true);
    expect(m.totals).toMatchObject({ documents: 800, failed: 0 });
    expect(m.totals.skipped).toBeGreaterThan(0); // resumed from the checkpoint
    expect(readdirSync(out).filter((n) => n.endsWith('.jsonl'))).toHaveLength(800);
    expect(tempLeftovers(out)).toEqual([]);
    const after = snapshot(out);
    for (const [name, hash] of atKill) if (name.endsWith('.jsonl')) expect(after.get(name), name).toBe(hash);
    console.log(
      `kill -9: ${survivors.length} complete files at kill, checkpoint listed ${checkpoint.documents.length}; ` +
        `rerun: ${m.totals.annotated} annotated, ${m.totals.skipped} skipped in ${m.seconds} s`,
    );
  });
});
