/**
 * Whole-word search by plain string search: the same answer as a regex
 * `(^|[^\p{L}\p{N}])NAME(?=$|[^\p{L}\p{N}])`, without compiling a Unicode
 * regex for every name (regex compilation went through ICU and V8 discards
 * compiled regexes it has not used lately, so a per-name regex cache kept
 * recompiling).
 */

export const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
export const LETTER = /\p{L}/u;

/** The code point that ends just before `at` (a surrogate pair counts as one). */
function codePointBefore(s: string, at: number): string {
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(at - 2, at);
  }
  return s[at - 1];
}

/** The code point that starts at `at`. */
function codePointAt(s: string, at: number): string {
  return String.fromCodePoint(s.codePointAt(at)!);
}

/**
 * Index of the first occurrence of `word` in `text` at or after `from` whose
 * neighbours are not `wordChar`s (the start and end of `text` count as
 * boundaries); -1 when there is none. `left: false` skips the check before
 * the word (for patterns whose left context is tested separately).
 */
export function findWholeWord(
  text: string,
  word: string,
  wordChar: RegExp = LETTER_OR_NUMBER,
  from = 0,
  left = true,
): number {
  if (word.length === 0) return -1;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (left && at > 0 && wordChar.test(codePointBefore(text, at))) continue;
    if (end < text.length && wordChar.test(codePointAt(text, end))) continue;
    return at;
  }
  return -1;
}
