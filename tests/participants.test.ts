/**
 * Participants and parties read from the document (guide §3 actor/parties, §5 parties
 * vocabulary and reported communiqués): whole statements through the whole pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Pipeline, loadPipeline } from '../src/pipeline.js';

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline();
});

interface View {
  trigger: string;
  actor: string | null;
  parties: string[];
}

function commitments(text: string): View[] {
  const doc = pipeline.annotate('t', text);
  return doc.commitments.map((c) => ({
    trigger: doc.text.slice(c.trigger.start, c.trigger.end),
    actor: c.actor ? doc.text.slice(c.actor.start, c.actor.end) : null,
    parties: c.parties,
  }));
}

/** Parties of the commitment whose trigger starts with `trigger` (the first such). */
function partiesOf(views: View[], trigger: string, actor?: string): string[] {
  const v = views.find((c) => c.trigger.startsWith(trigger) && (actor === undefined || c.actor === actor));
  if (!v) throw new Error(`no commitment "${trigger}" in ${JSON.stringify(views)}`);
  return v.parties;
}

const INDIA_JAPAN = `Prime Minister Narendra Modi of India and Prime Minister Fumio Kishida of Japan held their annual summit in New Delhi on March 20, 2023.

The two leaders reaffirmed their commitment to a free and open Indo-Pacific. They welcomed progress on the Mumbai-Ahmedabad High Speed Rail project. Japan will provide further yen loans, and India will ensure timely land acquisition.`;

const EU_AUSTRALIA = `The European Union and Australia held their annual leaders' meeting in Brussels.

Both sides reaffirmed their shared commitment to the rules-based international order. The EU welcomed Australia's decision to join the Global Methane Pledge. We will intensify negotiations on a free trade agreement.`;

const CANADA_PIF = `On the occasion of the visit of the Pacific Islands Forum Secretary General to Ottawa, Canada and the Pacific Islands Forum issued the following joint statement.

We will work together to strengthen ocean governance. Canada welcomed the Forum's 2050 Strategy for the Blue Pacific Continent.`;

const REPORTED = `The following communiqué was issued on 18 March 1957 at the conclusion of talks in Canberra.

The Prime Minister of Australia and the Prime Minister of Japan met in Canberra for talks on trade and regional security. The Prime Minister of Japan expressed his appreciation for the hospitality extended to him. He reaffirmed the determination of Japan to contribute to the peace of Asia. The Prime Minister of Australia said that he welcomed the growth of trade between the two countries. Ministers agreed that officials would meet again in Tokyo.`;

const SIX_MINISTERS = `We, the Foreign Ministers of Canada, France, Germany, Italy, Japan and the United Kingdom, met in London today.

We condemn the missile launches. We will continue to coordinate closely on sanctions.`;

const NO_FRONT_MATTER = `The leaders of Brazil and Argentina met in Buenos Aires.

They reaffirmed their commitment to regional integration. The two presidents agreed to expand cooperation on energy.`;

const UNTITLED_PRESIDENT = `The President and the Prime Minister met in Lisbon.

The President reaffirmed his support for the initiative. The two leaders agreed to meet again next year.`;

describe('participants read from the opening', () => {
  it('reads two leaders with their countries (India–Japan)', () => {
    const v = commitments(INDIA_JAPAN);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['IND', 'JPN']);
    expect(partiesOf(v, 'welcomed')).toEqual(['IND', 'JPN']);
    expect(partiesOf(v, 'will provide')).toEqual(['JPN']);
  });

  it('names an organization by its canonical name, never its acronym (EU–Australia)', () => {
    const v = commitments(EU_AUSTRALIA);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['AUS', 'European Union']);
    expect(partiesOf(v, 'welcomed')).toEqual(['European Union']);
    expect(partiesOf(v, 'will intensify')).toEqual(['AUS', 'European Union']);
  });

  it('takes the participants after an "On the occasion of …" phrase (Canada–Pacific Islands Forum)', () => {
    const v = commitments(CANADA_PIF);
    expect(partiesOf(v, 'will work')).toEqual(['CAN', 'Pacific Islands Forum']);
    expect(partiesOf(v, 'welcomed')).toEqual(['CAN']);
  });

  it('gives every minister of a six-minister statement', () => {
    const v = commitments(SIX_MINISTERS);
    expect(partiesOf(v, 'condemn')).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN']);
    expect(partiesOf(v, 'will continue')).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN']);
  });

  it('reads a text without front matter from its own words', () => {
    const v = commitments(NO_FRONT_MATTER);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['ARG', 'BRA']);
    expect(partiesOf(v, 'agreed')).toEqual(['ARG', 'BRA']);
  });

  it('does not make a leader the opening addresses a participant ("urged the President of Venezuela")', () => {
    const v = commitments(
      'The leaders of Brazil and Argentina, meeting in Brasilia, urged the President of Venezuela to hold free elections.\n\nThey reaffirmed their commitment to democracy.',
    );
    expect(partiesOf(v, 'reaffirmed')).toEqual(['ARG', 'BRA']);
  });

  it('spells out an acronym the document defines ("Gulf Cooperation Council (GCC)")', () => {
    const v = commitments(
      'The leaders of the Gulf Cooperation Council (GCC) member states and the United States met in Jeddah.\n\nThe GCC welcomed the agreement. The leaders reaffirmed their partnership.',
    );
    expect(partiesOf(v, 'welcomed')).toEqual(['Gulf Cooperation Council']);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['Gulf Cooperation Council', 'USA']);
  });
});

