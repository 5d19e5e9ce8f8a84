import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataLoader } from '../src/data/load.js';
import type { Document } from '../src/document.js';
import { DEFAULT_PIPELINE_DIR, emptyDocument } from '../src/pipeline.js';
import { normalize } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';
import { GOLDEN_RULES } from './golden-rules.js';

const ctx = { data: new DataLoader(DEFAULT_PIPELINE_DIR) };
const runNormalize = normalize.create({}, ctx);
const runSegment = segment.create({ abbreviations: 'lexicons/abbreviations.yml' }, ctx);

/** normalize + segment over `text`; returns [kind, text] per segment. */
function seg(text: string): Array<[string, string]> {
  const doc: Document = runSegment(runNormalize(emptyDocument('t', text)));
  return doc.segments.map((s) => [s.kind, doc.text.slice(s.start, s.end)]);
}
/** Segment texts with hard wraps collapsed. */
const sentences = (text: string): string[] => seg(text).map(([, s]) => s.replace(/\s+/g, ' '));

describe('segment: sentence ends', () => {
  it('splits at . ? ! followed by a capitalized word', () => {
    expect(sentences('We met. They left? Yes! Done.')).toEqual(['We met.', 'They left?', 'Yes!', 'Done.']);
  });
  it('does not split before a lowercase word', () => {
    expect(sentences('She works at Yahoo! in the accounting department.')).toHaveLength(1);
  });
  it('keeps closing quotes and brackets with the sentence', () => {
    expect(sentences('He said “we will act.” Then he left. (This was new.) It ended.')).toEqual([
      'He said “we will act.”',
      'Then he left.',
      '(This was new.)',
      'It ended.',
    ]);
  });
  it('treats hard line wraps as spaces', () => {
    expect(sentences('The two leaders\nreaffirmed their commitment. They\nagreed.')).toEqual([
      'The two leaders reaffirmed their commitment.',
      'They agreed.',
    ]);
  });
  it('splits a missing space after a period (end.Next)', () => {
    expect(sentences('It grew by 1,000.That is a lot. Visit www.WhiteHouse.gov today.')).toEqual([
      'It grew by 1,000.',
      'That is a lot.',
      'Visit www.WhiteHouse.gov today.',
    ]);
  });
  it('keeps colon and semicolon lists in one sentence', () => {
    expect(sentences('The leaders will seek to: promote trade; strengthen ties; and deepen links.')).toHaveLength(1);
  });
  it('does not split decimals, money or numbered references', () => {
    expect(sentences('Growth was 2.5 percent. It cost $1.5 billion. See No. 5 and Art. V of the Treaty.')).toEqual([
      'Growth was 2.5 percent.',
      'It cost $1.5 billion.',
      'See No. 5 and Art. V of the Treaty.',
    ]);
  });
});

describe('segment: abbreviations', () => {
  it('never ends a sentence at a title or e.g./i.e.', () => {
    expect(sentences('Mr. Smith met Dr. Jones and Gen. Milley, e.g. The Hague talks, at St. Paul.')).toHaveLength(1);
  });
  it('keeps initials and Jr. inside a name', () => {
    expect(sentences('Today, President Joseph R. Biden Jr. of the United States met Donald J. Trump.')).toHaveLength(1);
  });
  it('ends a sentence at U.S./D.C. when a sentence starter follows', () => {
    expect(
      sentences('They met in Washington, D.C. During the meeting, they spoke. Trade with the U.S. The end.'),
    ).toEqual(['They met in Washington, D.C.', 'During the meeting, they spoke.', 'Trade with the U.S.', 'The end.']);
  });
  it('does not end a sentence at U.S. before a noun it modifies', () => {
    expect(
      sentences('The U.S. Department of State and U.S. Forces Japan will act. Japan-Australia-India-U.S. (Quad) met.'),
    ).toEqual([
      'The U.S. Department of State and U.S. Forces Japan will act.',
      'Japan-Australia-India-U.S. (Quad) met.',
    ]);
  });
});

