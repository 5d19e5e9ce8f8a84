import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonWordList, compromiseVersion, givenNameWords, inflectionsOf } from '../src/data/english.js';
import { preparePipelineSeed } from '../src/pipeline.js';

const built = new URL('../dist/english-facts.json', import.meta.url);

describe('facts learned from compromise', () => {
  it('cover every verb the default lexicon inflects, with the lists entities use', () => {
    const { facts } = preparePipelineSeed();
    expect(Object.keys(facts.inflections).length).toBeGreaterThan(50);
    expect(facts.inflections.reaffirm.PastTense).toBe('reaffirmed');
    expect(facts.givenNames).toContain('kamala');
    expect(facts.commonWords?.length).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync(built))(
    'stored by the build: the same as compromise computes now, for the installed version',
    () => {
      const file = JSON.parse(readFileSync(built, 'utf8'));
      expect(file.compromise).toBe(compromiseVersion());
      for (const [verb, forms] of Object.entries(file.facts.inflections)) expect(inflectionsOf(verb)).toEqual(forms);
      expect(file.facts.givenNames).toEqual(givenNameWords());
      expect(file.facts.commonWords).toEqual(commonWordList());
    },
  );
});
