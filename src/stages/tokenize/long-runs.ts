/**
 * wink-nlp's tokenizer takes time quadratic in the length of a whitespace-free
 * run (a 40,000-character run: 2.4 s; a 1 MB one: minutes). Runs longer than
 * any word or URL of the corpus are therefore blanked before wink reads the
 * text (same length, so every offset holds) and become one token each.
 */
import type { Span, Token } from '../../document.js';

/** Longest whitespace-free run wink reads (corpus URLs reach ~800 characters). */
export const MAX_RUN = 1000;

const isSpace = (code: number): boolean =>
  code === 32 ||
  code === 10 ||
  code === 13 ||
  code === 9 ||
  code === 12 ||
  code === 11 ||
  code === 0xa0 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x3000 ||
  code === 0x202f;

/** The whitespace-free runs longer than `max`, in order. */
export function longRuns(text: string, max = MAX_RUN): Span[] {
  const runs: Span[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      if (i - start > max) runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

/** `text` with the runs replaced by spaces of the same length. */
export function blankRuns(text: string, runs: Span[]): string {
  if (runs.length === 0) return text;
  let out = '';
  let from = 0;
  for (const r of runs) {
    out += text.slice(from, r.start) + ' '.repeat(r.end - r.start);
    from = r.end;
  }
  return out + text.slice(from);
}

/** Merges one token per run into `tokens` (both sorted by start). */
export function withRunTokens(tokens: Token[], runs: Span[], text: string): Token[] {
  if (runs.length === 0) return tokens;
  const out: Token[] = [];
  let r = 0;
  for (const t of tokens) {
    while (r < runs.length && runs[r].start < t.start) out.push(runToken(runs[r++], text));
    out.push(t);
  }
  while (r < runs.length) out.push(runToken(runs[r++], text));
  return out;
}

function runToken(run: Span, text: string): Token {
  return {
    start: run.start,
    end: run.end,
    pos: 'X',
    lemma: text.slice(run.start, run.end).toLowerCase(),
    type: 'word',
  };
}
