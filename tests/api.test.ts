import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { createAnnotator, type Annotator } from '../src/index.js';

const ROOT = join(__dirname, '..');
const GOLD = join(ROOT, '..', 'shared', 'gold', 'dev');
const CLI = join(ROOT, 'dist', 'cli.js');
const TWO_LEADERS = 'The two leaders reaffirmed their commitment to a free and open Indo-Pacific.\n';

let annotator: Annotator;
beforeAll(async () => {
  annotator = await createAnnotator();
}, 60_000);

describe('the library API', () => {
  it('exports exactly the documented entry points', () => {
    expect(Object.keys(api).sort()).toEqual(['SCHEMA', 'createAnnotator', 'jsaVersion', 'validateRecord']);
    expect(api.jsaVersion()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('returns the records a .jsonl file holds, valid against the shipped schema', () => {
    const records = annotator.annotate('Joint Statement\n\nJapan and the United States reaffirmed their alliance.\n', {
      id: 'memo',
    });
    expect(records.map((r) => [r.doc, r.seg, r.kind, r.text])).toEqual([
      ['memo', 0, 'heading', 'Joint Statement'],
      ['memo', 1, 'sentence', 'Japan and the United States reaffirmed their alliance.'],
    ]);
    expect(records[1].commitments[0]).toMatchObject({ category: 'AFFIRM', reiterated: true, parties: ['JPN', 'USA'] });
    expect(records.flatMap((r) => api.validateRecord(r))).toEqual([]);
  });

  it.skipIf(!existsSync(GOLD) || !existsSync(CLI))(
    "gives the batch command's output, line for line",
    () => {
      const out = mkdtempSync(join(tmpdir(), 'jsa-api-'));
      try {
        const id = 'us-mexico-2021-03-01';
        execFileSync(process.execPath, [CLI, 'annotate', join(GOLD, `${id}.txt`), '--out', out, '--workers', '1'], {
          stdio: 'pipe',
        });
        const lines = annotator
          .annotate(readFileSync(join(GOLD, `${id}.txt`), 'utf8'), { id })
          .map((r) => JSON.stringify(r));
        expect(`${lines.join('\n')}\n`).toBe(readFileSync(join(out, `${id}.jsonl`), 'utf8'));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('uses the title in meta to resolve who "the two leaders" are, when the text has no front matter', () => {
    const parties = (meta?: api.DocumentMeta): string[] =>
      annotator.annotate(TWO_LEADERS, { id: 'x', meta }).flatMap((r) => r.commitments.flatMap((c) => c.parties));
    expect(parties({ title: 'Joint Statement of the United States and Japan' })).toEqual(['JPN', 'USA']);
    expect(parties()).toEqual([]);
  });

  it('counts offsets from after a leading BOM, as for files', () => {
    const [first] = annotator.annotate('\ufeffJapan reaffirmed its position.');
    expect([first.start, first.entities[0].start]).toEqual([0, 0]);
  });

  it('rejects a text that is not a string and a broken pipeline folder, naming the problem', async () => {
    expect(() => annotator.annotate(42 as unknown as string)).toThrow('annotate: text must be a string, got number');
    await expect(createAnnotator({ pipelineDir: join(tmpdir(), 'no-such-pipeline') })).rejects.toThrow(/pipeline\.yml/);
  });
});

/** Installs the packed tarball into a fresh project and uses it as a consumer would (built dist/ required). */
describe.skipIf(!existsSync(join(ROOT, 'dist', 'index.js')))('the packed package', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'jsa-pack-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const npm = (args: string[], cwd: string): string =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('ships dist, pipeline and schema (no tests), installs, imports, type-checks and annotates', () => {
    // dist/ is built by `npm test` first, so the pack skips `prepare`.
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const files = packed.files.map((f) => f.path);
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli.js',
      'dist/english-facts.json',
      'pipeline/pipeline.yml',
      'schema/jsa-1.schema.json',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(tests|src|heldout|input|output|node_modules)\//.test(f))).toEqual([]);

    const project = join(tmp, 'consumer');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(
      ['install', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, packed.filename)],
      project,
    );
    writeFileSync(
      join(project, 'use.ts'),
      `import { createAnnotator, type SegmentRecord } from 'jsa';
const annotator = await createAnnotator();
const records: SegmentRecord[] = annotator.annotate('Japan and the United States reaffirmed their alliance.', { id: 'x' });
const parties: string[] = records[0].commitments[0].parties;
console.log(JSON.stringify({ doc: records[0].doc, parties }));
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
        },
        files: ['use.ts'],
      }),
    );
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {
      stdio: 'pipe',
    });
    const script = readFileSync(join(project, 'use.ts'), 'utf8')
      .replace(', type SegmentRecord', '')
      .replace(/: SegmentRecord\[\]|: string\[\]/g, '');
    writeFileSync(join(project, 'use.mjs'), script);
    expect(JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }))).toEqual({
      doc: 'x',
      parties: ['JPN', 'USA'],
    });
    const schema = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import s from 'jsa/schema/jsa-1.schema.json' with { type: 'json' }; console.log(s.title)",
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(schema.trim()).toBe('jsa/1 segment record');
  }, 120_000);
});
