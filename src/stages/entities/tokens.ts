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

export function tokenizeRange(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const start = from + m.index;
    const raw = m[0];
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
