/**
 * Enumerations written inline (pySBD golden rules 31–39): `1. The first item
 * 2. The second item`, `• 9. … • 10. …`. A block that starts with a list marker
 * is cut before each following marker of the same series (the next number or
 * letter, the same bullet); every marker is left out of the item (guide §1).
 * One forward scan over the block's whitespace: linear.
 */

/** A bullet, an ordinal marker (`1.`, `2)`, `1.)`, `(a)`), or a bullet then an ordinal (`• 9.`, `⁃9.`). */
const MARKER = /([-*+•‣⁃▪◦·])?[ \t]*(?:(\()?(\d{1,3}|[a-zA-Z])(\.\)|[.)]))?[ \t]+(?=\S)/y;

interface Marker {
  end: number;
  bullet: string | undefined;
  /** The ordinal's series: open bracket + close punctuation; its value. */
  series: string | undefined;
  value: number;
}

function ordinal(raw: string): number {
  return /^\d/.test(raw) ? Number(raw) : raw.charCodeAt(0);
}

/** The marker at `at`, or null (a bare `(` or a lone bullet-less space is none). */
export function markerAt(text: string, at: number, end: number): Marker | null {
  MARKER.lastIndex = at;
  const m = MARKER.exec(text);
  if (!m || m.index + m[0].length > end || (!m[1] && !m[3])) return null;
  if (m[2] && m[4] !== ')') return null; // `(1.` is no marker
  return {
    end: at + m[0].length,
    bullet: m[1],
    series: m[3] ? `${m[2] ?? ''}${/^\d/.test(m[3]) ? '9' : 'a'}${m[4]}` : undefined,
    value: m[3] ? ordinal(m[3]) : 0,
  };
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const TERMINATED = /[.?!…;:]["'”’»)\]]*$/;

/** Bullets that start an inline item again; a spaced `-` or `*` inside an item is a dash or emphasis. */
const INLINE_BULLETS = new Set(['•', '‣', '⁃', '▪', '◦']);

/** Does the marker at `at` continue the series of `first` (whose latest value is `value`)? */
function continues(first: Marker, value: number, next: Marker): boolean {
  if (first.bullet) return INLINE_BULLETS.has(first.bullet) && next.bullet === first.bullet;
  return next.bullet === undefined && next.series === first.series && next.value === value + 1;
}

/**
 * Items of the block [a, b) that starts with a marker ending at `body`:
 * [start, end) pairs, each without its marker.
 */
export function inlineItems(text: string, a: number, body: number, b: number): Array<[number, number]> {
  const first = markerAt(text, a, b);
  if (!first) return [[body, b]];
  const items: Array<[number, number]> = [];
  let from = Math.max(body, first.end);
  let value = first.value;
  for (let i = first.end; i < b; i++) {
    if (!isSpace(text[i - 1]) || isSpace(text[i])) continue;
    const next = markerAt(text, i, b);
    if (!next || !continues(first, value, next)) continue;
    // `on March 3. The site …`: a number after a capitalized word is that word's number, not a marker.
    const before = lastWord(text, from, i);
    if (!first.bullet && !TERMINATED.test(before) && /^\p{Lu}/u.test(before)) continue;
    items.push([from, i]);
    from = next.end;
    value = next.value;
    i = next.end - 1;
  }
  items.push([from, b]);
  return items;
}

function lastWord(text: string, from: number, i: number): string {
  let e = i;
  while (e > from && isSpace(text[e - 1])) e--;
  let s = e;
  while (s > from && s > e - 100 && !isSpace(text[s - 1])) s--;
  return text.slice(s, e);
}
