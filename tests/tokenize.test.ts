import { describe, expect, it } from 'vitest';
import { wink } from '../src/stages/tokenize.js';

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