describe('segment: layout', () => {
  it('ends sentences at blank lines and list items, and drops list markers from the span', () => {
    expect(seg('The leaders will:\n\n1. promote trade\n2. build roads;\n\n-   deepen ties\n(a) and more.')).toEqual([
      ['sentence', 'The leaders will:'],
      ['sentence', 'promote trade'],
      ['sentence', 'build roads;'],
      ['sentence', 'deepen ties'],
      ['sentence', 'and more.'],
    ]);
  });
  it('makes a line ending in , ; or : before a blank line its own sentence', () => {
    expect(seg('Recognizing the history of our nations,\n\nThe parties agreed.')).toEqual([
      ['sentence', 'Recognizing the history of our nations,'],
      ['sentence', 'The parties agreed.'],
    ]);
  });
  it('finds standalone headings, datelines and all-caps signature lines', () => {
    expect(seg('The White House, Washington, 20 June 1962\n\nThey met.\n\nJOSEPH R. BIDEN JR.')).toEqual([
      ['heading', 'The White House, Washington, 20 June 1962'],
      ['sentence', 'They met.'],
      ['heading', 'JOSEPH R. BIDEN JR.'],
    ]);
  });
  it('finds a title-case heading line inside running text without blank lines', () => {
    expect(
      seg(
        'President\nDonald J. Trump met the Prime Minister in\nTokyo.\nU.S.-Japan Cooperation for Peace\nThe two leaders spoke.',
      ),
    ).toEqual([
      ['sentence', 'President\nDonald J. Trump met the Prime Minister in\nTokyo.'],
      ['heading', 'U.S.-Japan Cooperation for Peace'],
      ['sentence', 'The two leaders spoke.'],
    ]);
  });
  it('does not take a wrapped line of a sentence for a heading', () => {
    const text =
      'They met today in the capital city of the country.\nPresident Biden and Prime Minister\nKishida Fumio discussed trade.';
    expect(seg(text).map(([k]) => k)).toEqual(['sentence', 'sentence']);
  });
  it('uses markup heading hints: **…**, <u>…</u>, #', () => {
    expect(
      seg('**Bilateral Cooperation on\nMigration**\n\nThey agreed.\n\n# Climate\n\n<u>Trade.</u> It grew.'),
    ).toEqual([
      ['heading', 'Bilateral Cooperation on\nMigration'],
      ['sentence', 'They agreed.'],
      ['heading', 'Climate'],
      ['sentence', 'Trade.'],
      ['sentence', 'It grew.'],
    ]);
  });
  it('splits a run-in label ending in a colon off as a heading', () => {
    expect(seg('**Pandemic Response:\u00a0** It is in our interest.\n\n-   **Security**: We agree. We act.')).toEqual(
      [
        ['heading', 'Pandemic Response:'],
        ['sentence', 'It is in our interest.'],
        ['heading', 'Security**:'],
        ['sentence', 'We agree.'],
        ['sentence', 'We act.'],
      ].map(([k, t]) => [k, t.replace('**', '')]),
    );
  });
  it('keeps a title-case label ending in a colon as a heading, running text ending in a colon as a sentence', () => {
    expect(seg('Members of the Presidential Delegation:\n\nThis includes:\n\n-   One.')).toEqual([
      ['heading', 'Members of the Presidential Delegation:'],
      ['sentence', 'This includes:'],
      ['sentence', 'One.'],
    ]);
  });
  it('looks for headings between lines only in files without blank-line paragraphs', () => {
    const wrapped =
      'They met.\n\nThe leaders discussed a wide range of regional and global issues.\nPreventing and Combating Discrimination\nThey agreed to act.\n\nEnd.';
    expect(sentences(wrapped)).toEqual([
      'They met.',
      'The leaders discussed a wide range of regional and global issues.',
      'Preventing and Combating Discrimination They agreed to act.',
      'End.',
    ]);
    expect(seg(wrapped.replace(/\n\n/g, '\n'))).toContainEqual(['heading', 'Preventing and Combating Discrimination']);
  });
  it('produces trimmed, ordered, non-overlapping segments', () => {
    const doc = runSegment(runNormalize(emptyDocument('t', '  One.  Two?\n\n  - Three  \n')));
    let last = 0;
    for (const s of doc.segments) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(doc.text.slice(s.start, s.end)).toBe(doc.text.slice(s.start, s.end).trim());
      last = s.end;
    }
    expect(doc.segments).toHaveLength(3);
  });
});

