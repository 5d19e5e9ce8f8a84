import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWholeWord, LETTER } from '../src/text/whole-word.js';
import { escapeRegExp } from '../src/text/regexp.js';

/** The regex the search replaces: first whole-word occurrence, or -1. */
function byRegex(text: string, word: string, cls: string): number {
  const m = new RegExp(`(^|[^${cls}])${escapeRegExp(word)}(?=$|[^${cls}])`, 'u').exec(text);
  return m ? m.index + m[1].length : -1;
}

// Letters (incl. an astral one), digits, spaces, punctuation: enough to build and break word boundaries.
const pieces = ['a', 'b', 'ab', 'U.S.', '-', ' ', '1', 'é', '𝐔', '.', "'", 'ba'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
const word = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));

describe('findWholeWord', () => {
  it('finds what the whole-word regex finds (letters and numbers as word characters)', () => {
    fc.assert(
      fc.property(text, word, (t, w) => findWholeWord(t, w) === byRegex(t, w, '\\p{L}\\p{N}')),
      { numRuns: 5000 },
    );
  });

  it('finds what the whole-word regex finds (letters only)', () => {
    fc.assert(
      fc.property(text, word, (t, w) => findWholeWord(t, w, LETTER) === byRegex(t, w, '\\p{L}')),
      { numRuns: 5000 },
    );
  });

  it('treats a name inside a longer word or next to an astral letter as no match', () => {
    expect(findWholeWord('Japanese and Japan', 'Japan')).toBe(13);
    expect(findWholeWord('U.S.-Japan', 'Japan')).toBe(5);
    expect(findWholeWord('𝐔Japan', 'Japan')).toBe(-1);
    expect(findWholeWord('Japan2', 'Japan')).toBe(-1);
    expect(findWholeWord('Japan2', 'Japan', LETTER)).toBe(0);
  });
});
