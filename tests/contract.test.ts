import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractProblems } from '../src/eval/contract.js';
import { readJsonl } from '../src/eval/load.js';

const GOLD = join(__dirname, '..', '..', 'shared', 'gold', 'dev');

describe.skipIf(!existsSync(GOLD))('contract checker on the dev gold', () => {
  const docs = existsSync(GOLD)
    ? readdirSync(GOLD)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => f.slice(0, -6))
    : [];
  it.each(docs)('%s honours the contract', (doc) => {
    const original = readFileSync(join(GOLD, `${doc}.txt`), 'utf8');
    expect(contractProblems(readJsonl(join(GOLD, `${doc}.jsonl`)), original, doc)).toEqual([]);
  });
});

describe('contract checker', () => {
  const original = 'Japan and the 😀 United States agreed.';
  const good = {
    schema: 'jsa/1',
    doc: 'd',
    seg: 0,
    kind: 'sentence' as const,
    start: 0,
    end: 37,
    section: null,
    text: 'Japan and the 😀 United States agreed.',
    entities: [{ start: 16, end: 29, type: 'GPE', id: 'USA', text: 'United States' }],
    commitments: [],
  };
  it('accepts code point offsets past a non-BMP character', () => {
    expect(contractProblems([good], original, 'd')).toEqual([]);
  });
  it('rejects UTF-16 offsets, overlapping entities and unsorted parties', () => {
    const bad = {
      ...good,
      entities: [
        { start: 17, end: 30, type: 'GPE', id: 'USA', text: 'United States' },
        { start: 0, end: 5, type: 'GPE', id: 'JPN', text: 'Japan' },
      ],
      commitments: [
        {
          trigger: { start: 30, end: 36, text: 'agreed' },
          category: 'AFFIRM',
          strength: null,
          reiterated: false,
          negated: false,
          actor: null,
          parties: ['USA', 'JPN'],
          content: null,
        },
      ],
    };
    const problems = contractProblems([bad], original, 'd');
    expect(problems.some((p) => p.includes('does not match original'))).toBe(true);
    expect(problems.some((p) => p.includes('out of order'))).toBe(true);
    expect(problems.some((p) => p.includes('parties not sorted'))).toBe(true);
  });
});
