/**
 * Parties share the entity id vocabulary (guide §5): a government or administration
 * named after its leaders is that country; an agency named "… Administration" is itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Pipeline, loadPipeline } from '../src/pipeline.js';

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline();
});

const partiesOf = (text: string): string[][] => pipeline.annotate('t', text).commitments.map((c) => c.parties);

describe('parties of governments and administrations', () => {
  it('maps an administration or government named after leaders to their country', () => {
    expect(partiesOf('The Biden-Harris Administration will invest $2 billion in clean energy.')).toEqual([['USA']]);
    expect(partiesOf('The Albanese Government will continue to support the Pacific Islands Forum.')).toEqual([['AUS']]);
  });

  it('maps a later short reference (the Administration) to the country of the administration it stands for', () => {
    expect(
      partiesOf(
        'The Biden-Harris Administration announced new funding. The Administration is committing to maintain the supply.',
      ),
    ).toContainEqual(['USA']);
    expect(
      partiesOf(
        'The Biden-Harris Administration announced new funding. The Administration is committing to maintain the supply.',
      ).flat(),
    ).not.toContain('Biden-Harris Administration');
  });

  it('keeps an agency whose name ends in Administration as its own party', () => {
    expect(partiesOf('The Food and Drug Administration will review the application.')).toEqual([
      ['Food and Drug Administration'],
    ]);
  });
});