/** A list marker alone (`2.`, `9.`, `2.)`, `(a)`, `•`) is never a segment. */
const MARKER_ONLY =
  /^(?:[-*+•‣⁃▪◦·]\s*)?(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})(?:\.\)|[.)])|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\))?$/;

describe('segment: Pragmatic Segmenter English golden rules', () => {
  for (const rule of GOLDEN_RULES) {
    it(`golden rule ${rule.n} yields no segment that is a list marker alone`, () => {
      for (const s of sentences(rule.input)) expect(s).not.toMatch(MARKER_ONLY);
    });
    if (rule.outOfScope) continue; // the reason is stated with the rule
    const test = rule.knownFailure ? it.fails : it;
    test(`golden rule ${rule.n}: ${rule.input.slice(0, 50)}`, () => {
      expect(sentences(rule.input)).toEqual(rule.expected.split('\n'));
    });
  }
  it('holds all 52 rules, numbered in order', () => {
    expect(GOLDEN_RULES.map((r) => r.n)).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
  });
});

describe('segment: inline enumerations', () => {
  it('leaves the marker of an item after a sentence end out of every span', () => {
    expect(sentences('The steps are as follows. 1. Build roads. 2. Open ports.')).toEqual([
      'The steps are as follows.',
      'Build roads.',
      'Open ports.',
    ]);
  });
  it('does not take a date or a numbered name for the next item', () => {
    expect(sentences('1. FEMA will open the site on March 2. The site is large.')).toEqual([
      'FEMA will open the site on March 2.',
      'The site is large.',
    ]);
  });
  it('does not cut a Markdown item at a spaced dash', () => {
    expect(sentences('- The leaders agreed - in principle - to act')).toEqual([
      'The leaders agreed - in principle - to act',
    ]);
  });
});

describe('segment: marked-up headings', () => {
  it('gives one heading for bold markup that spans a blank line', () => {
    const text =
      'Intro.\n\n**<span style="text-decoration: underline">Marshal Biographies  \n</span>  \nEddie Frizell, nominee for Minnesota**  \n  \nHe served.\n';
    expect(seg(text)).toEqual([
      ['sentence', 'Intro.'],
      ['heading', 'Marshal Biographies  \n  \nEddie Frizell, nominee for Minnesota'],
      ['sentence', 'He served.'],
    ]);
  });
});

const GOLD_DIR = join(DEFAULT_PIPELINE_DIR, '..', '..', 'shared', 'gold', 'dev');

describe.skipIf(!existsSync(GOLD_DIR))('segment: dev gold boundaries', () => {
  for (const name of existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.txt')) : []) {
    it(name, () => {
      const original = readFileSync(join(GOLD_DIR, name), 'utf8').replace(/^\uFEFF/, '');
      const gold = readFileSync(join(GOLD_DIR, name.replace(/\.txt$/, '.jsonl')), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { start: number; end: number; kind: string });
      const doc = runSegment(runNormalize(emptyDocument(name, original)));
      const pred = doc.segments.map((s) => ({ ...doc.offsets.toOriginal(s), kind: s.kind }));
      expect(pred).toEqual(gold.map((g) => ({ start: g.start, end: g.end, kind: g.kind })));
    });
  }
});
