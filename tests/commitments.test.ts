/**
 * Commitment stage: one test per rule on hand-written sentences (not dev gold),
 * lexicon validity, and an end-to-end check against the dev gold.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_CATEGORIES } from '../src/document.js';
import { DEFAULT_PIPELINE_DIR, loadPipeline } from '../src/pipeline.js';
import { DataLoader } from '../src/data/load.js';
import { loadLexicon } from '../src/stages/commitments/lexicon.js';
import { type Ent, lex, run, view } from './commitment-harness.js';
import { toRecords } from '../src/emit/jsonl.js';

const OPEN = 'President Alpha of the United States and Prime Minister Beta of Canada met today in Ottawa.';
const OPEN_ENTS: Ent[] = [
  ['Alpha', 'PERSON', 'Alpha'],
  ['United States', 'GPE', 'USA'],
  ['Beta', 'PERSON', 'Beta'],
  ['Canada', 'GPE', 'CAN'],
  ['Ottawa', 'GPE', 'CAN'],
];

describe('commitment lexicon', () => {
  it('knows every category it uses and keeps strengths within 0–5', () => {
    for (const entries of lex.verbs.values()) {
      for (const e of entries) {
        expect(COMMITMENT_CATEGORIES).toContain(e.category);
        if (e.strength !== null) expect(e.strength).toBeGreaterThanOrEqual(0);
        if (e.strength !== null) expect(e.strength).toBeLessThanOrEqual(5);
      }
    }
    for (const n of lex.headNouns.values()) expect(COMMITMENT_CATEGORIES).toContain(n.category);
  });

  it('generates inflections with compromise instead of listing them', () => {
    expect(lex.forms.get('reaffirm')).toEqual(expect.arrayContaining(['reaffirms', 'reaffirmed', 'reaffirming']));
    expect(lex.forms.get('undertake')).toEqual(expect.arrayContaining(['undertook', 'undertakes']));
    expect(lex.forms.get('call for')).toEqual(expect.arrayContaining(['called for', 'calls for']));
    expect(lex.verbs.get('pledged')?.[0].lemma).toBe('pledge');
  });

  it('rejects an unknown category naming file and field', () => {
    const bad = new DataLoader(DEFAULT_PIPELINE_DIR);
    const raw = bad.yaml('lexicons/commitments.yml') as { verbs: Array<Record<string, unknown>> };
    const copy = structuredClone(raw);
    copy.verbs[0].category = 'PROMISE';
    (bad as unknown as { cache: Map<string, unknown> }).cache.set('x.yml', copy);
    expect(() => loadLexicon(bad, 'x.yml', 'lexicons/stance-nouns.yml')).toThrow(
      /verbs\[0\]\.category: unknown category "PROMISE"/,
    );
  });
});

describe('commitment rules', () => {
  it('reads modal future as COMMIT 4 and shall as 5', () => {
    const v = view(run(['We will build three new clinics.', 'The Parties shall notify each other.']));
    expect(v.map((c) => [c.trigger, c.category, c.strength])).toEqual([
      ['will build', 'COMMIT', 4],
      ['shall notify', 'COMMIT', 5],
    ]);
  });

  it('grades semi-modals per the guide table', () => {
    const v = view(
      run([
        'They intend to open a consulate.',
        'They will seek to reduce tariffs.',
        'They hope to expand trade.',
        'They are determined to finish the road.',
      ]),
    );
    expect(v.map((c) => [c.trigger, c.strength])).toEqual([
      ['intend', 3],
      ['will seek', 2],
      ['hope', 1],
      ['are determined', 4],
    ]);
  });

  it('lets the complement decide after will continue to and marks it reiterated', () => {
    const [c] = view(run(['The ministers will continue to support the reform agenda.']));
    expect(c).toMatchObject({ category: 'SUPPORT', reiterated: true });
  });

  it('distinguishes agree that (AFFIRM) from agree to + verb (COMMIT)', () => {
    const v = view(
      run(['They agreed that trade should grow.', 'They agreed to lower fees.', 'They agreed to explore new routes.']),
    );
    expect(v.map((c) => [c.category, c.strength])).toEqual([
      ['AFFIRM', null],
      ['COMMIT', 4],
      ['CONSIDER', 2],
    ]);
  });

  it('splits coordinated stance verbs sharing one subject', () => {
    const v = view(
      run([
        'The ministers reaffirmed that the treaty applies, and reiterated their strong opposition to unilateral moves.',
      ]),
    );
    expect(v.map((c) => [c.trigger, c.category, c.actor])).toEqual([
      ['reaffirmed', 'AFFIRM', 'The ministers'],
      ['reiterated their strong opposition', 'OPPOSE', 'The ministers'],
    ]);
    expect(v.every((c) => c.reiterated)).toBe(true);
  });

  it('finds a commitment inside a that-clause (AFFIRM + COMMIT)', () => {
    const v = view(run(['The ministers confirmed that they intend to expand grants.']));
    expect(v.map((c) => [c.category, c.actor])).toEqual([
      ['AFFIRM', 'The ministers'],
      ['COMMIT', 'they'],
    ]);
  });

  it("annotates a welcomed party's commitment for that party", () => {
    const v = view(
      run(
        [OPEN, 'Canada welcomed the United States’ pledge to fund the bridge.'],
        [...OPEN_ENTS, ['Canada', 'GPE', 'CAN'], ['United States', 'GPE', 'USA']],
      ),
    );
    expect(v.map((c) => [c.trigger, c.category, c.parties])).toEqual([
      ['welcomed', 'WELCOME', ['CAN']],
      ['pledge', 'COMMIT', ['USA']],
    ]);
  });

  it('gives participial framing the main clause actor', () => {
    const v = view(run(['Noting the rise in costs, the partners reaffirmed their commitment to stable prices.']));
    expect(v.map((c) => [c.trigger, c.category, c.actor])).toEqual([
      ['Noting', 'AFFIRM', 'the partners'],
      ['reaffirmed their commitment', 'COMMIT', 'the partners'],
    ]);
  });

  it('reads impersonal directives and agentless deliverables with a null actor', () => {
    const doc = run(
      [OPEN, 'It is time to end the blockade.', 'An additional $5 million would be made available.'],
      OPEN_ENTS,
    );
    const v = view(doc);
    expect(v.map((c) => [c.category, c.actor, c.parties])).toEqual([
      ['CALL_ON', null, ['CAN', 'USA']],
      ['COMMIT', null, ['CAN', 'USA']],
    ]);
  });

  it('does not annotate framing nominals, generic facts, capability or narrative verbs', () => {
    const v = view(
      run([
        'With a shared commitment to open markets, the leaders met in the capital.',
        'Farmers of both countries continue to play a key role in trade.',
        'The partners can deliver large projects.',
        'The leaders held talks on energy.',
        'The new framework will promote growth.',
      ]),
    );
    expect(v).toEqual([]);
  });

  it('lowers strength for an escape clause and zeroes it when negated', () => {
    const v = view(
      run(['We will share data, as appropriate.', 'We will not deploy the system.', 'We will refrain from new tests.']),
    );
    expect(v.map((c) => [c.strength, c.negated])).toEqual([
      [3, false],
      [0, true],
      [0, true],
    ]);
  });

  it('treats look forward to a meeting as ENGAGE 1 and a state of the world as EXPRESS', () => {
    const v = view(run(['We look forward to the summit in Lima.', 'We look forward to the future.']));
    expect(v.map((c) => [c.category, c.strength])).toEqual([
      ['ENGAGE', 1],
      ['EXPRESS', null],
    ]);
  });

  it('maps light verb + head noun to the noun category', () => {
    const v = view(
      run([
        'They expressed serious concern about the floods.',
        'They voiced support for the talks.',
        'They announced their intention to merge the agencies.',
      ]),
    );
    expect(v.map((c) => [c.trigger, c.category, c.strength])).toEqual([
      ['expressed serious concern', 'CONCERN', null],
      ['voiced support', 'SUPPORT', null],
      ['announced their intention', 'COMMIT', 3],
    ]);
  });

  it('delegation is TASK and invitations to visit are ENGAGE', () => {
    const v = view(
      run(
        [
          'The leaders instructed their ministers to draft a plan.',
          'Beta invited Alpha to visit Canada, and Alpha accepted the invitation.',
        ],
        [
          ['Beta', 'PERSON', 'Beta'],
          ['Alpha', 'PERSON', 'Alpha'],
          ['Canada', 'GPE', 'CAN'],
          ['Alpha', 'PERSON', 'Alpha'],
        ],
      ),
    );
    expect(v.map((c) => [c.category, c.strength])).toEqual([
      ['TASK', 4],
      ['ENGAGE', 4],
      ['ENGAGE', 4],
    ]);
  });
});

describe('participants and parties', () => {
  it('learns who represents which country from the opening', () => {
    const doc = run(
      [OPEN, 'The two leaders pledged to cut emissions.', 'Prime Minister Beta reiterated his support for the plan.'],
      [...OPEN_ENTS, ['Beta', 'PERSON', 'Beta']],
    );
    expect(view(doc).map((c) => c.parties)).toEqual([['CAN', 'USA'], ['CAN']]);
  });

  it('resolves an untitled "the President" to the host and "it" to the previous actor', () => {
    const doc = run(
      [
        'The White House released this statement after talks between the President and Prime Minister Gamma of Peru.',
        'The President reaffirmed his support for the accord.',
        'Peru reaffirmed its commitment to the accord, and it stands ready to host the next round.',
      ],
      [
        ['White House', 'ORG', null],
        ['Gamma', 'PERSON', 'Gamma'],
        ['Peru', 'GPE', 'PER'],
        ['Peru', 'GPE', 'PER'],
      ],
    );
    expect(view(doc).map((c) => c.parties)).toEqual([['USA'], ['PER'], ['PER']]);
  });

  it('takes participants from a title naming two parties', () => {
    const doc = run(
      ['We will expand student exchanges.'],
      [],
      'Joint Statement by the United States and Japan on Education',
    );
    expect(view(doc)[0].parties).toEqual(['JPN', 'USA']);
  });
});

describe('subjects and stance constructions on unseen phrasings', () => {
  const AUS: Ent = ['Australia', 'GPE', 'AUS'];
  const GBR: Ent = ['United Kingdom', 'GPE', 'GBR'];
  const USA: Ent = ['United States', 'GPE', 'USA'];

  it('takes a whole coordinated subject: "the leaders of A, the B, and the C"', () => {
    const doc = run(
      ['In 2021, the leaders of Australia, the United Kingdom, and the United States announced a partnership.'],
      [['2021', 'DATE', null], AUS, GBR, USA],
    );
    expect(view(doc)[0]).toMatchObject({
      actor: 'the leaders of Australia, the United Kingdom, and the United States',
      parties: ['AUS', 'GBR', 'USA'],
    });
  });

  it('takes titled leaders in a list as one subject, but not a clause after ", and"', () => {
    const doc = run(
      [
        'At the summit, President Alpha, President Beta, and Prime Minister Gamma instructed their ministers to act.',
        'President Alpha invited President Beta to visit Canada, and President Beta accepted the invitation.',
      ],
      [
        ['Alpha', 'PERSON', 'Alpha'],
        ['Beta', 'PERSON', 'Beta'],
        ['Gamma', 'PERSON', 'Gamma'],
        ['Alpha', 'PERSON', 'Alpha'],
        ['Beta', 'PERSON', 'Beta'],
        ['Canada', 'GPE', 'CAN'],
        ['Beta', 'PERSON', 'Beta'],
      ],
    );
    const v = view(doc);
    expect(v[0]).toMatchObject({
      category: 'TASK',
      actor: 'President Alpha, President Beta, and Prime Minister Gamma',
    });
    expect(v.find((c) => c.trigger.startsWith('accepted'))?.actor).toBe('President Beta');
  });

  it('reads "We, the governments of A, B and C, recognize" with "We" as actor and A, B, C as participants', () => {
    const doc = run(
      ['We, the governments of Australia, the United Kingdom, and the United States, recognize the threat.'],
      [AUS, GBR, USA],
    );
    expect(view(doc)[0]).toMatchObject({ category: 'AFFIRM', actor: 'We', parties: ['AUS', 'GBR', 'USA'] });
  });

  it('does not take a fronted prepositional phrase into the subject', () => {
    const doc = run(
      ['Under the framework of the Partnership, President Alpha and President Beta intend to expand trade.'],
      [
        ['Partnership', 'ORG', null],
        ['Alpha', 'PERSON', 'Alpha'],
        ['Beta', 'PERSON', 'Beta'],
      ],
    );
    expect(view(doc)[0].actor).toBe('President Alpha and President Beta');
  });

  it('does not extend a subject back into the object of an earlier verb', () => {
    const doc = run([
      'The priority is to protect the lives of citizens and the agencies of the two governments committed to find those responsible.',
    ]);
    expect(view(doc)[0]?.actor).toBe('the agencies of the two governments');
  });

  it('prefers member countries named in the opening over a grouping named in the title', () => {
    const doc = run(
      [
        'The leaders of Australia, the United Kingdom, and the United States announced PACT.',
        'We stand together to support an open order.',
      ],
      [AUS, GBR, USA, ['PACT', 'ORG', null]],
      'Leaders Statement on One Year of PACT',
    );
    expect(view(doc)[1]).toMatchObject({ category: 'SUPPORT', parties: ['AUS', 'GBR', 'USA'] });
  });

  it('reads a self-listing "we — President A of X, …" and ignores a title naming only the topic country', () => {
    const doc = run(
      [
        'The leaders issued this statement.',
        'Today, we — President Alpha of Mexico and Prime Minister Gamma of Canada — express our support for Peru.',
      ],
      [
        ['Alpha', 'PERSON', 'Alpha'],
        ['Mexico', 'GPE', 'MEX'],
        ['Gamma', 'PERSON', 'Gamma'],
        ['Canada', 'GPE', 'CAN'],
        ['Peru', 'GPE', 'PER'],
      ],
      'Joint Statement on Peru',
    );
    expect(view(doc)[0].parties).toEqual(['CAN', 'MEX']);
  });

  it('keeps a third leader named in the opening when the title names two countries', () => {
    const doc = run(
      [
        'President Alpha of Mexico, President Beta of the United States, and Prime Minister Gamma of Canada met.',
        'The three leaders committed to act.',
      ],
      [
        ['Alpha', 'PERSON', 'Alpha'],
        ['Mexico', 'GPE', 'MEX'],
        ['Beta', 'PERSON', 'Beta'],
        USA,
        ['Gamma', 'PERSON', 'Gamma'],
        ['Canada', 'GPE', 'CAN'],
      ],
      'Joint Statement from Mexico and the United States',
    );
    expect(view(doc)[0].parties).toEqual(['CAN', 'MEX', 'USA']);
    const later = run(
      [
        'President Alpha of Mexico, President Beta of the United States, and Prime Minister Gamma of Canada met.',
        'The two governments committed to act.',
      ],
      [
        ['Alpha', 'PERSON', 'Alpha'],
        ['Mexico', 'GPE', 'MEX'],
        ['Beta', 'PERSON', 'Beta'],
        USA,
        ['Gamma', 'PERSON', 'Gamma'],
        ['Canada', 'GPE', 'CAN'],
      ],
      'Joint Statement from Mexico and the United States',
    );
    expect(view(later)[0].parties).toEqual(['MEX', 'USA']);
  });

  it('reads "stand firm / are steadfast / remain united in" + head noun', () => {
    const v = view(
      run(
        [
          'Japan and Canada stand firm in the commitment to disrupt criminal networks.',
          'We are steadfast in our commitment to peace.',
          'We remain united in our support for Ukraine.',
        ],
        [
          ['Japan', 'GPE', 'JPN'],
          ['Canada', 'GPE', 'CAN'],
          ['Ukraine', 'GPE', 'UKR'],
        ],
      ),
    );
    expect(v.map((c) => [c.category, c.strength, c.reiterated])).toEqual([
      ['COMMIT', 4, false],
      ['COMMIT', 4, false],
      ['SUPPORT', null, true],
    ]);
  });

  it('lets "stand together to" + verb take the complement category', () => {
    expect(view(run(['We stand together to support a free and open region.']))[0]).toMatchObject({
      category: 'SUPPORT',
      actor: 'We',
    });
  });

  it('shares the subject across coordinated verb groups and negation: "does not seek and will not acquire"', () => {
    const v = view(run(['Australia does not seek and will not acquire nuclear weapons.'], [AUS]));
    expect(v).toEqual([
      expect.objectContaining({
        trigger: 'does not seek and will not acquire',
        category: 'COMMIT',
        negated: true,
        strength: 0,
        actor: 'Australia',
        parties: ['AUS'],
      }),
    ]);
  });

  it('resolves a relative pronoun to its agent antecedent', () => {
    const v = view(run(['The Council, which also condemned these attacks, met today.'], [['Council', 'ORG', null]]));
    expect(v[0]).toMatchObject({ category: 'OPPOSE', actor: 'The Council' });
  });

  it('finds the subject before a perfect auxiliary and reads "agreed to" + a noun phrase as ACT', () => {
    const v = view(
      run(
        [
          'Japan and Canada have committed to strengthen cooperation.',
          'Japan and Canada have agreed to a framework for trade.',
        ],
        [
          ['Japan', 'GPE', 'JPN'],
          ['Canada', 'GPE', 'CAN'],
          ['Japan', 'GPE', 'JPN'],
          ['Canada', 'GPE', 'CAN'],
        ],
      ),
    );
    expect(v.map((c) => [c.category, c.actor])).toEqual([
      ['COMMIT', 'Japan and Canada'],
      ['ACT', 'Japan and Canada'],
    ]);
  });

  it('reads "will not hesitate to" as WARN, "will discuss" as CONSIDER, "may" as strength 0', () => {
    const v = view(
      run([
        'We will not hesitate to defend our forces.',
        'The two sides will discuss tariffs.',
        'The two sides may consider other measures.',
      ]),
    );
    expect(v.map((c) => [c.category, c.negated, c.strength])).toEqual([
      ['WARN', false, null],
      ['CONSIDER', false, 2],
      ['CONSIDER', false, 0],
    ]);
  });

  it('lowers strength for "where applicable" and "subject to national …" escapes', () => {
    expect(view(run(['We are committed, where applicable, to implementing the principles.']))[0].strength).toBe(3);
  });

  it('keeps a coordinated verb that introduces a list ("… to counter X and commit to:")', () => {
    const v = view(
      run(['To advance these interests, we are partnering to counter the misuse of spyware and commit to:']),
    );
    expect(v.map((c) => c.trigger)).toContain('commit');
  });
});

const GOLD = join(DEFAULT_PIPELINE_DIR, '..', '..', 'shared', 'gold', 'dev');

describe.skipIf(!existsSync(GOLD))('dev gold end to end', () => {
  it('meets the trigger, category, parties and strength targets', () => {
    const pipeline = loadPipeline();
    let tp = 0,
      pred = 0,
      gold = 0,
      cat = 0,
      partiesOk = 0,
      sErr = 0,
      sN = 0;
    for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.txt'))) {
      const id = f.slice(0, -4);
      const doc = pipeline.annotate(id, readFileSync(join(GOLD, f), 'utf8').replace(/^\uFEFF/, ''));
      const p = toRecords(doc).flatMap((r) => r.commitments);
      const g = readFileSync(join(GOLD, `${id}.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .flatMap((l) => JSON.parse(l).commitments);
      pred += p.length;
      gold += g.length;
      const used = new Set<number>();
      for (const a of g) {
        const j = p.findIndex(
          (b, i) => !used.has(i) && Math.min(a.trigger.end, b.trigger.end) > Math.max(a.trigger.start, b.trigger.start),
        );
        if (j < 0) continue;
        used.add(j);
        tp++;
        const b = p[j];
        if (a.category === b.category) cat++;
        if (JSON.stringify(a.parties) === JSON.stringify(b.parties)) partiesOk++;
        if (a.strength !== null || b.strength !== null) {
          sErr += Math.abs((a.strength ?? 0) - (b.strength ?? 0));
          sN++;
        }
      }
    }
    const f1 = (t: number) => (2 * t) / (pred + gold);
    expect(f1(tp)).toBeGreaterThanOrEqual(0.85);
    expect(f1(cat)).toBeGreaterThanOrEqual(0.75);
    expect(partiesOk / tp).toBeGreaterThanOrEqual(0.85);
    expect(sErr / Math.max(sN, 1)).toBeLessThanOrEqual(0.8);
  }, 60_000);
});
