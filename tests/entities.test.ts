/**
 * The entities stage: one test per rule on hand-written sentences, plus an
 * end-to-end check against the dev gold when `../shared` is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../src/pipeline.js';
import { toRecords, type SegmentRecord } from '../src/emit/jsonl.js';
import { evaluate } from '../src/eval/score.js';

const pipeline = loadPipeline();

/** [text, type, id] of every gold-type entity of `text`. */
function ents(text: string): Array<[string, string, string | null]> {
  const doc = pipeline.annotate('t', text);
  return doc.entities
    .filter((e) => !['CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'QUANTITY', 'TIME'].includes(e.type))
    .map((e) => [doc.text.slice(e.start, e.end), e.type, e.id]);
}

describe('gazetteer matching', () => {
  it('keeps determiners, titles and possessives outside spans', () => {
    expect(ents('President Donald J. Trump thanked the United States Senate and Canada’s Prime Minister.')).toEqual([
      ['Donald J. Trump', 'PERSON', 'Donald J. Trump'],
      ['United States Senate', 'ORG', null],
      ['Canada', 'GPE', 'CAN'],
    ]);
  });

  it('resolves aliases and acronyms of countries to ISO codes', () => {
    expect(ents('Burma, Türkiye, the UAE, the ROK and the U.S.A. met in Riyadh.')).toEqual([
      ['Burma', 'GPE', 'MMR'],
      ['Türkiye', 'GPE', 'TUR'],
      ['UAE', 'GPE', 'ARE'],
      ['ROK', 'GPE', 'KOR'],
      ['U.S.A.', 'GPE', 'USA'],
      ['Riyadh', 'GPE', 'SAU'],
    ]);
  });

  it('gives nationality words NORP with the country code', () => {
    expect(ents('Mexicans and Emirati officials met Japanese experts.')).toEqual([
      ['Mexicans', 'NORP', 'MEX'],
      ['Emirati', 'NORP', 'ARE'],
      ['Japanese', 'NORP', 'JPN'],
    ]);
  });

  it('splits country compounds but keeps compounds that name an organization', () => {
    expect(
      ents('They praised U.S.-Canada ties and Canada-Mexico-U.S. trade within the U.S.-Philippines Alliance.'),
    ).toEqual([
      ['U.S.', 'GPE', 'USA'],
      ['Canada', 'GPE', 'CAN'],
      ['Canada', 'GPE', 'CAN'],
      ['Mexico', 'GPE', 'MEX'],
      ['U.S.', 'GPE', 'USA'],
      ['U.S.-Philippines Alliance', 'ORG', null],
    ]);
  });

  it('keeps the place in a hyphenated modifier', () => {
    expect(ents('The U.S.-led effort grew.')).toEqual([['U.S.', 'GPE', 'USA']]);
  });

  it('types seas, straits and regions as LOC', () => {
    expect(ents('Shipping through the Strait of Hormuz and the Red Sea affects the Middle East.')).toEqual([
      ['Strait of Hormuz', 'LOC', null],
      ['Red Sea', 'LOC', null],
      ['Middle East', 'LOC', null],
    ]);
  });
});

describe('patterns', () => {
  it('types capitalized phrases by their head noun', () => {
    expect(ents('The Lusaka Water Compact and the Nordic Energy Council met at the Kivu Lake Summit.')).toEqual([
      ['Lusaka Water Compact', 'LAW', null],
      ['Nordic Energy Council', 'ORG', null],
      ['Kivu Lake Summit', 'EVENT', null],
    ]);
  });

  it('takes the head before `of`/`for` and keeps the complement', () => {
    expect(ents('They signed the Treaty of Friendship and Commerce at the Ministry of Fisheries.')).toEqual([
      ['Treaty of Friendship and Commerce', 'LAW', null],
      ['Ministry of Fisheries', 'ORG', null],
    ]);
  });

  it('splits a country that only modifies the name', () => {
    expect(ents('The U.S. Nuclear Posture Review was published.')).toEqual([
      ['U.S.', 'GPE', 'USA'],
      ['Nuclear Posture Review', 'LAW', null],
    ]);
  });

  it('keeps a country inside the official name of a body, splits it before other heads', () => {
    expect(
      ents('The U.S. Maritime Safety Agency and the U.S. Navy joined the U.S. Partnership for Clean Ports.'),
    ).toEqual([
      ['U.S. Maritime Safety Agency', 'ORG', null],
      ['U.S. Navy', 'ORG', null],
      ['U.S.', 'GPE', 'USA'],
      ['Partnership for Clean Ports', 'ORG', null],
    ]);
  });

  it('types initiatives as bodies and joint initiatives as instruments', () => {
    expect(ents('Members of the Coral Reef Initiative recalled the Joint Initiative on Soil Health.')).toEqual([
      ['Coral Reef Initiative', 'ORG', null],
      ['Joint Initiative on Soil Health', 'LAW', null],
    ]);
  });

  it('names a grouping by a quoted acronym and finds its later uses', () => {
    expect(ents('The leaders met as the “K4Z” Group. K4Z partners will invest.')).toEqual([
      ['K4Z', 'ORG', 'K4Z'],
      ['K4Z', 'ORG', 'K4Z'],
    ]);
  });

  it('knows airlines named after a country and major companies', () => {
    expect(ents('Air Cambodia will buy aircraft from Boeing.')).toEqual([
      ['Air Cambodia', 'ORG', null],
      ['Boeing', 'ORG', 'Boeing'],
    ]);
  });

  it('finds numbered names', () => {
    expect(
      ents('Under Section 301 and Executive Order 14117, Article IV applies to Task Force 51 and Crew-9.'),
    ).toEqual([
      ['Section 301', 'LAW', null],
      ['Executive Order 14117', 'LAW', null],
      ['Article IV', 'LAW', null],
      ['Task Force 51', 'ORG', null],
      ['Crew-9', 'EVENT', null],
    ]);
  });

  it('finds lower-case sections of named acts, act years, code citations and glued numbers', () => {
    expect(
      ents('Action under section 301 of the Harbor Safety Act of 1974 (46 U.S.C. 1201) was discussed at COP31.'),
    ).toEqual([
      ['section 301', 'LAW', null],
      ['Harbor Safety Act of 1974', 'LAW', null],
      ['46 U.S.C. 1201', 'LAW', null],
      ['COP31', 'EVENT', null],
    ]);
    expect(ents('Nothing in section 4 of this order applies.')).toEqual([]);
  });

  it('gives a parenthesized acronym the type and id of its expansion, and later uses too', () => {
    expect(ents('The Joint Maritime Coordination Committee (JMCC) met. Later the JMCC agreed.')).toEqual([
      ['Joint Maritime Coordination Committee', 'ORG', null],
      ['JMCC', 'ORG', 'Joint Maritime Coordination Committee'],
      ['JMCC', 'ORG', 'Joint Maritime Coordination Committee'],
    ]);
  });

  it('resolves a capitalized short reference to the full name mentioned earlier', () => {
    expect(ents('The U.S.-Philippines Alliance is strong. The Alliance will grow.')).toEqual([
      ['U.S.-Philippines Alliance', 'ORG', null],
      ['Alliance', 'ORG', 'U.S.-Philippines Alliance'],
    ]);
  });

  it('does not make sentence-initial capitals or generic titles entities', () => {
    expect(ents('Recognizing the threat, Leaders agreed. Joint Communique follows.')).toEqual([]);
  });

  it('leaves head-noun guessing out of title-case headings', () => {
    expect(ents('Strengthening Our Shared Regional Partnership\n\nThe leaders met.')).toEqual([]);
  });
});

describe('peoples', () => {
  it('keeps an Afro- prefix on a demonym', () => {
    expect(ents('Afro-Colombian leaders met Afro-Brazilians.')).toEqual([
      ['Afro-Colombian', 'NORP', 'COL'],
      ['Afro-Brazilians', 'NORP', 'BRA'],
    ]);
  });
});

describe('persons', () => {
  it('takes names after titles and resolves later surnames to the fullest form', () => {
    expect(ents('Prime Minister Jana Q. Novotna welcomed Minister Arvid Lund. Novotna thanked him.')).toEqual([
      ['Jana Q. Novotna', 'PERSON', 'Jana Q. Novotna'],
      ['Arvid Lund', 'PERSON', 'Arvid Lund'],
      ['Novotna', 'PERSON', 'Jana Q. Novotna'],
    ]);
  });

  it('splits `Presidents X and Y` and uses gazetteer canonical names', () => {
    expect(ents('Presidents Biden and Macron spoke.')).toEqual([
      ['Biden', 'PERSON', 'Joseph R. Biden, Jr.'],
      ['Macron', 'PERSON', 'Emmanuel Macron'],
    ]);
  });

  it('does not take title words for names', () => {
    expect(ents('Ambassador Extraordinary and Plenipotentiary of Chile arrived.')).toEqual([['Chile', 'GPE', 'CHL']]);
  });
});

describe('persons without a title', () => {
  it('finds a name that starts with a known given name, also after a long title or a comma', () => {
    expect(ents('The Minister of Ports, Rosa Elena Quintero, will lead.')).toEqual([
      ['Rosa Elena Quintero', 'PERSON', 'Rosa Elena Quintero'],
    ]);
    expect(
      ents(
        'Deputy Secretary of Rural Development Karen Oduya joined the Advisory Council Juan Pérez and Katie Marlow.',
      ),
    ).toEqual([
      ['Karen Oduya', 'PERSON', 'Karen Oduya'],
      ['Advisory Council', 'ORG', null],
      ['Juan Pérez', 'PERSON', 'Juan Pérez'],
      ['Katie Marlow', 'PERSON', 'Katie Marlow'],
    ]);
  });

  it('does not take names inside longer names, places or ordinary phrases', () => {
    expect(
      ents('Students of George Mason University visited St. Mary Parish Council offices.').filter(
        (e) => e[1] === 'PERSON',
      ),
    ).toEqual([]);
    expect(
      ents('The Reid Vapor Pressure waiver and the Ryan White HIV/AIDS Program continue.').filter(
        (e) => e[1] === 'PERSON',
      ),
    ).toEqual([]);
  });

  it('ends a name at the next title and keeps hyphenated Korean given names', () => {
    expect(ents('Ohio Governor Anna Whitfield Kansas Governor Tom Baxter and Minister Cho Tae-yong met.')).toEqual([
      ['Ohio', 'GPE', 'USA'],
      ['Anna Whitfield', 'PERSON', 'Anna Whitfield'],
      ['Kansas', 'GPE', 'USA'],
      ['Tom Baxter', 'PERSON', 'Tom Baxter'],
      ['Cho Tae-yong', 'PERSON', 'Cho Tae-yong'],
    ]);
  });

  it('resolves a later hyphenated surname after a title to the fullest form', () => {
    expect(ents('Dr. Elena Vasquez-Moreno arrived. Dr. Vasquez-Moreno thanked them. Vasquez-Moreno left.')).toEqual([
      ['Elena Vasquez-Moreno', 'PERSON', 'Elena Vasquez-Moreno'],
      ['Vasquez-Moreno', 'PERSON', 'Elena Vasquez-Moreno'],
      ['Vasquez-Moreno', 'PERSON', 'Elena Vasquez-Moreno'],
    ]);
  });
});

describe('persons beyond the gazetteer', () => {
  const persons = (text: string): Array<[string, string, string | null]> => ents(text).filter((e) => e[1] === 'PERSON');

  it('gives a one-word titled name the listed person it names, first or last name word', () => {
    expect(persons('President Yoon met Prime Minister Morrison and Amir Tamim.')).toEqual([
      ['Yoon', 'PERSON', 'Yoon Suk Yeol'],
      ['Morrison', 'PERSON', 'Scott Morrison'],
      ['Tamim', 'PERSON', 'Tamim bin Hamad Al Thani'],
    ]);
  });
  it('reads surnames listed after a plural title as the persons named before', () => {
    expect(
      persons(
        'Foreign Minister Amara Diallo and Foreign Minister Kenji Mori met. Foreign Ministers Diallo and Mori agreed.',
      ),
    ).toEqual([
      ['Amara Diallo', 'PERSON', 'Amara Diallo'],
      ['Kenji Mori', 'PERSON', 'Kenji Mori'],
      ['Diallo', 'PERSON', 'Amara Diallo'],
      ['Mori', 'PERSON', 'Kenji Mori'],
    ]);
  });
  it('leaves a name shared by two listed persons to the document', () => {
    expect(persons('Prime Minister Johnson spoke.')).toEqual([['Johnson', 'PERSON', 'Johnson']]);
  });
  it('takes names after titles without a period and after abbreviated ranks', () => {
    expect(persons('Mr Okonkwo met Lt. Gen. Maria Ostrova and Sheriff Dale Quint.')).toEqual([
      ['Okonkwo', 'PERSON', 'Okonkwo'],
      ['Maria Ostrova', 'PERSON', 'Maria Ostrova'],
      ['Dale Quint', 'PERSON', 'Dale Quint'],
    ]);
  });
  it('gives a surname met before the full name the fullest form', () => {
    expect(persons('Mr. Kushner spoke first. Later Mr. Jared Kushner left.')).toEqual([
      ['Kushner', 'PERSON', 'Jared Kushner'],
      ['Jared Kushner', 'PERSON', 'Jared Kushner'],
    ]);
  });
  it('takes no person from a ship named after one', () => {
    expect(persons('The carrier strike group was led by HMS Queen Elizabeth.')).toEqual([]);
  });
  it('finds a family name in capitals in a contact line', () => {
    expect(persons('Media contact: Jane QUORTELL, jane@example.org')).toEqual([
      ['Jane QUORTELL', 'PERSON', 'Jane QUORTELL'],
    ]);
    expect(persons('Contact Jane NATO for details.')).toEqual([]);
  });
  it('finds an unknown given name before a family name compromise knows, and the surname later', () => {
    expect(persons('The award went to Tavita Anderson of Samoa. Anderson thanked the jury.')).toEqual([
      ['Tavita Anderson', 'PERSON', 'Tavita Anderson'],
      ['Anderson', 'PERSON', 'Tavita Anderson'],
    ]);
  });
  it('takes no sentence word, place or organization word for a given name', () => {
    expect(
      persons('If Anderson agrees, the Bureau of Justice Assistance will fund the Arleigh Burke-class ships.'),
    ).toEqual([]);
  });
});

describe('names with lists and heads', () => {
  it('keeps a coordinated complement inside a name but not a list of bodies', () => {
    expect(ents('They launched the Lakeshore Framework for Security, Public Health, and Safe Communities.')).toEqual([
      ['Lakeshore Framework for Security, Public Health, and Safe Communities', 'LAW', null],
    ]);
    expect(ents('The Department of Energy, Department of Labor, and Department of Commerce met.')).toEqual([
      ['Department of Energy', 'ORG', null],
      ['Department of Labor', 'ORG', null],
      ['Department of Commerce', 'ORG', null],
    ]);
  });

  it('keeps `between A and the B` inside an instrument name', () => {
    expect(
      ents('They honored the Compact of Friendship between the Republic of Palau and the United States today.').map(
        (e) => e[0],
      ),
    ).toContain('Compact of Friendship between the Republic of Palau and the United States');
  });

  it('types criminal groups as ORG and party conventions as EVENT', () => {
    expect(
      ents('The Pacifico Cartel and the Eastern Gang were discussed at the Democratic National Convention.'),
    ).toEqual([
      ['Pacifico Cartel', 'ORG', null],
      ['Eastern Gang', 'ORG', null],
      ['Democratic National Convention', 'EVENT', null],
    ]);
  });

  it('takes a parenthesized head word as the short name of the instrument', () => {
    expect(ents('They agreed to a Framework for an Agreement on Fair Trade (Agreement). The Agreement helps.')).toEqual(
      [
        ['Framework for an Agreement on Fair Trade', 'LAW', null],
        ['Agreement', 'LAW', null],
        ['Agreement', 'LAW', null],
      ],
    );
  });

  it('finds in a heading a name the text gives only after it', () => {
    expect(ents('Coastal Security Agreement\n\nThey renewed the Coastal Security Agreement.')).toEqual([
      ['Coastal Security Agreement', 'LAW', null],
      ['Coastal Security Agreement', 'LAW', null],
    ]);
  });

  it('finds in a heading a name already found in the text', () => {
    expect(ents('They renewed the Coastal Security Agreement.\n\nCoastal Security Agreement\n\nThey met.')).toEqual([
      ['Coastal Security Agreement', 'LAW', null],
      ['Coastal Security Agreement', 'LAW', null],
    ]);
  });
});

describe('places', () => {
  it('knows border cities and Mexican states', () => {
    expect(ents('Four citizens were kidnapped in Matamoros, Tamaulipas.')).toEqual([
      ['Matamoros', 'GPE', 'MEX'],
      ['Tamaulipas', 'GPE', 'MEX'],
    ]);
  });

  it('keeps a subdivision with its kind and never reads Northern Ireland as Ireland', () => {
    expect(ents('A solar park in Gujarat State opened.')).toEqual([['Gujarat State', 'GPE', 'IND']]);
    expect(ents('Peace in Northern Ireland matters to Ireland.')).toEqual([
      ['Northern Ireland', 'GPE', 'GBR'],
      ['Ireland', 'GPE', 'IRL'],
    ]);
  });

  it('reads Georgia as the U.S. state only with U.S. context', () => {
    expect(ents('Storms hit Atlanta, Georgia.')).toEqual([
      ['Atlanta', 'GPE', 'USA'],
      ['Georgia', 'GPE', 'USA'],
    ]);
    expect(ents('Aid reached the state of Georgia.')).toEqual([['Georgia', 'GPE', 'USA']]);
    expect(ents('The United States and Georgia signed a charter.')).toEqual([
      ['United States', 'GPE', 'USA'],
      ['Georgia', 'GPE', 'GEO'],
    ]);
  });
});

describe('dates', () => {
  it('keeps a leading `the` that belongs to the expression and drops outside prepositions', () => {
    const got = ents('By the end of 2024 and in FY 2026 they will meet once a year, by 2030 at the latest.');
    expect(got.filter((e) => e[1] === 'DATE').map((e) => e[0])).toEqual([
      'the end of 2024',
      'FY 2026',
      'once a year',
      '2030',
    ]);
  });

  it('keeps relative leads of periods', () => {
    const got = ents('Over the last two years and in recent years, and during this critical decade, trade grew.');
    expect(got.filter((e) => e[1] === 'DATE').map((e) => e[0])).toEqual([
      'the last two years',
      'recent years',
      'this critical decade',
    ]);
  });

  it('ignores vague time words', () => {
    expect(ents('Now they look to the future.').filter((e) => e[1] === 'DATE')).toEqual([]);
  });

  it('makes ordinal centuries and bare years dates', () => {
    expect(
      ents('The challenges of the twenty-first century began in 2015.')
        .filter((e) => e[1] === 'DATE')
        .map((e) => e[0]),
    ).toEqual(['the twenty-first century', '2015']);
  });
});

describe('output invariants', () => {
  it('is flat, sorted and inside one segment', () => {
    const doc = pipeline.annotate('t', 'The U.S.-Japan Alliance met in Washington, D.C.\n\nThe Quad and ASEAN, too.');
    for (let i = 1; i < doc.entities.length; i++)
      expect(doc.entities[i].start).toBeGreaterThanOrEqual(doc.entities[i - 1].end);
    for (const e of doc.entities) {
      expect(doc.segments.some((s) => s.start <= e.start && e.end <= s.end)).toBe(true);
      expect(doc.text.slice(e.start, e.end).trim()).toBe(doc.text.slice(e.start, e.end));
    }
  });
});

const GOLD = join(__dirname, '..', '..', 'shared', 'gold', 'dev');

describe.skipIf(!existsSync(GOLD))('dev gold', () => {
  it('reaches strict entity F1 >= 0.9 with high id accuracy', () => {
    const gold = new Map<string, SegmentRecord[]>();
    const pred = new Map<string, SegmentRecord[]>();
    for (const f of readdirSync(GOLD).filter((n) => n.endsWith('.jsonl'))) {
      const id = f.replace(/\.jsonl$/, '');
      gold.set(
        id,
        readFileSync(join(GOLD, f), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as SegmentRecord),
      );
      pred.set(id, toRecords(pipeline.annotate(id, readFileSync(join(GOLD, `${id}.txt`), 'utf8'))));
    }
    const r = evaluate(gold, pred);
    expect(r.entities.strict.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.entities.idAccuracy.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
