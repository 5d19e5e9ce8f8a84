/**
 * Sentence boundaries inside one block of running text (newlines inside the
 * block are hard wraps and count as spaces). Linear: one pass over the
 * terminators, each decided from a few characters around it.
 */
import type { SegmentLexicon } from './lexicon.js';

const isTerminator = (c: string): boolean => c === '.' || c === '?' || c === '!' || c === '…';
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[', '{']);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /[0-9]/;
const CURRENCY = /[$€£¥₹]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** `U.S`, `D.C`, `a.m`, `U.S.A` (the final period is not included). */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{L}$/u;
const ROMAN = /^[IVXLC]+$/;
const URLISH = /@|\/|www\.|:\/\//i;

/** Longest word looked at around a terminator (keeps space-free megabyte lines linear). */
const MAX_WORD = 200;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r';

/** The whitespace-delimited word that ends right before `p`, without opening quotes or brackets. */
function wordBefore(text: string, a: number, p: number): string {
  let k = p;
  const stop = Math.max(a, p - MAX_WORD);
  while (k > stop && !isSpace(text[k - 1])) k--;
  while (k < p && OPENERS.has(text[k])) k++;
  return text.slice(k, p);
}

/** The letters of the word starting at `t`. */
function wordAt(text: string, t: number, b: number): string {
  let e = t;
  while (e < b && e < t + MAX_WORD && /\p{L}/u.test(text[e])) e++;
  return text.slice(t, e);
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from > MAX_WORD) return false;
  for (let k = from; k < to; k++) if (!isSpace(text[k]) && !OPENERS.has(text[k])) return false;
  return true;
}

/**
 * End offsets (exclusive, before trimming) of the sentences in text[a, b),
 * except the last one, which ends at `b`.
 */
export function sentenceBreaks(text: string, a: number, b: number, lex: SegmentLexicon): number[] {
  const breaks: number[] = [];
  const isAbbreviation = (w: string): boolean => lex.prefixes.has(w) || lex.numberPrefixes.has(w) || lex.mayEnd.has(w);

  /** `world.Today`: a period glued to a capitalized word; not inside URLs, e-mails or acronyms. */
  const missingSpace = (p: number, q: number): boolean => {
    if (!UPPER.test(text[q] ?? '') || !LOWER.test(text[q + 1] ?? '')) return false;
    let k = p;
    while (k > a && k > p - MAX_WORD && LETTER_OR_DIGIT.test(text[k - 1])) k--;
    if (p - k < 2 || text[k - 1] === '.' || isAbbreviation(text.slice(k, p))) return false;
    let s = k;
    while (s > a && s > p - MAX_WORD && !isSpace(text[s - 1])) s--;
    let e = q;
    while (e < b && e < q + MAX_WORD && !isSpace(text[e])) e++;
    return !URLISH.test(text.slice(s, e));
  };

  // A plain scan bounded by the block's end: a global regex search would run on
  // past `b` to the next terminator of the whole text (quadratic over many blocks).
  let next = a;
  let pieceStart = a;
  for (;;) {
    while (next < b && !isTerminator(text[next])) next++;
    if (next >= b) break;
    const p = next;
    // The terminator run: `.`, `?!`, `....`, `. . . .`, `…`.
    let q = p;
    let dots = 0;
    let exclaim = false;
    let ellipsisChar = false;
    let spaced = false;
    while (q < b) {
      const c = text[q];
      if (c === '.') dots++;
      else if (c === '?' || c === '!') exclaim = true;
      else if (c === '…') ellipsisChar = true;
      else if (c === ' ' && text[q + 1] === '.' && dots > 0) spaced = true;
      else break;
      q++;
    }
    let r = q;
    while (r < b && CLOSERS.has(text[r])) r++;
    let s = r;
    while (s < b && isSpace(text[s])) s++;
    next = q;
    if (s >= b) continue; // the block's end closes the last sentence anyway
    let t = s;
    while (t < b && OPENERS.has(text[t])) t++;
    const nc = text[t] ?? '';
    const nextWord = wordAt(text, t, b);
    let at = -1;
    if (s === r) {
      if (dots === 1 && !exclaim && r === q && missingSpace(p, q)) at = q;
    } else if (p > a && text[p - 1] === '[') {
      // `[...]` marks an omission, not an end.
    } else if (LOWER.test(nc)) {
      // A lowercase continuation: `Yahoo! in`, `'great.' she said`, `U.S. for`.
    } else if (exclaim) {
      at = r;
    } else if (dots > 1 || ellipsisChar) {
      const attached = LETTER_OR_DIGIT.test(text[p - 1] ?? '') && spaced && dots === 4;
      if (attached && UPPER.test(nc))
        at = p + 1; // `compounds. . . . The` → `compounds.` | `. . . The`
      // A bare ellipsis (`...`, `…`) may continue the sentence (`the thing is . . . I didn't`);
      // an ellipsis plus a period (`....`, `… .`) or a doubled period ends it.
      else if ((dots === 2 || dots >= 4 || (ellipsisChar && dots >= 1)) && (UPPER.test(nc) || DIGIT.test(nc))) at = r;
    } else {
      // `Japan-Australia-India-U.S.`: the part after the last hyphen decides.
      // `Tuesday.Mr.` (missing space): the part after the glued period decides.
      const raw = wordBefore(text, a, p);
      // `2.` right after a sentence end is the marker of an inline item, not a sentence (`… one. 2. The …`).
      if (/^\(?\d{1,3}$/.test(raw) && onlySpaceBetween(text, pieceStart, p - raw.length)) continue;
      const w = raw.replace(/^.*[-–—/]/, '').replace(/^.*\.(?=\p{L}{2,}$)/u, '');
      const prefix = lex.prefixes.has(w);
      const numberPrefix = lex.numberPrefixes.has(w);
      const mayEnd = lex.mayEnd.has(w) || DOTTED.test(w) || INITIAL.test(w);
      if (DIGIT.test(nc) || CURRENCY.test(nc)) {
        if (!prefix && !numberPrefix && !mayEnd) at = r;
      } else if (UPPER.test(nc)) {
        if (prefix) at = -1;
        else if (numberPrefix && ROMAN.test(nextWord)) at = -1;
        else if (numberPrefix || mayEnd) at = lex.sentenceStarters.has(nextWord) ? r : -1;
        else at = r;
      }
    }
    if (at > 0) {
      breaks.push(at);
      pieceStart = at;
      if (at > next) next = at;
    }
  }
  return breaks;
}
