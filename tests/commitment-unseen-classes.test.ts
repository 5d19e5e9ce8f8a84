/**
 * Construction classes found on unseen statements (issue 8): holderless concern, plans and
 * needs as objects, shared hosting, impersonal "necessary", passive deliverables.
 * Hand-written sentences with hand-placed entities (no held-out text).
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/document.js';
import { OPEN, OPEN_ENTS, run } from './commitment-harness.js';

const brief = (doc: Document) =>
  doc.commitments.map((c) => [
    doc.text.slice(c.trigger.start, c.trigger.end),
    c.category,
    c.strength,
    c.actor ? doc.text.slice(c.actor.start, c.actor.end) : null,
  ]);

describe('holderless concern (guide §5)', () => {
  it('annotates an alarming state and a posed threat with no holder as CONCERN, actor null', () => {
    const doc = run(
      [
        OPEN,
        'The food situation in the region is dire, with millions of families in need.',
        'Drought and illegal fishing pose a serious threat to coastal livelihoods.',
      ],
      OPEN_ENTS,
    );
    expect(brief(doc)).toEqual([
      ['is dire', 'CONCERN', null, null],
      ['pose a serious threat', 'CONCERN', null, null],
    ]);
    expect(doc.commitments.map((c) => c.parties)).toEqual([
      ['KEN', 'NOR'],
      ['KEN', 'NOR'],
    ]);
  });

  it('leaves an evaluation inside a reported clause or a relative to its holder', () => {
    const doc = run(
      [OPEN, 'The leaders noted that the situation is dire.', 'They discussed the risks that droughts pose.'],
      OPEN_ENTS,
    );
    expect(brief(doc)).toEqual([['noted', 'AFFIRM', null, 'The leaders']]);
  });
});

describe('objects and hosts that decide the category', () => {
  it('reads "confirmed plans to" as COMMIT 3 and "discussed the need to" as CONSIDER', () => {
    const doc = run(
      [
        OPEN,
        'The two leaders confirmed plans to expand grain storage.',
        'The two leaders discussed the need to strengthen maritime security.',
      ],
      OPEN_ENTS,
    );
    expect(brief(doc)).toEqual([
      ['confirmed plans', 'COMMIT', 3, 'The two leaders'],
      ['discussed the need', 'CONSIDER', 2, 'The two leaders'],
    ]);
  });

  it("reads an own role as COMMIT 3 but another's role as the verb's AFFIRM", () => {
    const doc = run(
      [
        OPEN,
        'They reaffirmed their role in maintaining regional peace.',
        'They reaffirmed the important role of the treaty.',
      ],
      OPEN_ENTS,
    );
    expect(brief(doc).map(([t, c, st]) => [t, c, st])).toEqual([
      ['reaffirmed their role', 'COMMIT', 3],
      ['reaffirmed the important role', 'AFFIRM', null],
    ]);
  });

  it('leaves a future inside "discussed how" to the consideration', () => {
    const doc = run([OPEN, 'The leaders discussed how they will work to expand trade.'], OPEN_ENTS);
    expect(brief(doc).map(([t, c]) => [t, c])).toEqual([['discussed how', 'CONSIDER']]);
  });

  it('reads shared hosting of a meeting as ENGAGE', () => {
    const doc = run(
      [OPEN, 'Norway and Kenya will co-host a ministerial conference on fisheries in March.'],
      [...OPEN_ENTS, ['Norway', 'GPE', 'NOR'], ['Kenya', 'GPE', 'KEN']],
    );
    expect(brief(doc)).toEqual([['will co-host', 'ENGAGE', 4, 'Norway and Kenya']]);
  });
});

describe('continuing a dialogue and reporting speech', () => {
  it('reads continuing consultations as ENGAGE but continuing efforts as COMMIT 3', () => {
    const doc = run([OPEN, 'Both sides agreed to continue consultations.', 'We will continue our efforts.'], OPEN_ENTS);
    expect(brief(doc).map(([t, c]) => [t, c])).toEqual([
      ['agreed to continue consultations', 'ENGAGE'],
      ['will continue', 'COMMIT'],
    ]);
    expect(doc.commitments[1].strength).toBe(3);
  });

  it('does not annotate "stated that" as an act; the stance inside is', () => {
    const doc = run(
      [OPEN, 'Kenyan officials stated that they believe the draft reflects their interests.'],
      [...OPEN_ENTS, ['Kenyan', 'NORP', 'KEN']],
    );
    expect(brief(doc).map(([t, c]) => [t, c])).toEqual([['believe', 'AFFIRM']]);
  });
});

describe('obligations and demands', () => {
  it('reads "we must" as an own COMMIT 4 and "X must" addressed to others as CALL_ON', () => {
    const doc = run(
      [OPEN, 'We must prepare now to finance the capacity we need.', 'All armed groups must lay down their weapons.'],
      OPEN_ENTS,
    );
    expect(brief(doc)).toEqual([
      ['must prepare', 'COMMIT', 4, 'We'],
      ['must lay', 'CALL_ON', null, null],
    ]);
  });

  it('reads a participial "insisting that" as CALL_ON by the main actor, but not "insisted on" a position', () => {
    const doc = run(
      [
        OPEN,
        'We will work with partners to expand deliveries, insisting that checkpoints open more routes.',
        'Kenya insisted on its position.',
      ],
      [...OPEN_ENTS, ['Kenya', 'GPE', 'KEN']],
    );
    expect(brief(doc)).toEqual([
      ['will work', 'COMMIT', 3, 'We'],
      ['insisting', 'CALL_ON', null, 'We'],
    ]);
  });
});

describe('participles that are no verb group', () => {
  it('skips an adverb-modified participle before its noun but keeps "we also agreed"', () => {
    const doc = run(
      [OPEN, 'We support trade on voluntary and mutually agreed terms.', 'We also agreed steps to deepen cooperation.'],
      OPEN_ENTS,
    );
    expect(brief(doc).map(([t, c]) => [t, c])).toEqual([
      ['support', 'SUPPORT'],
      ['agreed', 'COMMIT'],
    ]);
  });
});

describe('subjects wink reads oddly', () => {
  it('keeps a comparative quantifier in the subject and reads "member states support" as a verb', () => {
    const doc = run(
      [
        OPEN,
        'More than 30 countries and the European Union have agreed to join the declaration.',
        'Kenya and the member states support the development of national plans.',
      ],
      [...OPEN_ENTS, ['European Union', 'ORG', 'European Union'], ['Kenya', 'GPE', 'KEN']],
    );
    expect(brief(doc)).toEqual([
      ['agreed', 'COMMIT', 4, 'More than 30 countries and the European Union'],
      ['support', 'SUPPORT', null, 'Kenya and the member states'],
    ]);
  });
});

describe('appositions before the verb', () => {
  it('finds "We" before a list and an "as" role phrase, with a verb wink reads as a noun', () => {
    const doc = run(
      [OPEN, 'We, Norway and Kenya, as coastal countries of the ocean, share a commitment to a peaceful region.'],
      [...OPEN_ENTS, ['Norway', 'GPE', 'NOR'], ['Kenya', 'GPE', 'KEN']],
    );
    expect(brief(doc)).toEqual([['share a commitment', 'COMMIT', 4, 'We']]);
  });
});

describe('agentless directives and deliverables', () => {
  it('reads "are necessary and …" with no holder as CALL_ON and coordinated funds as a deliverable', () => {
    const doc = run(
      [
        OPEN,
        'Further reforms are necessary and will be vital to recovery.',
        'These efforts will be closely coordinated with regional partners.',
      ],
      OPEN_ENTS,
    );
    expect(brief(doc)).toEqual([
      ['are necessary', 'CALL_ON', null, null],
      ['will be closely coordinated', 'COMMIT', 4, null],
    ]);
  });
});