describe('reported communiqués', () => {
  it('resolves titled leaders, "he" and "Ministers" (Australia–Japan)', () => {
    const v = commitments(REPORTED);
    expect(partiesOf(v, 'expressed his appreciation')).toEqual(['JPN']);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['JPN']);
    // "The Prime Minister of Australia said that he welcomed": the nearest leader, not the previous actor.
    expect(partiesOf(v, 'welcomed')).toEqual(['AUS']);
    expect(partiesOf(v, 'agreed')).toEqual(['AUS', 'JPN']);
  });

  it('gives an untitled "the President" the issuer\'s country only when the document names its issuer', () => {
    expect(partiesOf(commitments(UNTITLED_PRESIDENT), 'reaffirmed')).toEqual([]);
    const issued = `The White House, Washington, 12 May 1965\n\n${UNTITLED_PRESIDENT}`;
    expect(partiesOf(commitments(issued), 'reaffirmed')).toEqual(['USA']);
  });

  it('resolves "the President and the Prime Minister" from the leaders in office in the document\'s year', () => {
    const text = `---\ntitle: "Japan-U.S. Joint Leaders' Statement"\ndate: '2022-05-23'\n---\nThe Prime Minister and the President underscored the importance of the Alliance. The President reaffirmed the commitment to the defense of Japan.\n`;
    const v = commitments(text);
    expect(partiesOf(v, 'underscored')).toEqual(['JPN', 'USA']);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['USA']);
  });
});

describe('readouts of officials and declarations joined by many', () => {
  it('resolves national security advisors and role nouns ("the three NSAs", "the participants") to the countries named', () => {
    const text = `National Security Advisor Jake Sullivan of the United States, National Security Advisor Ajit Doval of India and National Security Advisor Tim Barrow of the United Kingdom met in London on 3 May 2023.

The three NSAs reaffirmed the importance of maritime security. The participants committed to meeting again next year. The National Security Advisors welcomed the new dialogue.`;
    const v = commitments(text);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['GBR', 'IND', 'USA']);
    expect(partiesOf(v, 'committed')).toEqual(['GBR', 'IND', 'USA']);
    expect(partiesOf(v, 'welcomed')).toEqual(['GBR', 'IND', 'USA']);
  });

  it('gives an official the country of the office named before the title ("Japanese National Security Secretariat Secretary General X")', () => {
    const text = `Japanese National Security Secretariat Secretary General Taro Yamada and U.S. National Security Advisor John Doe met in Tokyo on 3 May 2024.

Secretary General Yamada welcomed the new dialogue. The two officials agreed to meet again.`;
    const v = commitments(text);
    expect(partiesOf(v, 'welcomed')).toEqual(['JPN']);
    expect(partiesOf(v, 'agreed')).toEqual(['JPN', 'USA']);
  });

  it('reads ministers the opening names with their country before the title ("Canadian Foreign Minister X")', () => {
    const text = `Canadian Foreign Minister Jane Doherty and Chilean Foreign Minister Juan Pereira met in Ottawa on 4 March 2024.

Foreign Minister Doherty welcomed the new trade corridor. The two ministers reaffirmed their commitment to open markets.`;
    const v = commitments(text);
    expect(partiesOf(v, 'welcomed')).toEqual(['CAN']);
    expect(partiesOf(v, 'reaffirmed')).toEqual(['CAN', 'CHL']);
  });

  it('leaves out the names past a self-listing\'s main verb ("We, the leaders of …, condemn Putin\'s war on Ukraine")', () => {
    const text = `We, the leaders of France, Germany, Italy and Canada condemn Putin's war of choice against the people of Ukraine. We will hold Russia to account.`;
    expect(partiesOf(commitments(text), 'will hold')).toEqual(['CAN', 'DEU', 'FRA', 'ITA']);
  });

  it('reads a counted group and its enumeration, leaving out the country the title names as its subject', () => {
    const text = `---
title: "Joint Declaration of Support for the Reconstruction of Moldova"
date: '2024-05-01'
---
More than 4 countries and the European Union have agreed to join the Joint Declaration. Those countries are Canada, France, Germany, Moldova and Norway.

We, the Leaders of the Group of Seven (G7), reaffirm our support for Moldova. For its part, Moldova is committed to implementing reforms.
`;
    const v = commitments(text);
    expect(partiesOf(v, 'reaffirm')).toEqual(['CAN', 'DEU', 'European Union', 'FRA', 'NOR']);
    expect(partiesOf(v, 'is committed')).toEqual(['MDA']);
  });
});

