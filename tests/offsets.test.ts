/** Property tests for the one place offsets are converted (src/offsets.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, collapseWhitespace, MappedTextBuilder, OffsetMap } from '../src/offsets.js';

/** Strings mixing ASCII, BMP, astral characters and lone surrogates. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é', '\u00a0', '😀', '𝐔', '\ud800', '\udc00'), maxLength: 60 }),
);

/** UTF-16 indices that start a code point (as Array.from splits the string), plus the end. */
function boundaries(s: string): number[] {
  const at: number[] = [];
  let i = 0;
  for (const ch of s) {
    at.push(i);
    i += ch.length;
  }
  at.push(s.length);
  return at;
}

describe('CodePointIndex', () => {
  it('agrees with Array.from and round-trips at every code point boundary', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const idx = new CodePointIndex(s);
        const b = boundaries(s);
        expect(idx.codePointLength).toBe(Array.from(s).length);
        b.forEach((utf16, cp) => {
          expect(idx.toCodePoint(utf16)).toBe(cp);
          expect(idx.toUtf16(cp)).toBe(utf16);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('maps the low half of a surrogate pair to its code point', () => {
    const idx = new CodePointIndex('a😀b');
    expect([0, 1, 2, 3, 4].map((i) => idx.toCodePoint(i))).toEqual([0, 1, 1, 2, 3]);
  });
});

describe('OffsetMap', () => {
  it('identity: a span maps to itself, in code points of the original', () => {
    fc.assert(
      fc.property(anyString, fc.nat(), fc.nat(), (s, a, b) => {
        const map = OffsetMap.identity(s);
        const start = Math.min(a, b) % (s.length + 1);
        const end = Math.max(start, Math.max(a, b) % (s.length + 1));
        expect(map.toOriginalUtf16({ start, end })).toEqual({ start, end: Math.max(end, start) });
        const cp = map.toOriginal({ start, end });
        expect(map.originalUtf16(cp).start).toBeLessThanOrEqual(start);
      }),
      { numRuns: 200 },
    );
  });

  it('builder: every text unit maps back into the original range it came from', () => {
    // A random original cut into pieces, each copied or replaced (like an entity decode or markup removal).
    const ops = fc.array(
      fc.record({
        len: fc.integer({ min: 1, max: 6 }),
        replace: fc.option(fc.string({ maxLength: 3 }), { nil: null }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(ops, (pieces) => {
        const original = pieces.map((p, i) => String.fromCharCode(97 + (i % 26)).repeat(p.len)).join('');
        const builder = new MappedTextBuilder(original);
        const expected: Array<[number, number]> = [];
        let at = 0;
        for (const p of pieces) {
          if (p.replace === null) {
            builder.copy(at, at + p.len);
            for (let k = 0; k < p.len; k++) expected.push([at + k, at + k + 1]);
          } else {
            builder.replace(at, at + p.len, p.replace);
            for (let k = 0; k < p.replace.length; k++) expected.push([at, at + p.len]);
          }
          at += p.len;
        }
        const { text, offsets } = builder.build();
        expect(text.length).toBe(expected.length);
        expected.forEach(([s, e], i) =>
          expect(offsets.toOriginalUtf16({ start: i, end: i + 1 })).toEqual({ start: s, end: e }),
        );
        if (text.length > 0) {
          const whole = offsets.toOriginalUtf16({ start: 0, end: text.length });
          expect(whole.start).toBe(expected[0][0]);
          expect(whole.end).toBe(expected[expected.length - 1][1]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('collapseWhitespace', () => {
  it('turns every whitespace run into one space and trims (tidy spans pass through unchanged)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const c = collapseWhitespace(s);
        expect(c).toBe(s.replace(/\s+/g, ' ').trim());
        expect(c).not.toMatch(/\s\s|[^\S ]|^\s|\s$/);
      }),
      { numRuns: 2000 },
    );
  });
});
