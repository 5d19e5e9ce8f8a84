/**
 * All offset arithmetic lives here.
 *
 * Two conversions exist and nowhere else:
 *  1. normalized text (`doc.text`) → original text, both UTF-16 indices,
 *     recorded character by character while normalize builds the text;
 *  2. original UTF-16 index ↔ Unicode code point offset (the contract's unit).
 */
import type { Span } from './document.js';

/** Converts between UTF-16 indices and code point offsets of one string. */
export class CodePointIndex {
  /** cpAt[i] = code point offset of UTF-16 index i (length n+1); null when the string is all BMP. */
  private readonly cpAt: Int32Array | null;
  private readonly utf16At: Int32Array | null;

  constructor(readonly source: string) {
    if (!/[\uD800-\uDFFF]/.test(source)) {
      this.cpAt = null;
      this.utf16At = null;
      return;
    }
    const n = source.length;
    const cpAt = new Int32Array(n + 1);
    const utf16At: number[] = [];
    let cp = 0;
    for (let i = 0; i < n; i++) {
      cpAt[i] = cp;
      const c = source.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      utf16At.push(i);
      if (pair) {
        cpAt[i + 1] = cp; // the low surrogate belongs to the same code point
        i++;
      }
      cp++;
    }
    cpAt[n] = cp;
    utf16At.push(n);
    this.cpAt = cpAt;
    this.utf16At = Int32Array.from(utf16At);
  }

  /** Code point offset of UTF-16 index `i` (0 ≤ i ≤ length). */
  toCodePoint(i: number): number {
    return this.cpAt === null ? i : this.cpAt[i];
  }

  /** UTF-16 index of code point offset `cp`. */
  toUtf16(cp: number): number {
    return this.utf16At === null ? cp : this.utf16At[cp];
  }

  /** Number of code points in the string. */
  get codePointLength(): number {
    return this.toCodePoint(this.source.length);
  }
}

/**
 * Maps each UTF-16 unit of the normalized text to the original range it came
 * from. Most units map to one original unit; a decoded entity (`&amp;` → `&`)
 * maps to the whole entity.
 */
export class OffsetMap {
  private readonly codePoints: CodePointIndex;

  constructor(
    readonly original: string,
    readonly text: string,
    /** null for the identity map (text === original). */
    private readonly origStart: Int32Array | null,
    private readonly origEnd: Int32Array | null,
  ) {
    if (origStart && origEnd && (origStart.length !== text.length || origEnd.length !== text.length)) {
      throw new Error('OffsetMap: one original range is needed per text unit');
    }
    this.codePoints = new CodePointIndex(original);
  }

  /** The identity map: text equals original. */
  static identity(original: string): OffsetMap {
    return new OffsetMap(original, original, null, null);
  }

  /** Original UTF-16 range of a non-empty span of the normalized text. */
  toOriginalUtf16(span: Span): Span {
    if (this.origStart === null || this.origEnd === null) return { start: span.start, end: span.end };
    if (span.end <= span.start) {
      const at = span.start < this.text.length ? this.origStart[span.start] : this.original.length;
      return { start: at, end: at };
    }
    return { start: this.origStart[span.start], end: this.origEnd[span.end - 1] };
  }

  /** Code point offsets into the original: the contract's coordinates. */
  toOriginal(span: Span): Span {
    const u = this.toOriginalUtf16(span);
    return { start: this.codePoints.toCodePoint(u.start), end: this.codePoints.toCodePoint(u.end) };
  }

  /** Converts code point offsets of the original to UTF-16 indices of the original. */
  originalUtf16(cpSpan: Span): Span {
    return { start: this.codePoints.toUtf16(cpSpan.start), end: this.codePoints.toUtf16(cpSpan.end) };
  }
}

/** Builds normalized text while recording where each unit came from. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  // Growable typed arrays: per-unit number[] pushes dominated normalize's time.
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly original: string) {
    const capacity = Math.max(16, original.length + 16);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    const capacity = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Copies original[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.original.slice(start, end));
    this.reserve(end - start);
    let k = this.length;
    for (let i = start; i < end; i++, k++) {
      this.starts[k] = i;
      this.ends[k] = i + 1;
    }
    this.length = k;
  }

  /** Emits `replacement` standing for original[start, end) (e.g. a decoded entity). */
  replace(start: number, end: number, replacement: string): void {
    this.parts.push(replacement);
    this.reserve(replacement.length);
    this.starts.fill(start, this.length, this.length + replacement.length);
    this.ends.fill(end, this.length, this.length + replacement.length);
    this.length += replacement.length;
  }

  build(): { text: string; offsets: OffsetMap } {
    const text = this.parts.join('');
    return {
      text,
      offsets: new OffsetMap(
        this.original,
        text,
        this.starts.subarray(0, this.length),
        this.ends.subarray(0, this.length),
      ),
    };
  }
}

/** Whitespace that collapsing would change: a run, a non-space, or at either end. */
const UNTIDY_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Collapses every whitespace run to one space and trims: the contract's `text`. */
export function collapseWhitespace(s: string): string {
  // Most spans are already tidy: one test instead of a replace and a trim.
  return UNTIDY_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}
