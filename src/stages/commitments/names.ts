/**
 * Leader and country names read from the entity stage's gazetteers (paths named
 * in the commitment lexicon): a person's country, and the parties a document
 * title names ("Joint Statement by President Biden and Prime Minister Kishida").
 */
import type { DataLoader } from '../../data/load.js';
import { ConfigError, expectList, expectRecord, expectString } from '../../data/load.js';

export interface Names {
  /** Lower-cased person name or alias → ISO3 (leaders with a country only). */
  personCountry: Map<string, string>;
  /** Country name, alias or nationality word (as written) → ISO3. */
  countryNames: Map<string, string>;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function loadNames(data: DataLoader, persons: string | null, countries: string | null): Names {
  const names: Names = { personCountry: new Map(), countryNames: new Map() };
  if (persons) {
    const file = data.displayName(persons);
    const root = expectRecord(file, '(top level)', data.yaml(persons));
    expectList(file, 'entries', root.entries).forEach((raw, i) => {
      const e = expectRecord(file, `entries[${i}]`, raw);
      if (typeof e.country !== 'string') return;
      for (const n of [expectString(file, `entries[${i}].name`, e.name), ...strings(e.aliases)]) {
        names.personCountry.set(n.toLowerCase(), e.country);
      }
    });
  }
  if (countries) {
    const file = data.displayName(countries);
    const root = expectRecord(file, '(top level)', data.yaml(countries));
    expectList(file, 'countries', root.countries).forEach((raw, i) => {
      const e = expectRecord(file, `countries[${i}]`, raw);
      const id = expectString(file, `countries[${i}].id`, e.id);
      if (e.type !== undefined && e.type !== 'GPE') return;
      if (!/^[A-Z]{3}$/.test(id)) throw new ConfigError(file, `countries[${i}].id`, `expected ISO 3166-1 alpha-3, got ${id}`);
      for (const n of [e.name, e.official, ...strings(e.aliases), ...strings(e.norp)]) {
        if (typeof n === 'string' && n.length > 1) names.countryNames.set(n, id);
      }
    });
  }
  return names;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Parties named in a title: leaders (via their country) and countries, in title order. */
export function titleParties(title: string, names: Names): string[] {
  const found: Array<[number, string]> = [];
  const scan = (name: string, id: string, flags: string): void => {
    // Names are whole words; "U.S.-Japan" splits at the hyphen.
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}(?=$|[^\\p{L}\\p{N}])`, `u${flags}`);
    const m = re.exec(title);
    if (m) found.push([m.index + m[1].length, id]);
  };
  if (title.length > 400) return [];
  for (const [name, id] of names.countryNames) if (title.includes(name)) scan(name, id, '');
  const lower = title.toLowerCase();
  for (const [name, id] of names.personCountry) if (name.includes(' ') || /^[a-z]/.test(name) ? lower.includes(name) : false) scan(name, id, 'i');
  // Bare surnames (single-word aliases) only after a title word.
  for (const [name, id] of names.personCountry) {
    if (name.includes(' ') || !lower.includes(name)) continue;
    const re = new RegExp(`(?:President|Minister|Chancellor|King|Emir|Premier|Prince|Secretary)\\s+${escape(name)}(?=$|[^\\p{L}])`, 'iu');
    const m = re.exec(title);
    if (m) found.push([m.index, id]);
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, id]) => id))];
}
