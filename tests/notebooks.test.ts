/**
 * The README's notebook recipes, extracted from the README itself so they cannot drift, run
 * on a real output: a document with front matter, one without commitments and an empty one.
 * Skipped (the reason in the test name) when pandas or R with dplyr is not installed;
 * `.ci/run` installs both.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, jsa, removeTempDirs, tempDir, writeFiles } from './batch-helpers.js';

/** Fenced blocks of one language in the README's "Notebook recipes" section. */
function recipes(lang: 'python' | 'r'): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Notebook recipes');
  const end = readme.indexOf('\n## ', start);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === lang).map((m) => m[2]);
}

const works = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;

/** pyenv's python3 may lack pandas while Debian's has it. */
const PYTHON = ['python3', '/usr/bin/python3'].find((p) => works(p, ['-c', 'import pandas']));
const RSCRIPT = works('Rscript', ['-e', 'library(dplyr)']) ? 'Rscript' : undefined;

let work: string;
beforeAll(() => {
  work = tempDir('notebooks');
  writeFiles(join(work, 'input'), {
    'front-matter.md':
      '---\ntitle: "Joint Statement of the United States and Canada"\ndate: \'2023-03-24\'\n---\n\n' +
      'Joint Statement of the United States and Canada\n\nThe United States and Canada reaffirmed their commitment ' +
      'to a secure border. The two countries will expand cooperation on clean energy.\n',
    'no-commitments.txt': 'Readout of a Call\n\nThe two ministers met in Ottawa on Tuesday.\n',
    'empty.txt': '',
  });
  writeFileSync(join(work, 'input', 'sample.txt'), readFileSync(join(ROOT, 'input', 'us-japan-2025-02-07.txt')));
  expect(jsa(['annotate', 'input', '--out', 'output', '--workers', '1'], work).status).toBe(0);
  expect(jsa(['export', 'output', '--to', 'tables'], work).status).toBe(0);
  expect(readFileSync(join(work, 'output', 'no-commitments.jsonl'), 'utf8')).not.toMatch(/"trigger"/);
  // The front matter reaches the tables through the run manifest.
  expect(readFileSync(join(work, 'tables', 'documents.csv'), 'utf8')).toContain(
    'front-matter,Joint Statement of the United States and Canada,2023-03-24,2023,',
  );
}, 120_000);
afterAll(removeTempDirs);

function run(cmd: string, args: string[], code: string, ext: string): string {
  const file = join(work, `recipe.${ext}`);
  writeFileSync(file, code);
  const r = spawnSync(cmd, [...args, file], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr + r.stdout).not.toMatch(/Error|Traceback/);
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('the README', () => {
  it('has pandas and R recipes', () => {
    expect(recipes('python').length).toBeGreaterThanOrEqual(2);
    expect(recipes('r').length).toBeGreaterThanOrEqual(1);
  });
});

describe.skipIf(!PYTHON)(
  `pandas recipes${PYTHON ? '' : ' (skipped: no python3 with pandas; apt-get install python3-pandas)'}`,
  () => {
    it.each(recipes('python').map((code, i) => [i, code]))('recipe %i runs as written', (_, code) => {
      expect(run(PYTHON!, [], code as string, 'py')).toMatch(/COMMIT/);
    });
  },
);

describe.skipIf(!RSCRIPT)(
  `R recipes${RSCRIPT ? '' : ' (skipped: no Rscript with dplyr; apt-get install r-base-core r-cran-dplyr)'}`,
  () => {
    it.each(recipes('r').map((code, i) => [i, code]))('recipe %i runs as written', (_, code) => {
      expect(run(RSCRIPT!, [], code as string, 'R')).toMatch(/COMMIT/);
    });
  },
);
