/**
 * normalize: original → `doc.text`, the view every later stage reads.
 * Removes YAML front matter (kept as `doc.meta`), Markdown/HTML remnants and
 * junk lines; decodes entities; maps Unicode spaces to plain spaces. Every
 * text unit maps back to the original through `doc.offsets`. Markup that
 * declares a heading becomes `doc.headingHints`.
 */
import { copyDocument, type Document, type Span } from '../document.js';
import { ConfigError, expectList, expectRecord, expectString } from '../data/load.js';
import type { StageDefinition } from '../stage.js';
import { readFrontMatter } from './normalize/front-matter.js';
import { findHeadingMarkup } from './normalize/heading-markup.js';
import { scanMarkup, type JunkPattern } from './normalize/markup.js';

export const DEFAULT_JUNK_LINES = 'lexicons/junk-lines.yml';

function loadJunk(
  options: Record<string, unknown>,
  data: { yaml(f: string): unknown; displayName(f: string): string },
): JunkPattern[] {
  const rel =
    options.junkLines === undefined
      ? DEFAULT_JUNK_LINES
      : expectString('pipeline.yml', 'normalize.options.junkLines', options.junkLines);
  const file = data.displayName(rel);
  const root = expectRecord(file, '(top level)', data.yaml(rel));
  expectString(file, 'source', root.source);
  return expectList(file, 'patterns', root.patterns).map((raw, i) => {
    const entry = expectRecord(file, `patterns[${i}]`, raw);
    const id = expectString(file, `patterns[${i}].id`, entry.id);
    const pattern = expectString(file, `patterns[${i}].pattern`, entry.pattern);
    try {
      return { id, re: new RegExp(pattern, 'u') };
    } catch (err) {
      throw new ConfigError(file, `patterns[${i}].pattern`, (err as Error).message);
    }
  });
}

/** Trims whitespace off a text span; null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

export const normalize: StageDefinition = {
  name: 'normalize',
  requires: ['text'],
  provides: ['text', 'headingHints'],
  create(options, ctx) {
    const junk = loadJunk(options, ctx.data);
    return (doc: Document): Document => {
      const { meta, bodyStart } = readFrontMatter(doc.original);
      const headings = findHeadingMarkup(doc.original, bodyStart);
      const marks = headings.flatMap((h) => [h.start, h.end]);
      const { text, offsets, mapped } = scanMarkup(doc.original, bodyStart, junk, marks);
      const headingHints: Span[] = [];
      for (let k = 0; k < headings.length; k++) {
        const span = trimSpan(text, mapped[2 * k], mapped[2 * k + 1]);
        if (span) headingHints.push(span);
      }
      const next = copyDocument(doc);
      next.text = text;
      next.offsets = offsets;
      next.meta = { ...doc.meta, ...meta };
      next.headingHints = headingHints;
      return next;
    };
  },
};
