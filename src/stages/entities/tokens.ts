/**
 * The entity matcher's own light tokenization of a segment: words, dotted
 * acronyms (`U.S.`), initials (`J.`), numbers and single punctuation marks.
 * Hyphens and possessive `'s` are tokens of their own, so `U.S.-Japan` and
 * `Japan's` split where the annotation guide splits them. Gazetteer names are
 * tokenized with the same function, so keys always agree.
 */

export interface Tok {
  start: number;
  end: number;
  /** Normalized text used as a lookup key (curly quotes and dashes folded). */
  key: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** All digits. */
  num: boolean;
  /** Whitespace precedes the token. */
  space: boolean;
}

// Order matters: dotted acronyms, then abbreviations with a period, initials,
// words (with inner apostrophes, optional trailing `+`), then any other mark.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Gen|Adm|Sen|Rep|Gov|Lt|Col|No|Ft|Mt)\.(?!\p{L})|\p{Lu}\.(?=[\s,]|$)|[\p{L}\p{N}]+(?:['’][\p{L}]+)*\+?(?![\p{L}\p{N}])|[\p{L}\p{N}]+|\S/gu;

const POSSESSIVE_RE = /^(.+?)(['’][sS])$/u;
const WS_RE = /\s/;

/** Folds typographic variants so that `People’s` and `People's`, `–` and `-` match. */
const FOLD_RE = /[’‘`´‐‑‒–—]/;
export function normalizeKey(s: string): string {
  if (!FOLD_RE.test(s)) return s;
  return s.replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—]/g, '-');
}

/** The token pattern anchored at one position, for the cases the fast path leaves to it. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The tokens of `slice`, as [start, end) pairs in `out`: the matches of
 * TOKEN_RE in order. Plain ASCII words and punctuation are scanned directly;
 * anything else (`.`, apostrophes, `+`, non-ASCII next to a word) is matched
 * by the pattern itself, so the result is exactly the pattern's.
 */
function tokenBounds(slice: string, out: number[]): void {
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (isAsciiSpace(c)) {
      i++;
      continue;
    }
    if (c < 128) {
      if (!isAsciiAlnum(c)) {
        out.push(i, i + 1);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isAsciiAlnum(slice.charCodeAt(j))) j++;
      const next = j < n ? slice.charCodeAt(j) : 32;
      // After the run: a space or ASCII punctuation other than . ' + ends a plain word.
      if (next < 128 && next !== 46 && next !== 39 && next !== 43) {
        out.push(i, j);
        i = j;
        continue;
      }
    } else if (WS_RE.test(slice[i])) {
      i++;
      continue;
    }
    // `test` moves lastIndex to the match end without allocating a match (emoji runs give millions).
    TOKEN_AT.lastIndex = i;
    if (!TOKEN_AT.test(slice)) throw new Error(`entities: no token at ${i}`); // unreachable: \S always matches
    out.push(i, TOKEN_AT.lastIndex);
    i = TOKEN_AT.lastIndex;
  }
}

export function tokenizeRange(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  const bounds: number[] = [];
  tokenBounds(slice, bounds);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = from + bounds[b];
    const raw = slice.slice(bounds[b], bounds[b + 1]);
    const before = start === from ? 32 : text.charCodeAt(start - 1);
    const space = before === 32 || (before !== 46 && before !== 45 && WS_RE.test(text[start - 1]));
    const poss = raw.length > 2 && (raw.includes("'") || raw.includes('’')) ? POSSESSIVE_RE.exec(raw) : null;
    if (poss && /\p{L}/u.test(poss[1])) {
      out.push(makeTok(poss[1], start, space));
      out.push(makeTok(poss[2], start + poss[1].length, false));
    } else {
      out.push(makeTok(raw, start, space));
    }
  }
  return out;
}

/** The pattern's own tokenization (reference for tests). */
export function tokenBoundsByPattern(slice: string): number[] {
  const out: number[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** The fast tokenization's bounds (for tests). */
export function tokenBoundsOf(slice: string): number[] {
  const out: number[] = [];
  tokenBounds(slice, out);
  return out;
}

function makeTok(raw: string, start: number, space: boolean): Tok {
  const ch = raw[0];
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  // Cheap letter test for the common case; the Unicode class only for the rest.
  const letter = lower !== upper || (ch > '\u007f' && /\p{L}/u.test(ch));
  const num = ch >= '0' && ch <= '9' && NUM_RE.test(raw);
  return {
    start,
    end: start + raw.length,
    key: normalizeKey(raw),
    cap: letter && ch !== lower,
    word: letter || (ch >= '0' && ch <= '9') || (ch > '\u007f' && /\p{N}/u.test(ch)),
    num,
    space,
  };
}

const NUM_RE = /^[0-9]+$/;

/** Token keys of a gazetteer or lexicon phrase, joined as one lookup string. */
export function phraseKeys(phrase: string): string[] {
  return tokenizeRange(phrase, 0, phrase.length).map((t) => t.key);
}

const ROMAN_RE = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A number or Roman numeral that may follow a numbered head (`Article V`, `Section 232`). */
export function isNumberLike(t: Tok): boolean {
  return t.num || (ROMAN_RE.test(t.key) && t.key.length <= 6);
}

/** A capitalized word that is not a number: what names are made of. */
export function isNameWord(t: Tok): boolean {
  return t.cap && t.word && !t.num;
}
