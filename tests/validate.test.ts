import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnnotator } from '../src/index.js';
import { validateFile } from '../src/commands/validate.js';
import { SCHEMA_FILE, validateRecord } from '../src/schema/validate.js';

const ROOT = join(__dirname, '..');
const GOLD = join(ROOT, '..', 'shared', 'gold', 'dev');
const CLI = join(ROOT, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'jsa-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const GOOD = {
  schema: 'jsa/1',
  doc: 'd',
  seg: 0,
  kind: 'sentence',
  start: 0,
  end: 33,
  section: null,
  text: 'Japan reaffirmed its commitment.',
  entities: [{ start: 0, end: 5, text: 'Japan', type: 'GPE', id: 'JPN' }],
  commitments: [
    {
      trigger: { start: 6, end: 16, text: 'reaffirmed' },
      category: 'COMMIT',
      strength: 4,
      reiterated: true,
      negated: false,
      actor: { start: 0, end: 5, text: 'Japan' },
      parties: ['JPN'],
      content: null,
      lemma: 'reaffirm',
    },
  ],
};
type Rec = typeof GOOD & Record<string, unknown>;
const broken = (change: (r: Rec) => void): Rec => {
  const r = structuredClone(GOOD) as Rec;
  change(r);
  return r;
};
const reasons = (r: unknown): string[] => validateRecord(r).map((p) => `${p.path}: ${p.reason}`);

describe('the JSON Schema (schema/jsa-1.schema.json)', () => {
  it('is the file the package ships, a 2020-12 schema', () => {
    expect(SCHEMA_FILE).toBe(join(ROOT, 'schema', 'jsa-1.schema.json'));
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts a contract record, with or without the added lemma', () => {
    expect(reasons(GOOD)).toEqual([]);
    expect(reasons(broken((r) => delete (r.commitments[0] as Record<string, unknown>).lemma))).toEqual([]);
  });

  it('names where and why a record breaks the contract', () => {
    expect(
      reasons(
        broken((r) => {
          r.commitments[0].strength = 7;
        }),
      ),
    ).toEqual(['/commitments/0/strength: must be <= 5, got 7']);
    expect(
      reasons(
        broken((r) => {
          delete (r as Record<string, unknown>).section;
        }),
      ),
    ).toEqual([': must have "section"']);
    expect(
      reasons(
        broken((r) => {
          r.kind = 'paragraph';
        }),
      ),
    ).toEqual(['/kind: must be one of sentence, heading, got "paragraph"']);
    expect(
      reasons(
        broken((r) => {
          r.schema = 'jsa/2';
        }),
      ),
    ).toEqual(['/schema: must be "jsa/1", got "jsa/2"']);
    expect(
      reasons(
        broken((r) => {
          (r.commitments[0] as Record<string, unknown>).actor = 'Japan';
        }),
      ),
    ).toEqual(['/commitments/0/actor: must be object or null, got string']);
    expect(
      reasons(
        broken((r) => {
          (r.commitments[0].actor as Record<string, unknown>).end = -1;
        }),
      ),
    ).toEqual(['/commitments/0/actor/end: must be >= 0, got -1']);
    expect(
      reasons(
        broken((r) => {
          r.entities[0].type = 'COUNTRY';
        }),
      ),
    ).toHaveLength(1);
    expect(
      reasons(
        broken((r) => {
          r.commitments[0].category = 'PROMISE';
        }),
      ),
    ).toHaveLength(1);
    expect(
      reasons(
        broken((r) => {
          r.commitments[0].lemma = 'Reaffirm';
        }),
      ),
    ).toEqual(['/commitments/0/lemma: must match ^[^A-Z]*$, got "Reaffirm"']);
    expect(
      reasons(
        broken((r) => {
          r.text = ' padded  ';
        }),
      ),
    ).toHaveLength(1);
    expect(
      reasons(
        broken((r) => {
          r.commitments[0].parties = ['JPN', 'JPN'];
        }),
      ),
    ).toEqual(['/commitments/0/parties: must not repeat an item']);
    expect(
      reasons(
        broken((r) => {
          r.seg = 1.5;
        }),
      ),
    ).toEqual(['/seg: must be integer, got number']);
  });

  it.skipIf(!existsSync(GOLD))('fits every line of the dev gold', () => {
    const files = readdirSync(GOLD).filter((n) => n.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(validateFile(join(GOLD, f)).problems).toEqual([]);
  });

  it('fits fresh output of the sample statement', async () => {
    const annotator = await createAnnotator();
    const text = readFileSync(join(ROOT, 'input', 'us-japan-2025-02-07.txt'), 'utf8');
    const records = annotator.annotate(text, { id: 'us-japan-2025-02-07' });
    expect(records.length).toBeGreaterThan(10);
    expect(records.flatMap((r) => reasons(r))).toEqual([]);
  }, 60_000);
});

describe.skipIf(!existsSync(CLI))('jsa validate', () => {
  it('prints file:line: path: reason for each problem and exits 1', () => {
    const dir = join(tmp, 'out');
    execFileSync('mkdir', ['-p', dir]);
    const bad = broken((r) => {
      r.commitments[0].strength = 9;
    });
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(GOOD)}\n${JSON.stringify(bad)}\n{oops\n`);
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify(GOOD)}\n`);
    const r = spawnSync(process.execPath, [CLI, 'validate', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${join(dir, 'a.jsonl')}:2: /commitments/0/strength: must be <= 5, got 9`);
    expect(lines[1]).toMatch(new RegExp(`^${join(dir, 'a.jsonl')}:3: \\(line\\): not JSON: `));
    expect(lines).toHaveLength(2);
    expect(r.stderr).toBe('jsa: validate: 2 files, 4 records, 2 problems\n');
  });

  it('names a repeated or overlapping segment and a gap in the numbering', () => {
    const second = { ...structuredClone(GOOD), seg: 1 };
    const skipped = {
      ...structuredClone(GOOD),
      seg: 3,
      start: 40,
      end: 73,
      entities: [{ start: 40, end: 45, text: 'Japan', type: 'GPE', id: 'JPN' }],
      commitments: [],
    };
    const file = join(tmp, 'order.jsonl');
    writeFileSync(file, `${[GOOD, second, skipped].map((r) => JSON.stringify(r)).join('\n')}\n`);
    expect(validateFile(file).problems).toEqual([
      `${file}:2: start: 0 overlaps the previous segment (ends at 33)`,
      `${file}:3: seg: 3, expected 2`,
    ]);
  });

  it.skipIf(!existsSync(GOLD))('passes the gold and says so', () => {
    const r = spawnSync(process.execPath, [CLI, 'validate', GOLD], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toMatch(/^jsa: validate: \d+ files, \d+ records, 0 problems\n$/);
  });

  it('is a usage error without a file, or with one that does not exist', () => {
    expect(spawnSync(process.execPath, [CLI, 'validate'], { encoding: 'utf8' }).status).toBe(2);
    const r = spawnSync(process.execPath, [CLI, 'validate', join(tmp, 'missing')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`jsa validate: no such file or folder: ${join(tmp, 'missing')}`);
  });
});
