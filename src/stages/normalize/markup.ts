/**
 * One left-to-right pass over the body that removes Markdown/HTML remnants
 * and junk lines while `MappedTextBuilder` records where every kept unit came
 * from. Line structure is kept (a removed line leaves its newline), so the
 * segmenter still sees blank lines and hard wraps.
 */
import { MappedTextBuilder } from '../../offsets.js';
import type { OffsetMap } from '../../offsets.js';

export interface JunkPattern {
  id: string;
  re: RegExp;
}

export interface ScanResult {
  text: string;
  offsets: OffsetMap;
  /** Text index recorded for each requested original index (same order). */
  mapped: number[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  sect: '§',
  para: '¶',
  shy: '',
};
/** Block-level closing tags become a newline, so table cells and paragraphs stay apart. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'td',
  'th',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'figure',
  'figcaption',
  'caption',
  'blockquote',
  'ul',
  'ol',
  'section',
]);

const SPECIAL = /[\n\r<&\\*_[\]!|\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]{0,8000})?\/?>/y;
const BR = /<br\s*\/?>/iy;
/** `<https://…>`, `<name@host.org>`: the address stays, the brackets go. */
const AUTOLINK =
  /<(?:(?:https?|ftp|mailto):[^<>\s]{1,2000}|www\.[^<>\s]{1,2000}|[^<>\s@]{1,200}@[^<>\s@]{1,200}\.[a-zA-Z]{2,})>/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});/y;
const ATX_MARK = /[ \t]{0,3}#{1,6}[ \t]+(?=\S)/y;
/** A list marker at the start of a line is kept (segment drops it from the span). */
const BULLET = /[ \t]*[-*+•‣⁃▪◦·][ \t]+/y;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const WORDISH = /[\p{L}\p{N}]/u;

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    const ch = String.fromCodePoint(code);
    return SPACE_LIKE.test(ch) ? ' ' : ch;
  }
  return ENTITIES[body] ?? ENTITIES[body.toLowerCase()] ?? null;
}

/** End (exclusive) of a Markdown link/image starting at `open` (`[`), or -1. */
function linkEnd(s: string, open: number): { close: number; end: number } | -1 {
  let close = -1;
  for (let j = open + 1, lim = Math.min(s.length, open + 1000); j < lim; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') return -1;
    if (c === ']') {
      close = j;
      break;
    }
    if (c === '\n' && s[j + 1] === '\n') return -1;
  }
  if (close < 0) return -1;
  const after = s[close + 1];
  if (after !== '(' && after !== '{') return -1;
  if (after === '{') {
    const e = s.indexOf('}', close + 2);
    return e >= 0 && e - close < 300 && !s.slice(close, e).includes('\n') ? { close, end: e + 1 } : -1;
  }
  // A URL has no whitespace and may hold unbalanced parentheses: the link ends
  // at the last `)` before the first whitespace.
  let last = -1;
  for (let j = close + 2, lim = Math.min(s.length, close + 4000); j < lim; j++) {
    const c = s[j];
    if (c === ')') last = j;
    else if (c === ' ' || c === '\n' || c === '\t' || c === '\r') break;
  }
  if (last >= 0) return { close, end: last + 1 };
  return -1;
}

/**
 * Scans original[bodyStart, n). `marks` are original indices whose position in
 * the text is wanted (sorted ascending), e.g. heading-markup boundaries.
 */
