import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenBoundsByPattern, tokenBoundsOf, tokenizeRange } from '../src/stages/entities/tokens.js';

// Pieces that exercise every branch of the token pattern: abbreviations, initials,
// dotted acronyms, apostrophes (straight and curly), `+`, digits, non-ASCII letters,
// an astral letter, Unicode spaces and punctuation.
const pieces = [
  'U',
  'S',
  '.',
  'Mr',
  'Mrs',
  'Dr',
  'St',
  'No',
  'a',
  'Japan',
  'é',
  'Ł',
  '𝐔',
  '1',
  '19',
  "'",
  '’',
  's',
  '+',
  '-',
  '–',
  ',',
  ';',
  '(',
  ')',
  '"',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  'G7',
  'C++',
  '’s',
  "'s",
  '#',
  '$',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

describe('entity tokenizer', () => {
  it('splits exactly where its token pattern does', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokenBoundsOf(s)).toEqual(tokenBoundsByPattern(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('splits arbitrary Unicode exactly where its token pattern does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(tokenBoundsOf(s)).toEqual(tokenBoundsByPattern(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps acronyms and initials whole and splits possessives', () => {
    const keys = (s: string): string[] => tokenizeRange(s, 0, s.length).map((t) => t.key);
    expect(keys('U.S.-Japan ties')).toEqual(['U.S.', '-', 'Japan', 'ties']);
    expect(keys('Mr. J. Smith’s G7 plan.')).toEqual(['Mr.', 'J.', 'Smith', "'s", 'G7', 'plan', '.']);
  });
});
