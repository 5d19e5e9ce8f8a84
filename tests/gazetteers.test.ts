/**
 * Gazetteer validity: the shipped data loads, country ids are ISO 3166-1
 * alpha-3 and unique, the aliases the guide names resolve, and the loader
 * rejects conflicting names, unknown fields and bad codes.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DataLoader } from '../src/data/load.js';
import { DEFAULT_PIPELINE_DIR } from '../src/pipeline.js';
import { loadGazetteer, type Gazetteer } from '../src/stages/entities/gazetteer.js';
import { phraseKeys } from '../src/stages/entities/tokens.js';
import { commonWordList, givenNameWords } from '../src/data/english.js';

const gaz = loadGazetteer(new DataLoader(DEFAULT_PIPELINE_DIR), 'gazetteers');
const lookup = (g: Gazetteer, name: string) => g.names.get(phraseKeys(name).join(' '));

describe('shipped gazetteers', () => {
  const countries = gaz.entries.filter((e) => e.isCountry);

  it('cover every ISO 3166-1 country with a unique alpha-3 id', () => {
    const ids = countries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}$/);
    expect(ids.length).toBeGreaterThanOrEqual(249);
  });

  it.each([
    ['Burma', 'GPE', 'MMR'],
    ['Türkiye', 'GPE', 'TUR'],
    ['Turkey', 'GPE', 'TUR'],
    ['U.S.', 'GPE', 'USA'],
    ['US', 'GPE', 'USA'],
    ['USA', 'GPE', 'USA'],
    ['U.S.A.', 'GPE', 'USA'],
    ['UK', 'GPE', 'GBR'],
    ['U.K.', 'GPE', 'GBR'],
    ['PRC', 'GPE', 'CHN'],
    ['DPRK', 'GPE', 'PRK'],
    ['ROK', 'GPE', 'KOR'],
    ['UAE', 'GPE', 'ARE'],
    ['KSA', 'GPE', 'SAU'],
    ['Kingdom of Saudi Arabia', 'GPE', 'SAU'],
    ['Republic of Korea', 'GPE', 'KOR'],
    ['People’s Republic of China', 'GPE', 'CHN'],
    ['American', 'NORP', 'USA'],
    ['Americans', 'NORP', 'USA'],
    ['Japanese', 'NORP', 'JPN'],
    ['Mexicans', 'NORP', 'MEX'],
    ['Emirati', 'NORP', 'ARE'],
    ['Washington, D.C.', 'GPE', 'USA'],
    ['Okinawa', 'GPE', 'JPN'],
    ['East Jerusalem', 'GPE', null],
    ['NATO', 'ORG', 'North Atlantic Treaty Organization'],
    ['G20', 'ORG', 'Group of Twenty'],
    ['Quad', 'ORG', 'Quad'],
    ['South China Sea', 'LOC', null],
    ['Indo-Pacific', 'LOC', 'Indo-Pacific'],
    ['Biden', 'PERSON', 'Joseph R. Biden, Jr.'],
    ['Joe Biden', 'PERSON', 'Joseph R. Biden, Jr.'],
  ])('%s → %s %s', (name, type, id) => {
    const e = lookup(gaz, name);
    expect(e?.type).toBe(type);
    expect(e?.id).toBe(id);
  });

  it.each([
    ['ACT-Accelerator', 'ORG', 'Access to COVID-19 Tools Accelerator'],
    ['UNAIDS', 'ORG', 'Joint United Nations Programme on HIV/AIDS'],
    ['ECOWAS', 'ORG', 'Economic Community of West African States'],
    ['Frontex', 'ORG', 'European Border and Coast Guard Agency'],
    ['Africa CDC', 'ORG', 'Africa Centres for Disease Control and Prevention'],
    ['B9', 'ORG', 'Bucharest Nine'],
    ['UNIFIL', 'ORG', 'United Nations Interim Force in Lebanon'],
    ['PACC 2030', 'ORG', 'U.S.-Caribbean Partnership to Address the Climate Crisis 2030'],
    ['RIMPAC', 'EVENT', null],
    ['G7 summit', 'EVENT', null],
    ['Ukraine Recovery Conference', 'EVENT', null],
    ['CEDAW', 'LAW', null],
    ['Defense Production Act of 1950', 'LAW', null],
    ['Spirit of Camp David', 'LAW', null],
    ['Macau Special Administrative Region', 'GPE', 'MAC'],
    ['Sulu Sea', 'LOC', null],
  ])('general knowledge: %s → %s %s', (name, type, id) => {
    const e = lookup(gaz, name);
    expect(e?.type).toBe(type);
    expect(e?.id).toBe(id);
  });

  // An all-caps alias is also matched in all-caps headings and lists, so one that spells an
  // English word or a given name takes that word for an entity. Only these few are worth it,
  // each checked in the corpus: they name the entity in statements far more often than the word.
  const CHECKED_WORD_ACRONYMS = new Set(['CAR', 'CITES', 'TRIPS', 'IRA', 'IDA', 'IRENA']);
  it('has no acronym alias that spells a common English word or given name, except the checked ones', () => {
    const words = new Set([...commonWordList().map(([w]) => w), ...givenNameWords()]);
    const clashes = [...gaz.names.keys()].filter((k) => /^[A-Z]{2,}$/.test(k) && words.has(k.toLowerCase()));
    expect(clashes.filter((k) => !CHECKED_WORD_ACRONYMS.has(k))).toEqual([]);
  });

  it('does not derive a plural that is another name (`Laos` stays the country)', () => {
    expect(lookup(gaz, 'Laos')?.type).toBe('GPE');
  });
});

function tempPipeline(files: Record<string, string>): DataLoader {
  const dir = mkdtempSync(join(tmpdir(), 'jsa-gaz-'));
  mkdirSync(join(dir, 'g'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'g', name), body);
  return new DataLoader(dir);
}

describe('gazetteer loader', () => {
  it('rejects a name that maps to two different entities, naming both files', () => {
    const data = tempPipeline({
      'a.yml': 'source: x\ntype: ORG\nentries:\n  - {name: Alpha Council, aliases: [AC]}\n',
      'b.yml': 'source: x\ntype: LAW\nentries:\n  - {name: Alpha Compact, aliases: [AC]}\n',
    });
    expect(() => loadGazetteer(data, 'g')).toThrow(/"AC" already names ORG "Alpha Council".*a\.yml/);
  });

  it('rejects an unknown field (an unquoted comma in a flow mapping)', () => {
    const data = tempPipeline({ 'a.yml': 'source: x\ntype: ORG\nentries:\n  - {name: Gavi, the Vaccine Alliance}\n' });
    expect(() => loadGazetteer(data, 'g')).toThrow(ConfigError);
  });

  it('rejects a country code that is not ISO 3166-1 alpha-3', () => {
    const data = tempPipeline({ 'a.yml': 'source: x\ntype: GPE\ncountries:\n  - {id: US, name: Testland}\n' });
    expect(() => loadGazetteer(data, 'g')).toThrow(/alpha-3/);
  });

  it('requires provenance', () => {
    const data = tempPipeline({ 'a.yml': 'type: ORG\nentries:\n  - {name: Alpha Council}\n' });
    expect(() => loadGazetteer(data, 'g')).toThrow(/source/);
  });
});
