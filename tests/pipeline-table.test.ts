import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineTable, readmeWithTable } from '../scripts/pipeline-table.mjs';

const ROOT = join(__dirname, '..');

describe('the README table of pipeline data files', () => {
  it('is current (regenerate with node scripts/pipeline-table.mjs --write)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readmeWithTable(readme, pipelineTable())).toBe(readme);
  });

  it('says what each file holds and counts its entries and names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jsa-table-'));
    try {
      mkdirSync(join(dir, 'gazetteers'));
      writeFileSync(
        join(dir, 'gazetteers', 'seas.yml'),
        '# Seas of the world: a test. More text.\nsource: x\nentries:\n  - {name: Red Sea, aliases: [Erythraean Sea]}\n  - {name: Baltic Sea}\n',
      );
      writeFileSync(
        join(dir, 'words.yml'),
        '# Word lists | with a pipe.\nverbs: [a, b, c]\nheads: {ORG: [x, y], LAW: [z]}\n',
      );
      expect(pipelineTable(dir).split('\n').slice(2)).toEqual([
        '| `gazetteers/seas.yml` | Seas of the world: a test. | 2 entries, 3 names |',
        '| `words.yml` | Word lists \\| with a pipe. | 6 entries |',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
