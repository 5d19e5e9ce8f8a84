/**
 * Layout: lines → blocks (paragraphs, list items, marked-up headings) →
 * headings and prose ranges. A blank line, a list item or a heading ends a
 * block; a newline inside a block is a hard wrap.
 */
import type { Segment, Span } from '../../document.js';
import type { SegmentLexicon } from './lexicon.js';
import { inlineItems, markerAt } from './inline-items.js';
import { sentenceBreaks } from './sentences.js';

interface Line {
  /** Trimmed content range (empty when the line is blank). */
  cs: number;
  ce: number;
}

/** `-`, `*`, `•`, `1.`, `2)`, `1.)`, `(a)`, `(iv)`, `a.`: excluded from the sentence span. */
const LIST_MARKER =
  /(?:[-*+•‣⁃▪◦·]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\)?|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\))[ \t]+(?=\S)/y;
/** Markers that also start a new block without a blank line before them (a letter could be an initial). */
const STRONG_LIST_MARKER = /(?:[-*+•‣⁃▪◦·]|\(?\d{1,3}[.)]\)?|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\))[ \t]+(?=\S)/y;
/** A numbered marker before a capitalized word: `2. The`, `3.) We`. */
const NUMBER_MARKER = /\(?\d{1,3}(?:\.\)|[.)])[ \t]+(?=["“‘'(]?\p{Lu})/uy;
const ENDS_SENTENCE = /[.?!…]["'”’»)\]]*$/;
const ENDS_OPEN = /[,;:\-–—/&]$/;
const ENDS_COLON = /:["'”’»)\]]*$/;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
  'into',
  'onto',
  'upon',
  'over',
  'under',
  'via',
  'vs',
  'per',
  'amid',
  'among',
  'between',
  'against',
  'through',
  'after',
  'before',
  'during',
  'toward',
  'towards',
  'de',
  'du',
  'des',
  'del',
  'da',
  'la',
  'le',
  'bin',
  'al',
  'van',
  'von',
  'its',
  'their',
  'our',
  'is',
  'are',
]);
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = n;
    let cs = i;
    let ce = e;
    while (cs < ce && /\s/.test(text[cs])) cs++;
    while (ce > cs && /\s/.test(text[ce - 1])) ce--;
    lines.push({ cs, ce });
    i = e + 1;
  }
  return lines;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** Title-like: every content word capitalized (`U.S.-Japan Cooperation for Peace`). */
function isTitleCase(ws: string[]): boolean {
  let capitals = 0;
  for (const raw of ws) {
    const w = raw.replace(/^[("“‘'[]+/, '');
    if (!HAS_WORD.test(w)) continue;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
    else if (!SMALL_WORDS.has(w.toLowerCase().replace(/[,.;:]$/, ''))) return false;
  }
  return capitals > 0 && /^[("“‘'[]*[\p{Lu}\p{N}]/u.test(ws[0]);
}

/** A title-case label ending in a colon (`Members of the Delegation:`), not running text (`They will:`). */
function isLabel(s: string): boolean {
  const ws = words(s);
  return ws.length >= 2 && ws.length <= 15 && isTitleCase(ws);
}

const isAllCaps = (s: string): boolean =>
  HAS_LETTER.test(s) && !HAS_LOWER.test(s) && (s.match(/\p{L}/gu)?.length ?? 0) >= 2;

export class BlockSegmenter {
  private dense = false;

  constructor(private readonly lex: SegmentLexicon) {}

  segment(text: string, hints: Span[]): Segment[] {
    const out: Segment[] = [];
    const lines = splitLines(text);
    // Blank lines separate paragraphs and headings in most files; only in a
    // file without them (one logical line per line) must headings be found
    // between lines of running text.
    const blanks = lines.filter((l) => l.ce <= l.cs).length;
    this.dense = blanks * 20 < lines.length - blanks;
    let h = 0;
    let i = 0;
    const blank = (l: Line): boolean => l.ce <= l.cs;
    const hintOf = (l: Line): Span | null => {
      while (h < hints.length && hints[h].end <= l.cs) h++;
      return h < hints.length && hints[h].start < l.ce ? hints[h] : null;
    };
    while (i < lines.length) {
      const line = lines[i];
      if (blank(line)) {
        i++;
        continue;
      }
      const hint = hintOf(line);
      if (hint) {
        let j = i + 1;
        while (j < lines.length && !blank(lines[j]) && lines[j].cs < hint.end) j++;
        if (hint.end < lines[j - 1].ce) {
          // A run-in heading (`**Security:** The governments …`): the paragraph goes on after it.
          this.push(text, hint.start, hint.end, 'heading', out);
          let k = j;
          while (k < lines.length && !blank(lines[k]) && !this.startsItem(text, lines[k]) && !hintOf(lines[k])) k++;
          this.prose(text, hint.end, lines[k - 1].ce, out);
          i = k;
          continue;
        }
        const span = { start: Math.min(hint.start, line.cs), end: Math.max(hint.end, lines[j - 1].ce) };
        const t = text.slice(span.start, span.end);
        // Marked-up prose (`**We will:**`, `**They met.**`) stays prose.
        if (ENDS_SENTENCE.test(t) || (ENDS_COLON.test(t) && !isLabel(t))) this.prose(text, span.start, span.end, out);
        else this.push(text, span.start, span.end, 'heading', out);
        // A hint may span a blank line (`**Title  \n  \nSubtitle**`): its later lines are done too.
        i = j;
        while (i < lines.length && lines[i].cs < span.end) i++;
        continue;
      }
      let j = i + 1;
      while (j < lines.length && !blank(lines[j]) && !this.startsItem(text, lines[j]) && !hintOf(lines[j])) j++;
      this.block(text, lines.slice(i, j), out);
      i = j;
    }
    return out;
  }

  private startsItem(text: string, l: Line): boolean {
    STRONG_LIST_MARKER.lastIndex = l.cs;
    return STRONG_LIST_MARKER.test(text);
  }

  private push(text: string, start: number, end: number, kind: Segment['kind'], out: Segment[]): void {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start && HAS_WORD.test(text.slice(start, end))) out.push({ start, end, kind });
  }

  private prose(text: string, start: number, end: number, out: Segment[]): void {
    let from = start;
    for (const at of sentenceBreaks(text, start, end, this.lex)) {
      this.push(text, from, at, 'sentence', out);
      from = this.afterMarker(text, at, end);
    }
    this.push(text, from, end, 'sentence', out);
  }

  /** After a sentence end, an enumeration marker (`… done. 2. The next`) belongs to no span. */
  private afterMarker(text: string, at: number, end: number): number {
    let k = at;
    while (k < end && /\s/.test(text[k])) k++;
    NUMBER_MARKER.lastIndex = k;
    const m = NUMBER_MARKER.exec(text);
    return m && k + m[0].length < end ? k + m[0].length : at;
  }

  private block(text: string, lines: Line[], out: Segment[]): void {
    LIST_MARKER.lastIndex = lines[0].cs;
    const marker = LIST_MARKER.exec(text);
    const end = lines[lines.length - 1].ce;
    const glued = marker ? null : markerAt(text, lines[0].cs, end); // `⁃9. The first item`
    if (marker || glued) {
      const body = marker ? lines[0].cs + marker[0].length : glued!.end;
      for (const [s, e] of inlineItems(text, lines[0].cs, body, end)) this.prose(text, s, e, out);
      return;
    }
    const start = lines[0].cs;
    const body = text.slice(start, end);
    if (this.isStandaloneHeading(text, body, lines, start, end)) {
      this.push(text, start, end, 'heading', out);
      return;
    }
    // Headings inside a block without blank lines (plain-text statements).
    const width = lines.reduce((w, l) => Math.max(w, l.ce - l.cs), 0);
    let from = start;
    for (let k = 0; k < lines.length && lines.length > 1 && this.dense; k++) {
      if (this.isInlineHeading(text, lines, k, width)) {
        this.prose(text, from, lines[k].cs, out);
        this.push(text, lines[k].cs, lines[k].ce, 'heading', out);
        from = lines[k].ce;
      }
    }
    this.prose(text, from, end, out);
  }

  /** A paragraph of its own that is a title, dateline or signature. */
  private isStandaloneHeading(text: string, body: string, lines: Line[], start: number, end: number): boolean {
    const ws = words(body);
    if (isAllCaps(body) && ws.length <= 15) return true;
    if (lines.length > 3 || ws.length > 20) return false;
    if (ENDS_COLON.test(body) && isLabel(body)) return true;
    if (ENDS_SENTENCE.test(body) || ENDS_OPEN.test(body)) return false;
    return sentenceBreaks(text, start, end, this.lex).length === 0;
  }

  /** A title-case line between sentence ends, e.g. `U.S.-Japan Cooperation for Peace`. */
  private isInlineHeading(text: string, lines: Line[], k: number, width: number): boolean {
    const l = lines[k];
    const s = text.slice(l.cs, l.ce);
    if (ENDS_SENTENCE.test(s) || ENDS_OPEN.test(s)) return false;
    const ws = words(s);
    if (ws.length < 2 || ws.length > 15 || s.includes(',') || !isTitleCase(ws)) return false;
    const last = ws[ws.length - 1].replace(/[^\p{L}]+$/u, '');
    if (SMALL_WORDS.has(last.toLowerCase()) || this.lex.nameTitles.has(last)) return false;
    if (k > 0) {
      const prev = lines[k - 1];
      if (!ENDS_SENTENCE.test(text.slice(prev.cs, prev.ce))) return false;
    }
    if (k < lines.length - 1) {
      const next = text.slice(lines[k + 1].cs, lines[k + 1].ce);
      if (!/^[("“‘'[]*[\p{Lu}\p{N}]/u.test(next)) return false;
      // The next line starts running text (`The two leaders expressed`), not the rest of a title.
      if (isTitleCase(words(next).slice(0, 3))) return false;
      // In hard-wrapped text a line breaks early only where a logical line ends.
      const firstWord = next.split(/\s/, 1)[0];
      if (width >= 40 && s.length + 1 + firstWord.length > width) return false;
    }
    return true;
  }
}
