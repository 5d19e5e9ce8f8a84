/**
 * Commitment stage, round 2: progressive acts, dashed appositions, reported
 * commitments under other head nouns, nominal stances, passive directives, and
 * party resolution (title topics, regions, groupings, beneficiaries).
 * Hand-written sentences with hand-placed entities (no dev gold).
 */
import { describe, expect, it } from 'vitest';
import { type Ent, lex, run, view } from './commitment-harness.js';
import { titleParties } from '../src/stages/commitments/names.js';

const OPEN = 'The leaders of Chile, Peru and Canada met today.';
const OPEN_ENTS: Ent[] = [
  ['Chile', 'GPE', 'CHL'],
  ['Peru', 'GPE', 'PER'],
  ['Canada', 'GPE', 'CAN'],
];
const ALL = ['CAN', 'CHL', 'PER'];

describe('recall on ongoing and reported commitments', () => {
  it('reads a present progressive own action by category, and ignores other -ing verbs', () => {
    const doc = run(
      [
        OPEN,
        'We are providing Ecuador with vaccines.',
        'We are coordinating closely.',
        'We are exploring options for a fund.',
        'We are seeing results.',
      ],
      [...OPEN_ENTS, ['Ecuador', 'GPE', 'ECU']],
    );
    expect(view(doc).map((c) => [c.trigger, c.category, c.strength])).toEqual([
      ['are providing', 'COMMIT', 4],
      ['are coordinating', 'ACT', null],
      ['are exploring', 'CONSIDER', 2],
    ]);
  });

  it('finds the subject before a dashed apposition, with listed members as parties', () => {
    const doc = run(
      [
        OPEN,
        'Chile – home to the Atacama – will invest in solar power.',
        'Several partners – including Peru and Canada – will continue to fund the project.',
      ],
      [
        ...OPEN_ENTS,
        ['Chile', 'GPE', 'CHL'],
        ['Atacama', 'LOC', null],
        ['Peru', 'GPE', 'PER'],
        ['Canada', 'GPE', 'CAN'],
      ],
    );
    expect(view(doc).map((c) => [c.trigger, c.parties])).toEqual([
      ['will invest', ['CHL']],
      ['will continue', ['CAN', 'PER']],
    ]);
  });

  it('reads reported commitments under goal/interest and modifiers like "clearly demonstrated"', () => {
    const doc = run(
      [
        OPEN,
        'The leaders applauded Peru’s clearly demonstrated commitment to reform and Chile’s ambitious goal of reaching net zero.',
        'They welcomed Canada’s interest in joining.',
      ],
      [...OPEN_ENTS, ['Peru', 'GPE', 'PER'], ['Chile', 'GPE', 'CHL'], ['Canada', 'GPE', 'CAN']],
    );
    expect(
      view(doc)
        .filter((c) => c.category === 'COMMIT')
        .map((c) => [c.trigger, c.strength, c.parties]),
    ).toEqual([
      ['commitment', 4, ['PER']],
      ['goal', 3, ['CHL']],
      ['interest', 1, ['CAN']],
    ]);
  });

  it('reads thanked, are convinced, and a second stance verb after "and"', () => {
    const doc = run(
      [
        OPEN,
        'Chile thanked Peru for its leadership.',
        'We are convinced that peace is possible.',
        'We welcome the talks and note that more work is needed.',
      ],
      [...OPEN_ENTS, ['Chile', 'GPE', 'CHL'], ['Peru', 'GPE', 'PER']],
    );
    expect(view(doc).map((c) => [c.trigger, c.category])).toEqual([
      ['thanked', 'WELCOME'],
      ['are convinced', 'AFFIRM'],
      ['welcome', 'WELCOME'],
      ['note', 'AFFIRM'],
    ]);
  });

  it('reads a future host after "announced that", and a future passive directive with a null actor', () => {
    const doc = run(
      [
        OPEN,
        'We are announcing that Peru will host the next summit.',
        'Private companies will be invited to offer solutions.',
      ],
      [...OPEN_ENTS, ['Peru', 'GPE', 'PER']],
    );
    expect(
      view(doc)
        .slice(1)
        .map((c) => [c.trigger, c.category, c.actor, c.parties]),
    ).toEqual([
      ['will host', 'ENGAGE', 'Peru', ['PER']],
      ['will be invited', 'CALL_ON', null, ALL],
    ]);
  });

  it('reads nominal stances with a copula, but not other copular sentences', () => {
    const doc = run(
      [
        OPEN,
        'Our message is clear: Our support for Ecuador is strong and unwavering.',
        'Our aim remains to restore stability.',
        'Our meeting is a success.',
      ],
      [...OPEN_ENTS, ['Ecuador', 'GPE', 'ECU']],
    );
    expect(view(doc).map((c) => [c.trigger, c.category, c.strength, c.reiterated, c.parties])).toEqual([
      ['support', 'SUPPORT', null, false, ALL],
      ['aim remains', 'COMMIT', 3, true, ALL],
    ]);
  });

  it('reads "proud to" + own action, a completed act, and "proud of" as sentiment', () => {
    const doc = run(
      [
        OPEN,
        'We are proud to continue our work.',
        'We are proud to have delivered vaccines.',
        'We are proud of our partnership.',
      ],
      OPEN_ENTS,
    );
    expect(view(doc).map((c) => [c.category, c.reiterated])).toEqual([
      ['COMMIT', true],
      ['ACT', false],
      ['EXPRESS', false],
    ]);
  });
});

describe('party resolution on unseen-style statements', () => {
  it('drops a title topic after the leaders and a country inside a longer name', () => {
    const title =
      'Joint Statement by the President of France, Prime Minister of the United Kingdom of Great Britain and Northern Ireland, and President of the United States on Iran';
    expect(titleParties(title, lex.names).sort()).toEqual(['FRA', 'GBR', 'USA']);
    expect(
      titleParties('Statement by the Prime Minister of the United Kingdom and Northern Ireland', lex.names),
    ).toEqual(['GBR']);
    // Without leaders, "on" names the parties' own agreement.
    expect(
      titleParties('Joint Statement on United States-Cambodia Agreement on Reciprocal Trade', lex.names).sort(),
    ).toEqual(['KHM', 'USA']);
  });

  it('excludes a beneficiary and a possessive topic country from "we"', () => {
    const doc = run(
      [
        'We, the leaders of Chile, Peru and Canada, are committed to providing Ecuador with aid against Bolivia’s pressure.',
        'We will act.',
      ],
      [...OPEN_ENTS, ['Ecuador', 'GPE', 'ECU'], ['Bolivia', 'GPE', 'BOL']],
    );
    expect(view(doc).map((c) => c.parties)).toEqual([ALL, ALL]);
  });

  it('does not give an outside group the participants or its beneficiary', () => {
    const doc = run([OPEN, 'Many other supporters of Ecuador will assist.'], [...OPEN_ENTS, ['Ecuador', 'GPE', 'ECU']]);
    expect(view(doc)[0].parties).toEqual([]);
  });

  it('resolves "this grouping" to the grouping the title names with its members', () => {
    const doc = run(
      [
        'We, the leaders of Chile, Peru and Canada, met for the first time as the CPC.',
        'This unique grouping of countries aims to build roads.',
        'We will act.',
      ],
      [...OPEN_ENTS, ['CPC', 'ORG', 'CPC']],
      'Joint Statement of the Leaders of Chile, Peru and Canada (CPC)',
    );
    expect(view(doc).map((c) => c.parties)).toEqual([['CPC'], ALL]);
  });
});
