import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataLoader } from '../src/data/load.js';
import type { Document } from '../src/document.js';
import { DEFAULT_PIPELINE_DIR, emptyDocument } from '../src/pipeline.js';
import { normalize } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

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
    expect(sentences('He said “we will act.” Then he left. (This was new.) It ended.'))
      .toEqual(['He said “we will act.”', 'Then he left.', '(This was new.)', 'It ended.']);
  });
  it('treats hard line wraps as spaces', () => {
    expect(sentences('The two leaders\nreaffirmed their commitment. They\nagreed.')).toEqual([
      'The two leaders reaffirmed their commitment.', 'They agreed.',
    ]);
  });
  it('splits a missing space after a period (end.Next)', () => {
    expect(sentences('It grew by 1,000.That is a lot. Visit www.WhiteHouse.gov today.'))
      .toEqual(['It grew by 1,000.', 'That is a lot.', 'Visit www.WhiteHouse.gov today.']);
  });
  it('keeps colon and semicolon lists in one sentence', () => {
    expect(sentences('The leaders will seek to: promote trade; strengthen ties; and deepen links.')).toHaveLength(1);
  });
  it('does not split decimals, money or numbered references', () => {
    expect(sentences('Growth was 2.5 percent. It cost $1.5 billion. See No. 5 and Art. V of the Treaty.'))
      .toEqual(['Growth was 2.5 percent.', 'It cost $1.5 billion.', 'See No. 5 and Art. V of the Treaty.']);
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
    expect(sentences('They met in Washington, D.C. During the meeting, they spoke. Trade with the U.S. The end.'))
      .toEqual(['They met in Washington, D.C.', 'During the meeting, they spoke.', 'Trade with the U.S.', 'The end.']);
  });
  it('does not end a sentence at U.S. before a noun it modifies', () => {
    expect(sentences('The U.S. Department of State and U.S. Forces Japan will act. Japan-Australia-India-U.S. (Quad) met.'))
      .toEqual(['The U.S. Department of State and U.S. Forces Japan will act.', 'Japan-Australia-India-U.S. (Quad) met.']);
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
    expect(seg('President\nDonald J. Trump met the Prime Minister in\nTokyo.\nU.S.-Japan Cooperation for Peace\nThe two leaders spoke.'))
      .toEqual([
        ['sentence', 'President\nDonald J. Trump met the Prime Minister in\nTokyo.'],
        ['heading', 'U.S.-Japan Cooperation for Peace'],
        ['sentence', 'The two leaders spoke.'],
      ]);
  });
  it('does not take a wrapped line of a sentence for a heading', () => {
    const text = 'They met today in the capital city of the country.\nPresident Biden and Prime Minister\nKishida Fumio discussed trade.';
    expect(seg(text).map(([k]) => k)).toEqual(['sentence', 'sentence']);
  });
  it('uses markup heading hints: **…**, <u>…</u>, #', () => {
    expect(seg('**Bilateral Cooperation on\nMigration**\n\nThey agreed.\n\n# Climate\n\n<u>Trade.</u> It grew.'))
      .toEqual([
        ['heading', 'Bilateral Cooperation on\nMigration'],
        ['sentence', 'They agreed.'],
        ['heading', 'Climate'],
        ['sentence', 'Trade.'],
        ['sentence', 'It grew.'],
      ]);
  });
  it('splits a run-in label ending in a colon off as a heading', () => {
    expect(seg('**Pandemic Response:\u00a0** It is in our interest.\n\n-   **Security**: We agree. We act.'))
      .toEqual([
        ['heading', 'Pandemic Response:'],
        ['sentence', 'It is in our interest.'],
        ['heading', 'Security**:'],
        ['sentence', 'We agree.'],
        ['sentence', 'We act.'],
      ].map(([k, t]) => [k, t.replace('**', '')]));
  });
  it('keeps a title-case label ending in a colon as a heading, running text ending in a colon as a sentence', () => {
    expect(seg('Members of the Presidential Delegation:\n\nThis includes:\n\n-   One.')).toEqual([
      ['heading', 'Members of the Presidential Delegation:'],
      ['sentence', 'This includes:'],
      ['sentence', 'One.'],
    ]);
  });
  it('looks for headings between lines only in files without blank-line paragraphs', () => {
    const wrapped = 'They met.\n\nThe leaders discussed a wide range of regional and global issues.\nPreventing and Combating Discrimination\nThey agreed to act.\n\nEnd.';
    expect(sentences(wrapped)).toEqual([
      'They met.', 'The leaders discussed a wide range of regional and global issues.',
      'Preventing and Combating Discrimination They agreed to act.', 'End.',
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

/**
 * The English "Golden Rules" of pySBD / Pragmatic Segmenter that apply to
 * running prose (github.com/nipunsadvilkar/pySBD, tests/lang/test_english.py).
 * Each expected value holds one sentence per line. Left out: inline list
 * items (`1.) The first item 2.) …`), whose markers the guide excludes from
 * the span and which statements write one per line.
 */
const GOLDEN: Array<[string, string]> = [
  ['Hello World. My name is Jonas.', 'Hello World.\nMy name is Jonas.'],
  ['What is your name? My name is Jonas.', 'What is your name?\nMy name is Jonas.'],
  ['There it is! I found it.', 'There it is!\nI found it.'],
  ['My name is Jonas E. Smith.', 'My name is Jonas E. Smith.'],
  ['Please turn to p. 55.', 'Please turn to p. 55.'],
  ['Were Jane and co. at the party?', 'Were Jane and co. at the party?'],
  ['They closed the deal with Pitt, Briggs & Co. at noon.', 'They closed the deal with Pitt, Briggs & Co. at noon.'],
  ["Let's ask Jane and co. They should know.", "Let's ask Jane and co.\nThey should know."],
  ['They closed the deal with Pitt, Briggs & Co. It closed yesterday.', 'They closed the deal with Pitt, Briggs & Co.\nIt closed yesterday.'],
  ['I can see Mt. Fuji from here.', 'I can see Mt. Fuji from here.'],
  ["St. Michael's Church is on 5th st. near the light.", "St. Michael's Church is on 5th st. near the light."],
  ["That is JFK Jr.'s book.", "That is JFK Jr.'s book."],
  ['I visited the U.S.A. last year.', 'I visited the U.S.A. last year.'],
  ['I live in the E.U. How about you?', 'I live in the E.U.\nHow about you?'],
  ['I live in the U.S. How about you?', 'I live in the U.S.\nHow about you?'],
  ['I work for the U.S. Government in Virginia.', 'I work for the U.S. Government in Virginia.'],
  ['I have lived in the U.S. for 20 years.', 'I have lived in the U.S. for 20 years.'],
  ['She has $100.00 in her bag.', 'She has $100.00 in her bag.'],
  ['She has $100.00. It is in her bag.', 'She has $100.00.\nIt is in her bag.'],
  ['He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
    'He teaches science (He previously worked for 5 years as an engineer.) at the local University.'],
  ['Her email is Jane.Doe@example.com. I sent her an email.', 'Her email is Jane.Doe@example.com.\nI sent her an email.'],
  ['The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.',
    'The site is: https://www.example.50.com/new-site/awesome_content.html.\nPlease check it out.'],
  ["She turned to him, 'This is great.' she said.", "She turned to him, 'This is great.' she said."],
  ['She turned to him, "This is great." she said.', 'She turned to him, "This is great." she said.'],
  ['She turned to him, "This is great." She held the book out to show him.',
    'She turned to him, "This is great."\nShe held the book out to show him.'],
  ['Hello!! Long time no see.', 'Hello!!\nLong time no see.'],
  ['Hello?? Who is there?', 'Hello??\nWho is there?'],
  ['Hello!? Is that you?', 'Hello!?\nIs that you?'],
  ['Hello?! Is that you?', 'Hello?!\nIs that you?'],
  ['You can find it at N°. 1026.253.553. That is where the treasure is.',
    'You can find it at N°. 1026.253.553.\nThat is where the treasure is.'],
  ['She works at Yahoo! in the accounting department.', 'She works at Yahoo! in the accounting department.'],
  ['We make a good team, you and I. Did you see Albert I. Jones yesterday?',
    'We make a good team, you and I.\nDid you see Albert I. Jones yesterday?'],
  ['Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
    'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”'],
  ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
    '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
  ['If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.',
    'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .\nNext sentence.'],
  ['I never meant that.... She left the store.', 'I never meant that....\nShe left the store.'],
  ['I wasn’t really ... well, what I mean...see . . . what I\'m saying, the thing is . . . I didn’t mean it.',
    'I wasn’t really ... well, what I mean...see . . . what I\'m saying, the thing is . . . I didn’t mean it.'],
  ['One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .',
    'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.\n. . . The practice was not abandoned. . . .'],
  ['Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.',
    'Hello world.\nToday is Tuesday.\nMr. Smith went to the store and bought 1,000.\nThat is a lot.'],
  ['At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.',
    'At 5 a.m. Mr. Smith went to the bank.\nHe left the bank at 6 P.M.\nMr. Smith then went to the store.'],
];
/** Golden rules no rule-based reading can settle (pySBD marks this one xfail too). */
const GOLDEN_KNOWN_FAILURES = new Set([GOLDEN.length - 1]);

describe('segment: pySBD English golden rules (running prose)', () => {
  GOLDEN.forEach(([input, expected], i) => {
    const test = GOLDEN_KNOWN_FAILURES.has(i) ? it.fails : it;
    test(`golden rule ${i + 1}: ${input.slice(0, 50)}`, () => {
      expect(sentences(input)).toEqual(expected.split('\n'));
    });
  });
});

const GOLD_DIR = join(DEFAULT_PIPELINE_DIR, '..', '..', 'shared', 'gold', 'dev');

describe.skipIf(!existsSync(GOLD_DIR))('segment: dev gold boundaries', () => {
  for (const name of existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.txt')) : []) {
    it(name, () => {
      const original = readFileSync(join(GOLD_DIR, name), 'utf8').replace(/^\uFEFF/, '');
      const gold = readFileSync(join(GOLD_DIR, name.replace(/\.txt$/, '.jsonl')), 'utf8')
        .trim().split('\n').map((l) => JSON.parse(l) as { start: number; end: number; kind: string });
      const doc = runSegment(runNormalize(emptyDocument(name, original)));
      const pred = doc.segments.map((s) => ({ ...doc.offsets.toOriginal(s), kind: s.kind }));
      expect(pred).toEqual(gold.map((g) => ({ start: g.start, end: g.end, kind: g.kind })));
    });
  }
});
