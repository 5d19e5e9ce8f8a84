/**
 * Leader, country and organization names read from the entity stage's gazetteers (paths
 * named in the commitment lexicon): a person's country and office, an organization's
 * canonical name, and the offices that speak for a country. Titles are scanned with
 * them in title-names.ts.
 */
import type { DataLoader } from '../../data/load.js';
import { ConfigError, expectList, expectRecord, expectString } from '../../data/load.js';
import type { TitleScan } from './title-names.js';

export interface Names {
  /** Lower-cased person name or alias → ISO3 (leaders with a country only). */
  personCountry: Map<string, string>;
  /** Country name, alias or nationality word (as written) → ISO3. */
  countryNames: Map<string, string>;
  /** Organization name or alias (as written) → canonical name. */
  orgNames: Map<string, string>;
  /** National offices and governments (ORG entries with a `country`: White House) → ISO3. */
  orgCountry: Map<string, string>;
  /** An organ (ORG entry with `organ_of`: European Commission) → the organization it acts for. */
  orgParent: Map<string, string>;
  /** Lower-cased person name or alias → the office held (`prime minister`) and its years. */
  personOffice: Map<string, Office>;
  /** Country → the offices its listed leaders held (one per person). */
  countryOffices: Map<string, Office[]>;
  /** Title-scan lists in map order (built on first use). */
  scan?: TitleScan;
}

export interface Office {
  office: string;
  country: string;
  /** First and last year in office (null: open). */
  from: number | null;
  to: number | null;
}

/** Whether an office was held in `year` (unknown year: yes). */
export const heldIn = (o: Office, year: number | null): boolean =>
  year === null || ((o.from === null || o.from <= year) && (o.to === null || o.to >= year));

const year = (file: string, field: string, v: unknown): number | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new ConfigError(file, field, `expected a year, got ${JSON.stringify(v)}`);
  return v;
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function loadNames(
  data: DataLoader,
  persons: string | null,
  countries: string | null,
  orgs: string | null = null,
): Names {
  const names: Names = {
    personCountry: new Map(),
    countryNames: new Map(),
    orgNames: new Map(),
    orgCountry: new Map(),
    orgParent: new Map(),
    personOffice: new Map(),
    countryOffices: new Map(),
  };
  if (persons) {
    const file = data.displayName(persons);
    const root = expectRecord(file, '(top level)', data.yaml(persons));
    expectList(file, 'entries', root.entries).forEach((raw, i) => {
      const e = expectRecord(file, `entries[${i}]`, raw);
      if (typeof e.country !== 'string') return;
      const office: Office | null =
        e.office === undefined
          ? null
          : {
              office: expectString(file, `entries[${i}].office`, e.office).toLowerCase(),
              country: e.country,
              from: year(file, `entries[${i}].from`, e.from),
              to: year(file, `entries[${i}].to`, e.to),
            };
      if (office) names.countryOffices.set(e.country, [...(names.countryOffices.get(e.country) ?? []), office]);
      for (const n of [expectString(file, `entries[${i}].name`, e.name), ...strings(e.aliases)]) {
        names.personCountry.set(n.toLowerCase(), e.country);
        if (office) names.personOffice.set(n.toLowerCase(), office);
      }
    });
  }
  if (orgs) {
    const file = data.displayName(orgs);
    const root = expectRecord(file, '(top level)', data.yaml(orgs));
    expectList(file, 'entries', root.entries).forEach((raw, i) => {
      const e = expectRecord(file, `entries[${i}]`, raw);
      const name = expectString(file, `entries[${i}].name`, e.name);
      if (typeof e.country === 'string') names.orgCountry.set(name, e.country);
      if (typeof e.organ_of === 'string') names.orgParent.set(name, e.organ_of);
      if (e.type !== undefined && e.type !== 'ORG') return;
      for (const n of [name, ...strings(e.aliases)]) if (n.length > 1) names.orgNames.set(n, name);
    });
  }
  if (countries) {
    const file = data.displayName(countries);
    const root = expectRecord(file, '(top level)', data.yaml(countries));
    expectList(file, 'countries', root.countries).forEach((raw, i) => {
      const e = expectRecord(file, `countries[${i}]`, raw);
      const id = expectString(file, `countries[${i}].id`, e.id);
      if (e.type !== undefined && e.type !== 'GPE') return;
      if (!/^[A-Z]{3}$/.test(id))
        throw new ConfigError(file, `countries[${i}].id`, `expected ISO 3166-1 alpha-3, got ${id}`);
      for (const n of [e.name, e.official, ...strings(e.aliases), ...strings(e.norp)]) {
        if (typeof n === 'string' && n.length > 1) names.countryNames.set(n, id);
      }
    });
  }
  return names;
}

export { titleOrganizations, titleParties } from './title-names.js';
