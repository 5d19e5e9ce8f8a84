import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFrontMatter } from '../src/stages/normalize/front-matter.js';
import { readSimpleMapping } from '../src/stages/normalize/simple-yaml.js';

const WANTED = new Set(['title', 'date', 'source_url']);

/** What the YAML library reads: the wanted string values, or 'error' / 'not-a-map'. */
function viaYaml(text: string): Map<string, unknown> | string {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return 'error';
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'not-a-map';
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) if (WANTED.has(k)) out.set(k, v);
  return out;
}

/** The fast reader must either decline (null) or agree exactly with the YAML library. */
function agrees(text: string): void {
  const fast = readSimpleMapping(text, WANTED);
  if (fast !== null) expect(fast).toEqual(viaYaml(text));
}

describe('simple front matter reader', () => {
  it('reads the usual corpus shapes itself', () => {
    const text = [
      "date: '2022-09-30'",
      'published_time: 2022-09-30 17:08:45-04:00',
      'tags: statements-releases',
      'title: "Readout of White\\_House Meeting with State Leaders on Mental Health\\',
      '  \\ Legislation \\u2060x"',
    ].join('\n');
    const fast = readSimpleMapping(text, WANTED);
    expect(fast?.get('title')).toBe(
      'Readout of White\u00a0House Meeting with State Leaders on Mental Health Legislation \u2060x',
    );
    expect(fast?.get('date')).toBe('2022-09-30');
    agrees(text);
  });

  it('declines what it does not cover: lists, comments, duplicates, numbers', () => {
    for (const text of [
      'tags:\n- a\n- b',
      'title: x # note',
      'title: a\ntitle: b',
      'date: 2021-01-15',
      'true: 1\nTrue: 2',
      'title: a: b',
    ]) {
      expect(readSimpleMapping(text, WANTED)).toBeNull();
    }
  });

  it('agrees with the YAML library on generated front matter', () => {
    const piece = fc.constantFrom(
      'a',
      'B',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '\n ',
      '\n\n  ',
      '"',
      "'",
      "''",
      '\\',
      '\\"',
      '\\_',
      '\\n',
      '\\u2060',
      '\\x41',
      '\\U0001F600',
      '\\q',
      '\\ ',
      ':',
      ': ',
      ' #',
      '#',
      '-',
      '[',
      '{',
      ',',
      '1',
      '0x1',
      'true',
      'null',
      '\u00a0',
      'é',
      '\u2028',
      '\u0085',
      '\u3000',
      '~',
      '@',
      '`',
      '%',
      '&a',
      '*a',
      '!t',
      '|',
      '>',
      '?',
      '---',
      '...',
      '\ufeff',
      '\ud800',
      '\\ud800',
    );
    const value = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const key = fc.constantFrom('title', 'date', 'source_url', 'tags', 'x-y', 'True', '_k');
    const entry = fc
      .tuple(key, fc.constantFrom('', ' ', '  '), fc.constantFrom('', '"', "'"), value)
      .map(([k, sp, q, v]) => `${k}:${sp}${q}${v}${q}`);
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => agrees(entries.join('\n'))),
      { numRuns: 20000 },
    );
  });
});

const corpus = join(__dirname, '..', '..', 'shared', 'corpus', 'wh-statements');
describe.skipIf(!existsSync(corpus))('front matter of the corpus', () => {
  it('is read the same by the fast reader and the YAML library', () => {
    let fast = 0;
    for (const name of readdirSync(corpus).slice(0, 3000)) {
      const text = readFileSync(join(corpus, name), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!m) continue;
      if (readSimpleMapping(m[1], WANTED)) fast++;
      agrees(m[1]);
      expect(readFrontMatter(text).bodyStart).toBe(m[0].length);
    }
    expect(fast).toBeGreaterThan(1000);
  });
});
