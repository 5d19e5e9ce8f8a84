/**
 * Issue 10, a run under way: a second run on the same output folder, files
 * and folders vanishing mid-run, SIGINT/SIGTERM. Waits are on conditions
 * (outputs appearing), never on fixed sleeps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  corpusFolder,
  jsa,
  jsaBackground,
  jsonlCount,
  readManifest,
  readRecords,
  removeTempDirs,
  tempDir,
  tempLeftovers,
  waitFor,
  writeFiles,
} from './batch-helpers.js';

afterAll(removeTempDirs);

const DOCS = 300;

describe('one run per output folder', { timeout: 300_000 }, () => {
  it('a second run exits 2 naming the holder; the first completes untouched', async () => {
    const work = tempDir('lock');
    corpusFolder(join(work, 'big'), DOCS);
    writeFiles(join(work, 'small'), { 'other.txt': 'The leaders met.\n' });
    const out = join(work, 'out');
    const first = jsaBackground(['annotate', join(work, 'big'), '--out', out, '--workers', '1']);
    await waitFor(() => jsonlCount(out) > 0, 'the first run to write an output');
    const second = jsa(['annotate', join(work, 'small'), '--out', out]);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`in use by another jsa run \\(pid ${first.child.pid} on `));
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    const r = await first.done;
    expect(r.status).toBe(0);
    const m = readManifest(out);
    expect(m.totals).toMatchObject({ documents: DOCS, annotated: DOCS, failed: 0 });
    expect(existsSync(join(out, 'other.jsonl'))).toBe(false);
    expect(tempLeftovers(out)).toEqual([]);
    expect(readdirSync(out).filter((n) => n.startsWith('.jsa-lock'))).toEqual([]);
  });

  it('takes over the lock of a dead run with a warning, and removes its temp files', () => {
    const work = tempDir('stale');
    writeFiles(join(work, 'in'), { 'a.txt': 'The leaders met.\n' });
    const out = join(work, 'out');
    mkdirSync(out);
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(
      join(out, '.jsa-lock'),
      JSON.stringify({ pid: deadPid, host: hostname(), tag: 'zz9', since: '2026-01-01T00:00:00Z' }),
    );
    writeFileSync(join(out, '.zz9-4.jsa-tmp'), 'half a file');
    const r = jsa(['annotate', join(work, 'in'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`warning: taking over the lock .*\\.jsa-lock of a run that is gone \\(pid ${deadPid} `),
    );
    expect(tempLeftovers(out)).toEqual([]);
    expect(existsSync(join(out, '.jsa-lock'))).toBe(false);
  });
});

describe('files and folders vanishing mid-run', { timeout: 300_000 }, () => {
  it('fails just those documents (unreadable), completes the rest and writes the manifest', async () => {
    const work = tempDir('vanish');
    const input = join(work, 'in');
    const names = corpusFolder(input, DOCS);
    // Sorted last, so discovery reaches them long after the run has started.
    writeFiles(join(input, 'zz-folder'), { 'inner.txt': 'The leaders met.\n' });
    writeFiles(input, { 'zz-gone.txt': 'They agreed.\n', 'zz-kept.txt': 'They parted.\n' });
    const out = join(work, 'out');
    const run = jsaBackground(['annotate', input, '--out', out, '--workers', '1']);
    await waitFor(() => jsonlCount(out) > 0, 'the run to write an output');
    rmSync(join(input, 'zz-gone.txt'));
    rmSync(join(input, 'zz-folder'), { recursive: true });
    const r = await run.done;
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/zz-gone\.txt: cannot read .*ENOENT/);
    expect(r.stderr).toMatch(/zz-folder: cannot read folder: .*ENOENT/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const m = readManifest(out);
    expect(m.complete).toBe(true);
    expect(m.totals).toMatchObject({ annotated: names.length + 1, failed: 2 });
    expect(m.documents.filter((d) => d.status === 'failed').map((d) => d.reason)).toEqual(['unreadable', 'unreadable']);
    expect(tempLeftovers(out)).toEqual([]);
  });
});

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s mid-run', (signal, code) => {
  it(`stops, writes an incomplete manifest, prints the summary and exits ${code}`, { timeout: 300_000 }, async () => {
    const work = tempDir(`sig-${signal}`);
    const input = join(work, 'in');
    corpusFolder(input, DOCS);
    const out = join(work, 'out');
    const run = jsaBackground(['annotate', input, '--out', out, '--workers', '1']);
    await waitFor(() => jsonlCount(out) >= 3, 'a few outputs');
    run.child.kill(signal);
    const r = await run.done;
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(new RegExp(`${signal}: stopping`));
    expect(r.stderr).toMatch(/jsa: \d+ documents \(\d+ annotated, .*\(interrupted: not complete\)\n$/);
    const m = readManifest(out);
    expect(m.complete).toBe(false);
    expect(m.totals.annotated).toBeLessThan(DOCS);
    const written = readdirSync(out).filter((n) => n.endsWith('.jsonl'));
    expect(written.length).toBe(m.totals.annotated);
    for (const name of written) expect(readRecords(join(out, name)).length).toBeGreaterThan(0);
    expect(tempLeftovers(out)).toEqual([]);
    expect(existsSync(join(out, '.jsa-lock'))).toBe(false);

    const rerun = jsa(['annotate', input, '--out', out, '--workers', '1']);
    expect(rerun.status).toBe(0);
    expect(readManifest(out).totals).toMatchObject({ documents: DOCS, skipped: m.totals.annotated, failed: 0 });
  });
});
