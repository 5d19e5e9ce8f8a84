/**
 * Property tests over generated and real text: the whole pipeline never
 * throws, segments are ordered, trimmed and cover every word, every emitted
 * span slices back to its text, and a second run gives the same output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/document.js';
import { toJsonl, toRecords } from '../src/emit/jsonl.js';
import { CodePointIndex, collapseWhitespace } from '../src/offsets.js';
import { loadPipeline, type Pipeline } from '../src/pipeline.js';
import { CORPUS, GOLD_DEV } from './batch-helpers.js';
import { wordChars } from '../src/eval/contract.js';

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline();
}, 60_000);

/** Words and separators that make statement-like text, with the odd cases real files have. */
const piece = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      'the',
      'leaders',
      'United States',
      'Japan',
      'EU',
      'reaffirmed',
      'will',
      'commit',
      'to',
      'support',
      'cooperation',
      'U.S.',
      'Dr.',
      'Jan.',
      '2024',
      '$5 billion',
      '30 percent',
      'NATO',
      'Côte d’Ivoire',
      'São Paulo',
      '🇯🇵',
      '𝐔𝐒',
      'Ukraine’s',
      '“peace”',
      '(G7)',
      'e.g.',
      'No.',
      '1.5',
      '—',
      '…',
    ),
  },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '\u00a0', '\u2003', '\t') },
  { weight: 3, arbitrary: fc.constantFrom('.', '. ', ', ', '; ', ': ', '? ', '! ') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n\n\n') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '# ',
      '## ',
      '**',
      '*',
      '_',
      '- ',
      '* ',
      '1. ',
      '> ',
      '<u>',
      '</u>',
      '<br>',
      '&amp;',
      '&nbsp;',
      '[link](http://x.y/z)',
      '---\n',
      '|',
      '`',
    ),
  },
);
const statementLike = fc.array(piece, { maxLength: 120 }).map((p) => p.join(''));
const withFrontMatter = statementLike.map((body) => `---\ntitle: "A statement"\ndate: '2024-01-01'\n---\n\n${body}`);
const anyText = fc.oneof(
  statementLike,
  withFrontMatter,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

const MARKUP = /[<>&*_#`|[\]()\\~]/;

/** True when `small` can be obtained from `big` by deleting characters. */
function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
  return j === small.length;
}

/** Words the guide leaves out of segments: list markers, bracketed archive markers. */
function exempt(text: string, at: number, word: string): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  if (/^\s*\(?$/.test(before) && /^[ivxlcdm]+$/i.test(word) && /^[.)]/.test(text.slice(at + word.length))) return true;
  return before.lastIndexOf('[') > before.lastIndexOf(']');
}

/** The structural invariants; returns problems (empty when all hold). */
function problems(doc: Document): string[] {
  const out: string[] = [];
  const { text, segments } = doc;
  let prevEnd = 0;
  segments.forEach((s, i) => {
    if (!(s.start >= prevEnd && s.end > s.start && s.end <= text.length))
      out.push(`segment ${i} [${s.start},${s.end}) out of order or empty`);
    if (/\s/.test(text[s.start]) || /\s/.test(text[s.end - 1])) out.push(`segment ${i} not trimmed`);
    prevEnd = s.end;
  });
  // Every word (two or more letters) of the normalized text is inside a segment, bar list and archive markers.
  let k = 0;
  for (const m of text.matchAll(/\p{L}{2,}/gu)) {
    const i = m.index;
    while (k < segments.length && segments[k].end <= i) k++;
    const covered = k < segments.length && segments[k].start <= i && i + m[0].length <= segments[k].end;
    if (!covered && !exempt(text, i, m[0])) {
      out.push(
        `word ${JSON.stringify(m[0])} in ${JSON.stringify(text.slice(Math.max(0, i - 15), i + 15))} is in no segment`,
      );
      break;
    }
  }
  // Every emitted span slices back to its text: exactly where no markup was involved, loosely where it was removed.
  const cps = new CodePointIndex(doc.original);
  const check = (where: string, span: { start: number; end: number; text: string }): void => {
    const slice = doc.original.slice(cps.toUtf16(span.start), cps.toUtf16(span.end));
    const ok =
      MARKUP.test(slice) || /&/.test(slice)
        ? isSubsequence(wordChars(span.text), wordChars(slice)) &&
          wordChars(slice).startsWith(wordChars(span.text).slice(0, 1))
        : collapseWhitespace(slice) === span.text;
    if (!ok || span.text !== collapseWhitespace(span.text))
      out.push(`${where}: ${JSON.stringify(span.text)} ≠ original ${JSON.stringify(slice)}`);
  };
  let prev = -1;
  for (const r of toRecords(doc)) {
    if (r.start < prev) out.push(`seg ${r.seg} starts before the previous one ends`);
    prev = r.end;
    check(`seg ${r.seg}`, r);
    for (const e of r.entities) check(`seg ${r.seg} ${e.type}`, e);
    for (const c of r.commitments) {
      check(`seg ${r.seg} ${c.category} trigger`, c.trigger);
      if (c.actor) check(`seg ${r.seg} ${c.category} actor`, c.actor);
      if (c.content) check(`seg ${r.seg} ${c.category} content`, c.content);
    }
  }
  return out;
}

describe('pipeline properties on generated text', () => {
  it('never throws, keeps the invariants, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = pipeline.annotate('prop', text);
        expect(problems(doc)).toEqual([]);
        expect(toJsonl(pipeline.annotate('prop', text))).toBe(toJsonl(doc));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** Real statements: the gold dev texts and an even sample of the corpus. */
function realTexts(): Array<[string, string]> {
  const files: string[] = [];
  if (existsSync(GOLD_DEV))
    files.push(
      ...readdirSync(GOLD_DEV)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => join(GOLD_DEV, n)),
    );
  if (existsSync(CORPUS)) {
    const names = readdirSync(CORPUS).sort();
    for (let i = 0; i < names.length; i += Math.ceil(names.length / 60)) files.push(join(CORPUS, names[i]));
  }
  return files.map((f) => [f.split('/').pop()!, readFileSync(f, 'utf8')]);
}

describe.skipIf(!existsSync(GOLD_DEV) && !existsSync(CORPUS))('pipeline properties on real statements', () => {
  it('keeps the invariants on every sampled statement', () => {
    const failures: string[] = [];
    for (const [name, text] of realTexts()) {
      const found = problems(pipeline.annotate(name.replace(/\.\w+$/, ''), text));
      if (found.length) failures.push(`${name}: ${found.slice(0, 3).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
