import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataLoader } from '../src/data/load.js';
import { DEFAULT_PIPELINE_DIR, emptyDocument } from '../src/pipeline.js';
import { tokenize, wink } from '../src/stages/tokenize.js';
import { longRuns, MAX_RUN } from '../src/stages/tokenize/long-runs.js';

const tokens = (text: string): string[] => wink().readDoc(text).tokens().out() as string[];

describe('tokenize: wink-nlp without memory across documents', () => {
  const sentence = 'The theme for this year’s Black History Month.';

  it('splits a possessive the same way whatever was read before', () => {
    const first = tokens(sentence);
    expect(first).toContain('’s');
    // Plain wink adds `year’s` to its lexicon here and keeps it whole from then on.
    tokens('A year’s, work.');
    expect(tokens(sentence)).toEqual(first);
  });

  it('still sees the words the current document added', () => {
    // Within one document wink's own behaviour applies: an earlier whole `year’s` keeps a later one whole.
    expect(tokens('A year’s, work. The theme for this year’s Black History Month.')).toContain('year’s');
  });
});

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus', 'wh-statements');
describe.skipIf(!existsSync(CORPUS))('tokenize on real statements', () => {
  const read = (name: string): string => readFileSync(join(CORPUS, `${name}.md`), 'utf8');
  const view = (text: string): string => {
    const d = wink().readDoc(text);
    return JSON.stringify([d.tokens().out(), d.tokens().out(wink().its.pos), d.entities().out(wink().its.detail)]);
  };

  it('tags a number the same whether or not an earlier document used it differently', () => {
    // The first statement adds "260" to wink's lexicon from "260th"; the second splits "S.260".
    const earlier = read(
      '2025-08-14-presidential-message-on-the-260th-anniversary-of-the-formation-of-the-sons-of-liberty',
    );
    const later = read('2025-11-25-congressional-bills-s-260-h-r-998-and-h-r-2316-signed-into-law');
    wink().rebuild();
    const alone = view(later);
    wink().rebuild();
    view(earlier);
    expect(view(later)).toEqual(alone);
  });
});

describe('tokenize: whitespace-free runs longer than any word', () => {
  const runStage = tokenize.create({}, { data: new DataLoader(DEFAULT_PIPELINE_DIR) });
  const spans = (text: string): string[] => {
    const doc = runStage(emptyDocument('t', text));
    return doc.tokens.map((t) => text.slice(t.start, t.end));
  };

  it('become one token, and the words around them keep their offsets', () => {
    const run = 'ab.'.repeat(MAX_RUN);
    expect(spans(`Japan met. ${run} Then France.`)).toEqual(['Japan', 'met', '.', run, 'Then', 'France', '.']);
  });
  it('keep the dates wink finds on their text across newlines and after a long run', () => {
    const text = `They met.\n\n${'x'.repeat(MAX_RUN + 1)}\nOn March 3, 2021, they met again.`;
    const doc = runStage(emptyDocument('t', text));
    expect(doc.numericMentions.filter((m) => m.type === 'DATE').map((m) => text.slice(m.start, m.end))).toEqual([
      'March 3, 2021',
    ]);
  });
  it('leave shorter runs to wink', () => {
    const text = `See ${'ab.'.repeat(100)} and www.example.com/a-b today.`;
    expect(spans(text)).toEqual(tokens(text));
  });
  it('are found only when longer than the limit', () => {
    expect(longRuns(`x ${'a'.repeat(5)} ${'b'.repeat(6)}\n`, 5)).toEqual([{ start: 8, end: 14 }]);
  });
});
