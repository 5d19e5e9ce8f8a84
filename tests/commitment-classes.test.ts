/**
 * Commitment construction classes found from the clause, not only from single
 * lexicon verbs (issue 8): coordinated predicates, completed acts, light verb +
 * stance noun, stance nouns as subject, impersonal directives, conditional warnings,
 * reported speech — and the lemma of each trigger. Hand-written sentences with
 * hand-placed entities (no gold text).
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/document.js';
import { DEFAULT_PIPELINE_DIR } from '../src/pipeline.js';
import { DataLoader } from '../src/data/load.js';
import { loadLexicon } from '../src/stages/commitments/lexicon.js';
import { OPEN, OPEN_ENTS, run, view } from './commitment-harness.js';

const brief = (doc: Document) => view(doc).map((c) => [c.trigger, c.category, c.strength]);

const BOTH = ['KEN', 'NOR'];

describe('coordinated predicates under one subject and modal', () => {
  it('gives a coordinated verb of another class its own commitment, sharing subject and modal', () => {
    const doc = run(
      [
        OPEN,
        'We will expand grain storage and work to deepen cooperation on fisheries.',
        'The two countries will cooperate on geothermal energy and consider joint research projects.',
      ],
      OPEN_ENTS,
    );
    expect(brief(doc)).toEqual([
      ['will expand', 'COMMIT', 4],
      ['work', 'COMMIT', 3],
      ['will cooperate', 'COMMIT', 3],
      ['consider', 'CONSIDER', 2],
    ]);
    expect(view(doc).map((c) => c.parties)).toEqual([BOTH, BOTH, BOTH, BOTH]);
  });

  it('splits off "work toward" after a modal with its own strength', () => {
    const doc = run([OPEN, 'We will implement the plan and work toward a final settlement.'], OPEN_ENTS);
    expect(brief(doc)).toEqual([
      ['will implement', 'COMMIT', 4],
      ['work', 'COMMIT', 3],
    ]);
  });

  it('keeps a bare verb of the same class inside the modal commitment', () => {
    const doc = run(
      [OPEN, 'We will train nurses and equip two clinics in Kisumu.'],
      [...OPEN_ENTS, ['Kisumu', 'GPE', 'KEN']],
    );
    expect(brief(doc)).toEqual([['will train', 'COMMIT', 4]]);
  });
});

describe('completed acts in the perfect and past', () => {
  it('reads a perfect or past act of a participant as ACT', () => {
    const doc = run(
      [
        OPEN,
        'Norway has financed two solar mini-grids in Turkana.',
        'Together we have rebuilt the harbour at Lamu.',
        'The two governments had already disbursed $4 million.',
      ],
      [...OPEN_ENTS, ['Norway', 'GPE', 'NOR'], ['Turkana', 'GPE', 'KEN'], ['Lamu', 'GPE', 'KEN']],
    );
    expect(view(doc).map((c) => [c.trigger, c.category, c.lemma, c.parties])).toEqual([
      ['has financed', 'ACT', 'finance', ['NOR']],
      ['have rebuilt', 'ACT', 'rebuild', BOTH],
      ['had already disbursed', 'ACT', 'disburse', BOTH],
    ]);
  });

  it('reads no participle with a by-agent as an act of its own ("the barriers imposed by Kenya")', () => {
    const doc = run([OPEN, 'We will address the barriers imposed by Kenya.'], [...OPEN_ENTS, ['Kenya', 'GPE', 'KEN']]);
    expect(brief(doc)).toEqual([['will address', 'COMMIT', 4]]);
  });

  it('leaves out narrative verbs, states, participles, relative clauses and third parties', () => {
    const doc = run(
      [
        OPEN,
        'The ministers have met twice since March.',
        'Trade between the two countries has grown quickly.',
        'They praised the road network, built with local labour.',
        'We value the partnership we have built.',
        'Somalia has expanded its coast guard.',
        'As we have agreed, she has authored the report.',
      ],
      [...OPEN_ENTS, ['Somalia', 'GPE', 'SOM']],
    );
    expect(view(doc).filter((c) => c.category === 'ACT')).toEqual([]);
  });

  it('reads a present progressive own activity as COMMIT 3 and a present of "we" likewise', () => {
    const doc = run(
      [OPEN, 'Kenya and Norway are upgrading the weather radar network.', 'We promote open access to climate data.'],
      [...OPEN_ENTS, ['Kenya', 'GPE', 'KEN'], ['Norway', 'GPE', 'NOR']],
    );
    expect(brief(doc)).toEqual([
      ['are upgrading', 'COMMIT', 3],
      ['promote', 'COMMIT', 3],
    ]);
  });
});

describe('light verb + stance noun', () => {
  it('lets the noun decide the category after have, take up, attach, renew and offer', () => {
    const doc = run(
      [
        OPEN,
        'We have every confidence in the new electoral commission.',
        'Kenya took up the invitation to Oslo.',
        'They attached great importance to debt transparency.',
        'We renew our commitment to the Paris Agreement.',
        'Norway offered steadfast support to the relief effort.',
      ],
      [
        ...OPEN_ENTS,
        ['Kenya', 'GPE', 'KEN'],
        ['Oslo', 'GPE', 'NOR'],
        ['Paris Agreement', 'LAW', null],
        ['Norway', 'GPE', 'NOR'],
      ],
    );
    expect(view(doc).map((c) => [c.trigger, c.category, c.lemma])).toEqual([
      ['have every confidence', 'EXPRESS', 'confidence'],
      ['took up the invitation', 'ENGAGE', 'take up invitation'],
      ['attached great importance', 'AFFIRM', 'attach importance'],
      ['renew our commitment', 'COMMIT', 'renew commitment'],
      ['offered steadfast support', 'SUPPORT', 'offer support'],
    ]);
  });

  it('is no stance without a stance noun, nor with a phone call', () => {
    const doc = run(
      [
        OPEN,
        'We have two new consulates.',
        'Kenya took up the matter with the bank.',
        'They made a call to the mayor.',
      ],
      OPEN_ENTS,
    );
    expect(view(doc)).toEqual([]);
  });

  it('reads "no" before the noun as a negated commitment', () => {
    const doc = run([OPEN, 'We have no intention to reopen the dispute.'], OPEN_ENTS);
    expect(view(doc).map((c) => [c.trigger, c.category, c.strength, c.negated])).toEqual([
      ['have no intention', 'COMMIT', 0, true],
    ]);
  });
});

describe('stance nouns as subject', () => {
  it("reads a named holder's commitment as the subject of any verb, and a restated that-clause", () => {
    const doc = run(
      [
        OPEN,
        'Norway’s commitment to the fund rests on its long partnership with Kenya.',
        'Kenya reaffirms that the Norwegian commitment to the peace process is unshakable.',
      ],
      [
        ...OPEN_ENTS,
        ['Norway', 'GPE', 'NOR'],
        ['Kenya', 'GPE', 'KEN'],
        ['Kenya', 'GPE', 'KEN'],
        ['Norwegian', 'NORP', 'NOR'],
      ],
    );
    expect(view(doc).map((c) => [c.trigger, c.category, c.strength, c.parties])).toEqual([
      ['commitment', 'COMMIT', 4, ['NOR']],
      ['reaffirms', 'COMMIT', 4, ['KEN']],
    ]);
  });
});

describe('impersonal directives', () => {
  it('reads must/should addressed to others and a stated need as CALL_ON with no actor ("we must" binds the speakers)', () => {
    const doc = run(
      [
        OPEN,
        'All armed groups must lay down their weapons.',
        'Safe passage for aid convoys is needed.',
        'We must finish the road.',
        'The report describes steps lenders should take.',
      ],
      OPEN_ENTS,
    );
    expect(view(doc).map((c) => [c.trigger, c.category, c.actor, c.parties])).toEqual([
      ['must lay', 'CALL_ON', null, BOTH],
      ['is needed', 'CALL_ON', null, BOTH],
      ['must finish', 'COMMIT', 'We', BOTH],
    ]);
  });
});

describe('other impersonal frames', () => {
  it('reads "the moment has come to" as CALL_ON and "thought is being given to" as CONSIDER, both without actor', () => {
    const doc = run(
      [OPEN, 'The moment has come to lift the blockade.', 'Thought is being given to holding a summit in Mombasa.'],
      [...OPEN_ENTS, ['Mombasa', 'GPE', 'KEN']],
    );
    expect(view(doc).map((c) => [c.category, c.strength, c.actor])).toEqual([
      ['CALL_ON', null, null],
      ['CONSIDER', 2, null],
    ]);
  });
});

describe('conditional warnings', () => {
  it('reads "any X … will be answered with" as WARN', () => {
    const doc = run([OPEN, 'Any incursion across the border will be answered with a united response.'], OPEN_ENTS);
    expect(view(doc).map((c) => [c.trigger, c.category, c.lemma, c.actor])).toEqual([
      ['will be answered', 'WARN', 'answer', null],
    ]);
  });
});

describe('reported speech in historical communiqués', () => {
  it('reads "would" + verb in a clause reported by a stance as the participants\' commitment', () => {
    const doc = run(
      [
        OPEN,
        'The two Ministers agreed that their officials would hold talks in Oslo.',
        'They agreed that the bank would review its lending.',
        'The Ministers considered that the treaty served both countries well.',
        'They will consider new projects.',
      ],
      [...OPEN_ENTS, ['Oslo', 'GPE', 'NOR']],
    );
    expect(brief(doc)).toEqual([
      ['agreed', 'AFFIRM', null],
      ['would hold', 'ENGAGE', 4],
      ['agreed', 'AFFIRM', null],
      ['considered that', 'AFFIRM', null],
      ['will consider', 'CONSIDER', 2],
    ]);
  });
});

describe('lemma', () => {
  it('is the trigger in base form with only the words that name the stance', () => {
    const doc = run(
      [
        OPEN,
        'The leaders reaffirmed their partnership.',
        'We will seek to expand trade.',
        'They expressed their serious concerns about the drought.',
        'We look forward to the next summit.',
        'They called for restraint.',
      ],
      OPEN_ENTS,
    );
    expect(view(doc).map((c) => c.lemma)).toEqual(['reaffirm', 'seek', 'express concern', 'look forward', 'call for']);
  });
});

describe('stance-nouns.yml', () => {
  it('rejects an unknown key naming the file', () => {
    const data = new DataLoader(DEFAULT_PIPELINE_DIR);
    const raw = structuredClone(data.yaml('lexicons/stance-nouns.yml')) as Record<string, unknown>;
    raw.light_verb = [];
    (data as unknown as { cache: Map<string, unknown> }).cache.set('y.yml', raw);
    expect(() => loadLexicon(data, 'lexicons/commitments.yml', 'y.yml')).toThrow(/y\.yml: light_verb: unknown key/);
  });
});

describe('long sentences', () => {
  it('annotates every repetition of a commitment in one very long sentence', () => {
    const doc = run([OPEN, `${'The two leaders reaffirmed their commitment '.repeat(3000)}to peace.`], OPEN_ENTS);
    expect(doc.commitments).toHaveLength(3000);
    expect(new Set(doc.commitments.map((c) => c.parties.join()))).toEqual(new Set([BOTH.join()]));
  });
});
