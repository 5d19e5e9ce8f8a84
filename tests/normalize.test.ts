import { describe, expect, it } from 'vitest';
import { DataLoader } from '../src/data/load.js';
import type { Document, Span } from '../src/document.js';
import { DEFAULT_PIPELINE_DIR, emptyDocument } from '../src/pipeline.js';
import { normalize } from '../src/stages/normalize.js';
import { collapseWhitespace } from '../src/offsets.js';

const run = normalize.create({}, { data: new DataLoader(DEFAULT_PIPELINE_DIR) });
const norm = (original: string): Document => run(emptyDocument('t', original));

/** The original text behind a span of doc.text (code point offsets, as emitted). */
function originalOf(doc: Document, span: Span): string {
  const { start, end } = doc.offsets.toOriginal(span);
  return [...doc.original].slice(start, end).join('');
}
/** The span of `needle` in doc.text. */
function spanOf(doc: Document, needle: string): Span {
  const start = doc.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in ${JSON.stringify(doc.text)}`);
  return { start, end: start + needle.length };
}
const hints = (doc: Document): string[] => doc.headingHints.map((h) => doc.text.slice(h.start, h.end));

describe('normalize: front matter', () => {
  const original =
    '---\ntags: statements-releases\ndate: \'2021-01-20\'\nsource_url: https://example.gov/a\ntitle: "Paris\\_Agreement"\n---\n \nWe accept.\n';
  it('moves YAML front matter into doc.meta and out of the text', () => {
    const doc = norm(original);
    expect(doc.meta).toEqual({ title: 'Paris Agreement', date: '2021-01-20', source: 'https://example.gov/a' });
    expect(doc.text.trim()).toBe('We accept.');
    expect(originalOf(doc, spanOf(doc, 'We accept.'))).toBe('We accept.');
  });
  it('leaves a document without front matter alone', () => {
    expect(norm('Plain text.\n').text).toBe('Plain text.\n');
  });
});

describe('normalize: markup removal keeps offsets', () => {
  const cases: Array<[string, string, string]> = [
    // [original, expected text of the span in doc.text, original slice it maps back to]
    ['They met **today** in Tokyo.', 'They met today in Tokyo.', 'They met **today** in Tokyo.'],
    ['on April 22<sup>nd</sup> hosted by', 'April 22nd hosted', 'April 22<sup>nd</sup> hosted'],
    ['Trade &amp; investment', 'Trade & investment', 'Trade &amp; investment'],
    [
      'the [Paris Agreement](https://x.gov/p) and',
      'the Paris Agreement and',
      'the [Paris Agreement](https://x.gov/p) and',
    ],
    ['item 2\\. is _key_ now', 'item 2. is key now', 'item 2\\. is _key_ now'],
    ['a <u>United</u> front', 'a United front', 'a <u>United</u> front'],
    ['keep snake_case and a\u00a0b\u202fc', 'snake_case and a b c', 'snake_case and a\u00a0b\u202fc'],
    ['COVID-\u206019 cases', 'COVID-19 cases', 'COVID-\u206019 cases'],
    ['one<!-- note -->two', 'onetwo', 'one<!-- note -->two'],
    ['<span style="text-decoration:\nunderline">Allies</span> agree', 'Allies agree', 'Allies</span> agree'],
  ];
  for (const [original, expected, back] of cases) {
    it(`${JSON.stringify(original)} → ${JSON.stringify(expected)}`, () => {
      const doc = norm(original);
      expect(doc.text).toContain(expected);
      expect(originalOf(doc, spanOf(doc, expected))).toBe(back);
    });
  }
  it('turns <br> into a newline and drops images', () => {
    const doc = norm('first<br />second ![logo](a.png) end');
    expect(doc.text).toBe('first\nsecond  end');
  });
  it('maps every text unit inside the original (code points beyond the BMP too)', () => {
    const doc = norm('🇺🇸 **U.S.** and 🇯🇵 Japan &amp; more.');
    const span = spanOf(doc, 'Japan & more.');
    expect(originalOf(doc, span)).toBe('Japan &amp; more.');
    expect(collapseWhitespace(doc.text)).toBe('🇺🇸 U.S. and 🇯🇵 Japan & more.');
  });
});

describe('normalize: junk lines', () => {
  it('removes separators, archive markers, page numbers and stray pipes but keeps the line structure', () => {
    const original =
      'One.\n\n<!-- -->\n\n[ _matter omitted_ ]\n\n[NAA: A4940, C3616]\n\n***\n\n12\n\n|\n\nTwo. |\n\n\\###\n';
    const doc = norm(original);
    expect(doc.text.replace(/\s+/g, ' ').trim()).toBe('One. Two.');
    expect(doc.text.split('\n').length).toBe(original.split('\n').length);
  });
  it('keeps list markers for the segmenter and drops emphasis asterisks', () => {
    expect(norm('-   *Lead* item\n*   second\n1\\. third').text).toBe('-   Lead item\n*   second\n1. third');
  });
  it('keeps a bracketed text followed by a link or words', () => {
    expect(norm('[New York](https://ny.gov) grew.').text).toBe('New York grew.');
    expect(norm('[1] The study found more.').text).toBe('[1] The study found more.');
  });
});

describe('normalize: heading hints', () => {
  it('marks #, whole-line **…**, <u>…</u>, <strong>, <h2>, wrapped bold paragraphs and run-in labels', () => {
    const doc = norm(
      [
        '# Title One',
        '',
        '**Bilateral Cooperation on',
        'Migration**',
        '',
        '**<u>Climate</u>**',
        '',
        '<strong>Trade</strong>',
        '',
        '<h2 class="x">Security</h2>',
        '',
        'Body **bold** text.',
        '',
        '**Lead-in:** text follows.',
        '',
        '-   **Health**: text follows.',
        '',
        '**Bold sentence.** More.',
        '',
        '**A** and **B**',
      ].join('\n'),
    );
    expect(hints(doc)).toEqual([
      'Title One',
      'Bilateral Cooperation on\nMigration',
      'Climate',
      'Trade',
      'Security',
      'Lead-in:',
      'Health:',
    ]);
  });
  it('maps a hint back to the original markup span', () => {
    const doc = norm('Text.\n\n**<u>Title</u>**\n\nMore.');
    expect(originalOf(doc, doc.headingHints[0])).toBe('Title');
  });
});