describe('organizations in the title', () => {
  it('makes an organization the title lists with countries a participant, not their grouping', () => {
    const text = `---
title: "Joint Readout of President Joe Biden's Meeting with Leaders of the Pacific Islands Forum (PIF) and New Zealand"
date: '2023-09-25'
---
President Biden met today with the leaders at the United Nations General Assembly in New York.

The leaders reaffirmed their commitment to a resilient Pacific.
`;
    expect(partiesOf(commitments(text), 'reaffirmed')).toEqual(['NZL', 'Pacific Islands Forum', 'USA']);
  });
});

describe('regional groups', () => {
  it('gives "the United States and African countries" every participant', () => {
    const text = `The leaders of the United States, the African Union and Kenya met in Nairobi.

The United States and African countries will expand cooperation on health. The United States will fund new clinics.`;
    const v = commitments(text);
    expect(partiesOf(v, 'will expand')).toEqual(['African Union', 'KEN', 'USA']);
    expect(partiesOf(v, 'will fund')).toEqual(['USA']);
  });
});

describe('agentless deliverables', () => {
  it('gives "These efforts will …" the previous actor when that actor was one of the participants', () => {
    const text = `The leaders of the United States, Cyprus and Greece met in Nicosia.

The United States announced a new maritime pier. These efforts will focus on food aid. Together, these initiatives will strengthen the region.`;
    const v = commitments(text);
    expect(partiesOf(v, 'will focus')).toEqual(['USA']);
  });
});

describe('passive agents', () => {
  it('makes the party of a by-phrase the actor of a passive pledge ("will be hosted by Italy")', () => {
    const text = `The leaders of France, Germany and Italy met in Paris.

We will review progress at our next meeting. The next edition of the conference will be hosted by Italy in 2025.`;
    const v = commitments(text);
    expect(partiesOf(v, 'will be hosted', 'Italy')).toEqual(['ITA']);
    expect(partiesOf(v, 'will review')).toEqual(['DEU', 'FRA', 'ITA']);
  });
});

describe('organs of an organization', () => {
  it('gives "this new secretariat" the body named before with that head noun', () => {
    const text = `The leaders of Japan, China and the Republic of Korea met in Seoul.

We welcome the work of the Trilateral Cooperation Secretariat. This new secretariat will coordinate our joint projects. We will meet again next year.`;
    const v = commitments(text);
    expect(partiesOf(v, 'will coordinate')).toEqual(['Trilateral Cooperation Secretariat']);
    expect(partiesOf(v, 'will meet')).toEqual(['CHN', 'JPN', 'KOR']);
  });

  it('gives the European Commission the European Union when the Union is the participant, itself when it signs', () => {
    const union = `The United States and the European Union held their energy council in Brussels.

The European Commission will intensify work with Member States on security of supply.`;
    expect(partiesOf(commitments(union), 'will intensify')).toEqual(['European Union']);
    const signed = `The European Commission, Cyprus, Greece and the United States issued the following joint statement.

The European Commission will fund the new corridor.`;
    expect(partiesOf(commitments(signed), 'will fund')).toEqual(['European Commission']);
  });
});

describe('one side at the table', () => {
  it('gives "they" after one side\'s delegation or team to that side, and "his team" to its leader', () => {
    const text = `Secretary Rubio and Foreign Minister Sybiha led their delegations in talks in Geneva.

The Ukrainian delegation affirmed its readiness to continue. They expressed appreciation for the meeting. Secretary Rubio and his team reiterated the United States' support. They emphasized the goal of a lasting peace. Both sides agreed to continue consultations.`;
    const v = commitments(text);
    expect(partiesOf(v, 'expressed appreciation')).toEqual(['UKR']);
    expect(partiesOf(v, 'reiterated')).toEqual(['USA']);
    expect(partiesOf(v, 'emphasized')).toEqual(['USA']);
    expect(partiesOf(v, 'agreed')).toEqual(['UKR', 'USA']);
  });
});

describe('signature blocks', () => {
  it('reads the signatories when the opening names no participant', () => {
    const text = `Joint Declaration on Maritime Cooperation\n\nThe two governments reaffirmed their commitment to freedom of navigation.\n\nFor the Government of the Republic of India\n\nFor the Government of the French Republic\n`;
    expect(partiesOf(commitments(text), 'reaffirmed')).toEqual(['FRA', 'IND']);
  });
});

describe('no default country', () => {
  it('never gives USA a party in a statement the United States takes no part in', () => {
    for (const text of [INDIA_JAPAN, EU_AUSTRALIA, CANADA_PIF, REPORTED, SIX_MINISTERS, NO_FRONT_MATTER]) {
      const parties = commitments(text).flatMap((c) => c.parties);
      expect(parties.length).toBeGreaterThan(0);
      expect(parties).not.toContain('USA');
    }
    expect(commitments(UNTITLED_PRESIDENT).flatMap((c) => c.parties)).not.toContain('USA');
  });
});
