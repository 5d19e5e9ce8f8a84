/** A hit's content span and the escape clauses inside it (guide §3: strength −1). */
import type { Hit } from './hit.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './sentence.js';

const CONTENT_TRIM = new Set([',', ';', ':', '.', 'and', 'or', 'but', 'which', 'that', 'to', '(', '—', '–']);

/** Content: from after the trigger to before the next expression (or sentence end). */
export function contentSpan(s: Sentence, hit: Hit, next: Hit | undefined): { from: number; to: number } | null {
  let from = hit.to + 1;
  let to = (next ? (next.subject && next.subject.from > hit.to ? next.subject.from : next.from) : s.toks.length) - 1;
  while (from <= to && CONTENT_TRIM.has(s.toks[from].w)) from++;
  while (to >= from && CONTENT_TRIM.has(s.toks[to].w)) to--;
  return from <= to ? { from, to } : null;
}

/** Does an escape clause ("as appropriate") start inside tokens [from, to]? */
export function hasEscape(s: Sentence, from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k <= to; k++) {
    if (lex.escapes.some((p) => p.every((w, i) => s.toks[k + i]?.w === w))) return true;
  }
  return false;
}
