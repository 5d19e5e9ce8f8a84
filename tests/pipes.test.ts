import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const INPUT = join(ROOT, 'input');
const GOLD = join(ROOT, '..', 'shared', 'gold', 'dev');
const SAMPLE = join(INPUT, 'us-japan-2025-02-07.txt');
const tmp = mkdtempSync(join(tmpdir(), 'jsa-pipes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const jsa = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const docsOf = (jsonl: string): string[] => [
  ...new Set(
    jsonl
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { doc: string }).doc),
  ),
];

describe.skipIf(!existsSync(CLI))('pipes and basics (built CLI)', () => {
  it('jsa --version prints the package version', () => {
    const r = jsa(['--version']);
    expect([r.status, r.stdout]).toEqual([
      0,
      `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`,
    ]);
  });

  it('annotate - reads stdin and writes only JSONL to stdout, the summary to stderr', () => {
    const r = jsa(['annotate', '-'], 'Japan and the United States reaffirmed their alliance.\n');
    expect(r.status).toBe(0);
    const [line, ...rest] = r.stdout.split('\n');
    expect(rest).toEqual(['']);
    expect(JSON.parse(line)).toMatchObject({
      schema: 'jsa/1',
      doc: 'stdin',
      seg: 0,
      commitments: [{ category: 'AFFIRM', parties: ['JPN', 'USA'] }],
    });
    expect(r.stderr).toMatch(
      /^jsa: 1 documents \(1 annotated, 0 failed\): 1 segments, 2 entities, 1 commitments in [\d.]+ s\n$/,
    );
  }, 30_000);

  it('--id names the document; --out DIR writes DIR/<id>.jsonl, the same bytes as the batch run', () => {
    const out = join(tmp, 'one');
    const batch = join(tmp, 'batch');
    expect(jsa(['annotate', '-', '--id', 'us-japan-2025-02-07', '--out', out], readFileSync(SAMPLE)).status).toBe(0);
    expect(jsa(['annotate', SAMPLE, '--out', batch, '--workers', '1']).status).toBe(0);
    expect(readFileSync(join(out, 'us-japan-2025-02-07.jsonl'), 'utf8')).toBe(
      readFileSync(join(batch, 'us-japan-2025-02-07.jsonl'), 'utf8'),
    );
  }, 30_000);

  it('--out - writes the documents of files and folders to stdout, in argument then path order', () => {
    const r = jsa(['annotate', INPUT, '--out', '-']);
    expect(r.status).toBe(0);
    const batch = join(tmp, 'batch-all');
    expect(jsa(['annotate', INPUT, '--out', batch, '--workers', '1']).status).toBe(0);
    const ids = docsOf(r.stdout);
    expect(ids.length).toBeGreaterThan(0);
    expect(r.stdout).toBe(ids.map((id) => readFileSync(join(batch, `${id}.jsonl`), 'utf8')).join(''));
  }, 60_000);

  it('a bad stdin is reported on stderr in one line, with nothing on stdout and exit status 1', () => {
    const r = jsa(['annotate', '-'], Buffer.from([0x4a, 0x61, 0xff, 0x70]));
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr.split('\n')[0]).toBe(
      'jsa: -: invalid UTF-8 at byte 2 (the file is not UTF-8 text; convert it first, e.g. with iconv -f latin1 -t utf-8)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('a stdin over --max-mb is refused without reading it whole', () => {
    const r = jsa(['annotate', '-', '--max-mb', '0.001'], 'x'.repeat(4096));
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr.split('\n')[0]).toMatch(/^jsa: -: .*limit/);
  }, 30_000);

  it('- is one document: it cannot be combined with files', () => {
    const r = jsa(['annotate', '-', SAMPLE], 'x');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'jsa annotate: - (one document from stdin) cannot be combined with other inputs',
    );
  });

  it('batch-only options are a usage error with stdin or stdout', () => {
    const r = jsa(['annotate', '-', '--workers', '2'], 'x');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'jsa annotate: unknown option --workers; with - or --out -, annotate takes only --out, --id, --pipeline and --max-mb',
    );
  });

  it.skipIf(!existsSync(GOLD))(
    'stops quietly when the reader closes the pipe early',
    () => {
      // The gold's JSONL is far larger than a pipe's buffer, so writes fail once head has gone.
      const r = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${CLI}" annotate "${GOLD}" --out - | head -c 100 >/dev/null`],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/^jsa: \d+ documents .*, stopped: stdout was closed\n$/);
    },
    30_000,
  );
});
