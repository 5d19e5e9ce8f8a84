/**
 * Finds lines and paragraphs of the raw Markdown/HTML that markup declares to
 * be headings: `# …`, a whole line or paragraph in `**…**`, `__…__`,
 * `<u>…</u>`, `<strong>…</strong>`, `<b>…</b>` or `<h1-6>…</h1-6>`.
 * Returns original UTF-16 ranges; normalize maps them into the text.
 */
import type { Span } from '../../document.js';

/** Wrappers that make a line a heading when they enclose all of it. */
const DECLARING: Array<[RegExp, RegExp]> = [
  [/^\*\*/, /\*\*$/],
  [/^__/, /__$/],
  [/^<u>/i, /<\/u>$/i],
  [/^<strong>/i, /<\/strong>$/i],
  [/^<b>/i, /<\/b>$/i],
  [/^<h[1-6](?:\s[^<>]{0,200})?>/i, /<\/h[1-6]>$/i],
];
/** Wrappers that may sit around or inside a heading without deciding anything. */
const NEUTRAL: Array<[RegExp, RegExp]> = [
  [/^<span(?:\s[^<>]{0,300})?>/i, /<\/span>$/i],
  [/^<em>/i, /<\/em>$/i],
  [/^\*(?!\*)/, /(?<!\*)\*$/],
];
const WRAPPERS = [...DECLARING, ...NEUTRAL];
const ATX = /^[ \t]{0,3}#{1,6}[ \t]+\S/;
/**
 * A run-in heading: an emphasized label ending in a colon at the start of a
 * paragraph or list item, followed by running text
 * (`**Combating COVID-19**: The President …`, `-   **Security:** The …`).
 * Groups: 1 marker before, 2 label, 3 colon inside, 4 colon after.
 */
const RUN_IN =
  /^([^\S\n]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*{2,3}|__|<u>|<strong>|<b>)(?:<u>)?)([^*<>_\n]{1,150}?(?:\n[^*<>_\n]{1,150}?)?)(:?)[^\S\n]*(?:<\/u>)?(?:\*{2,3}|__|<\/u>|<\/strong>|<\/b>)[^\S\n]*(:?)[^\S\n]*\S/;
/** Longest line or paragraph considered (headings are short). */
const MAX_HEADING = 400;

/** True when markup encloses the whole of `s` in a heading wrapper. */
export function isDeclaredHeading(s: string): boolean {
  let t = s.trim().replace(/\\$/, '').trim();
  if (t.length === 0 || t.length > MAX_HEADING) return false;
  if (ATX.test(t)) return true;
  let declared = false;
  for (let changed = true; changed && t.length > 0; ) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      const o = open.exec(t);
      if (!o) continue;
      const c = close.exec(t.slice(o[0].length));
      if (!c) continue;
      const inner = t.slice(o[0].length, o[0].length + c.index);
      // `**A** and **B**` starts and ends with the marker but is not one wrapper.
      if (inner.includes(c[0]) || inner.includes(o[0])) continue;
      if (DECLARING.some(([op]) => op === open)) declared = true;
      t = inner.trim();
      changed = true;
      break;
    }
  }
  return declared && /[\p{L}\p{N}]/u.test(t) && !/\*\*|<\/?u>/i.test(t);
}

/** Original ranges of declared-heading paragraphs (or single lines) in original[from, to). */
export function findHeadingMarkup(original: string, from: number): Span[] {
  const spans: Span[] = [];
  const lines: Span[] = [];
  const runIn = (l: Span, end: number): void => {
    const m = RUN_IN.exec(original.slice(l.start, Math.min(end, l.start + MAX_HEADING)));
    if (!m || !(m[3] || m[4]) || /[.?!]\s/.test(m[2]) || m[2].trim().split(/\s+/).length > 15) return;
    spans.push({ start: l.start + m[1].length, end: l.start + m[0].lastIndexOf(':') + 1 });
  };
  const flush = (): void => {
    if (lines.length === 0) return;
    const start = lines[0].start;
    const end = lines[lines.length - 1].end;
    if (lines.length > 1 && end - start <= MAX_HEADING && isDeclaredHeading(original.slice(start, end))) {
      spans.push({ start, end });
    } else {
      for (const l of lines) {
        if (isDeclaredHeading(original.slice(l.start, l.end))) {
          spans.push(l);
          continue;
        }
        runIn(l, end);
      }
    }
    lines.length = 0;
  };
  let i = from;
  const n = original.length;
  while (i < n) {
    let e = original.indexOf('\n', i);
    if (e < 0) e = n;
    if (e - i > MAX_HEADING) {
      // Too long for a heading; it also ends any paragraph under test.
      flush();
      runIn({ start: i, end: e }, e);
    } else if (original.slice(i, e).trim() === '') {
      flush();
    } else {
      lines.push({ start: i, end: e });
    }
    i = e + 1;
  }
  flush();
  return spans;
}