export function scanMarkup(original: string, bodyStart: number, junk: JunkPattern[], marks: number[]): ScanResult {
  const out = new MappedTextBuilder(original);
  const n = original.length;
  const mapped: number[] = [];
  let outLen = 0;
  let prevOut = '\n'; // last emitted unit, for word-boundary tests
  const copy = (a: number, b: number): void => {
    if (b <= a) return;
    out.copy(a, b);
    outLen += b - a;
    prevOut = original[b - 1];
  };
  const replace = (a: number, b: number, s: string): void => {
    out.replace(a, b, s);
    outLen += s.length;
    if (s.length > 0) prevOut = s[s.length - 1];
  };
  let mi = 0;
  const markUpTo = (i: number): void => {
    while (mi < marks.length && marks[mi] <= i) {
      mapped.push(outLen);
      mi++;
    }
  };
  let commentsClosed = true; // false once a `<!--` has no `-->` after it
  let linkClose = -1; // `]` of the link whose text is being scanned
  let linkEndAt = -1;
  let lineStart = true;
  let i = bodyStart;
  while (i < n) {
    markUpTo(i);
    if (lineStart) {
      lineStart = false;
      let e = original.indexOf('\n', i);
      if (e < 0) e = n;
      if (e - i <= 400) {
        const line = original.slice(i, e).trim();
        if (line.length > 0 && junk.some((p) => p.re.test(line))) {
          i = e; // the newline itself is kept
          continue;
        }
      }
      ATX_MARK.lastIndex = i;
      const atx = ATX_MARK.exec(original);
      if (atx) {
        i += atx[0].length;
        continue;
      }
      BULLET.lastIndex = i;
      const bullet = BULLET.exec(original);
      if (bullet) {
        copy(i, i + bullet[0].length);
        i += bullet[0].length;
        continue;
      }
    }
    // Copy the plain run up to the next special character or mark.
    SPECIAL.lastIndex = i;
    const sm = SPECIAL.exec(original);
    let runEnd = sm ? sm.index : n;
    if (mi < marks.length && marks[mi] < runEnd) runEnd = Math.max(marks[mi], i + 1);
    if (runEnd > i) {
      copy(i, runEnd);
      i = runEnd;
      continue;
    }
    const c = original[i];
    const next = original[i + 1];
    if (c === '\n') {
      copy(i, i + 1);
      i++;
      lineStart = true;
      continue;
    }
    if (c === '\r') {
      // CRLF: the LF ends the line; a lone CR (old Mac line end) is a line end itself.
      if (next !== '\n') {
        replace(i, i + 1, '\n');
        lineStart = true;
      }
      i++;
      continue;
    }
    if (i === linkClose) {
      i = linkEndAt;
      linkClose = -1;
      continue;
    }
    if (c === '<') {
      if (commentsClosed && original.startsWith('<!--', i)) {
        const e = original.indexOf('-->', i + 4);
        if (e >= 0) {
          i = e + 3;
          continue;
        }
        commentsClosed = false;
      }
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(original);
      if (auto) {
        copy(i + 1, i + auto[0].length - 1);
        i += auto[0].length;
        continue;
      }
      BR.lastIndex = i;
      const br = BR.exec(original);
      if (br) {
        replace(i, i + br[0].length, '\n');
        i += br[0].length;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(original);
      if (tag) {
        const name = tag[2].toLowerCase();
        if (tag[1] === '/' && BLOCK_TAGS.has(name) && prevOut !== '\n') replace(i, i + tag[0].length, '\n');
        i += tag[0].length;
        continue;
      }
      copy(i, i + 1);
      i++;
      continue;
    }
    if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(original);
      const decoded = m ? decodeEntity(m[1]) : null;
      if (m && decoded !== null) {
        replace(i, i + m[0].length, decoded);
        i += m[0].length;
        continue;
      }
      copy(i, i + 1);
      i++;
      continue;
    }
    if (c === '\\') {
      if (next === '*') {
        i += 2;
        continue;
      } // `\*\*` is emphasis left over from a conversion
      if (next !== undefined && ASCII_PUNCT.test(next)) {
        copy(i + 1, i + 2);
        i += 2;
        continue;
      }
      if (next === '\n' || next === '\r' || next === undefined) {
        i++;
        continue;
      } // pandoc hard break
      copy(i, i + 1);
      i++;
      continue;
    }
    if (c === '*') {
      i++;
      continue;
    } // emphasis; list bullets were taken at line start
    if (c === '_') {
      // Emphasis underscores sit at a word edge; snake_case and URLs keep theirs.
      const inWord = WORDISH.test(prevOut) && next !== undefined && WORDISH.test(next);
      if (inWord) copy(i, i + 1);
      i++;
      continue;
    }
    if (c === '!' && next === '[') {
      const link = linkEnd(original, i + 1);
      if (link !== -1) {
        i = link.end;
        continue;
      } // an image: no words
      copy(i, i + 1);
      i++;
      continue;
    }
    if (c === '[') {
      const link = linkEnd(original, i);
      if (link !== -1 && linkClose < 0) {
        linkClose = link.close;
        linkEndAt = link.end;
        i++;
        continue;
      }
      copy(i, i + 1);
      i++;
      continue;
    }
    if (c === '|') {
      const before = i === 0 ? '\n' : original[i - 1];
      const after = next ?? '\n';
      if (/\s/.test(before) && /\s/.test(after)) {
        i++;
        continue;
      }
      copy(i, i + 1);
      i++;
      continue;
    }
    if (SPACE_LIKE.test(c)) {
      replace(i, i + 1, ' ');
      i++;
      continue;
    }
    if (c === '\u00ad' || c === '\ufeff' || (c >= '\u200b' && c <= '\u200d') || c === '\u2060') {
      i++;
      continue;
    }
    copy(i, i + 1);
    i++;
  }
  markUpTo(n);
  const { text, offsets } = out.build();
  return { text, offsets, mapped };
}
