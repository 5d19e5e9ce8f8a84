/**
 * Gazetteers: every YAML file in the stage's `gazetteers` folder, compiled once
 * into a token trie for longest-match lookup. Three entry shapes exist:
 * countries (`id` = ISO 3166-1 alpha-3, `name`, `official`, `aliases`, `norp`),
 * place groups (`groups: [{country, names}]`) and named entries (`name`,
 * `aliases`, optional `type`). A name that maps to two different entities is a
 * data error, reported with both files.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EntityType } from '../../document.js';
import { GOLD_ENTITY_TYPES } from '../../document.js';
import {
  ConfigError,
  type DataLoader,
  expectList,
  expectRecord,
  expectString,
  expectStringList,
} from '../../data/load.js';
import { gazetteerSchema } from '../../data/schemas.js';
import { phraseKeys, type Tok } from './tokens.js';

export interface GazEntry {
  type: EntityType;
  /** ISO3 for GPE/NORP (null for disputed places), canonical name otherwise. */
  id: string | null;
  /** The entry's canonical (fullest) name. */
  canonical: string;
  /** Where the entry was read (for messages). */
  file: string;
  /** A country or territory of ISO 3166-1 (not a city or region). */
  isCountry?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazEntry;
}

export interface GazMatch {
  /** Exclusive token index. */
  end: number;
  entry: GazEntry;
}

const ISO3 = /^[A-Z]{3}$/;

/** Plural of a nationality noun: `Americans`, but `Japanese`, `Swiss`, `French`. */
export function demonymPlural(word: string): string | null {
  if (/man$/.test(word)) return `${word.slice(0, -3)}men`;
  if (/(s|sh|ch|ese|x|z)$/i.test(word)) return null;
  return `${word}s`;
}

export class Gazetteer {
  readonly root: TrieNode = { next: new Map() };
  readonly entries: GazEntry[] = [];
  /** Every name as its token-key string → entry (for validation and tests). */
  readonly names = new Map<string, GazEntry>();
  /**
   * The first and last name word of every listed person → that person, or null when two
   * persons share it: `President Yoon`, `Amir Tamim`, `Prime Minister Morrison`.
   */
  readonly personParts = new Map<string, GazEntry | null>();

  addPersonParts(name: string, entry: GazEntry): void {
    const words = phraseKeys(name).filter((k) => /^\p{Lu}\p{Ll}/u.test(k) && !/\.$/.test(k));
    for (const w of new Set([words[0], words[words.length - 1]])) {
      if (w === undefined) continue;
      const prev = this.personParts.get(w);
      this.personParts.set(w, prev === undefined || prev === entry ? entry : null);
    }
  }

  /** Adds `name` for `entry`; throws when the name already names another entity. */
  add(name: string, entry: GazEntry, field: string): void {
    const keys = phraseKeys(name);
    if (keys.length === 0) throw new ConfigError(entry.file, field, `empty name ${JSON.stringify(name)}`);
    const joined = keys.join(' ');
    const prev = this.names.get(joined);
    if (prev && (prev.type !== entry.type || prev.id !== entry.id || prev.canonical !== entry.canonical)) {
      throw new ConfigError(
        entry.file,
        field,
        `"${name}" already names ${prev.type} "${prev.canonical}" (${prev.file}); one name, one entity`,
      );
    }
    this.names.set(joined, entry);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    node.entry = entry;
  }

  /** Longest entry starting at token `i` (tokens up to `limit`, exclusive). */
  match(toks: Tok[], i: number, limit: number): GazMatch | null {
    let node: TrieNode | undefined = this.root;
    let best: GazMatch | null = null;
    for (let j = i; j < limit; j++) {
      node = node.next.get(toks[j].key);
      if (!node) break;
      if (node.entry) best = { end: j + 1, entry: node.entry };
    }
    return best;
  }
}

function entityType(file: string, field: string, value: unknown): EntityType {
  const t = expectString(file, field, value);
  if (!(GOLD_ENTITY_TYPES as readonly string[]).includes(t)) {
    throw new ConfigError(file, field, `unknown entity type "${t}"; known: ${GOLD_ENTITY_TYPES.join(', ')}`);
  }
  return t as EntityType;
}

function countryCode(file: string, field: string, value: unknown): string | null {
  if (value === null) return null;
  const code = expectString(file, field, value);
  if (!ISO3.test(code)) throw new ConfigError(file, field, `expected an ISO 3166-1 alpha-3 code, got "${code}"`);
  return code;
}

/** Loads every `*.yml` file of `folder` (relative to the pipeline folder). */
export function loadGazetteer(data: DataLoader, folder: string): Gazetteer {
  const gaz = new Gazetteer();
  let files: string[];
  try {
    files = readdirSync(join(data.pipelineDir, folder))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch (err) {
    throw new ConfigError(data.displayName(folder), '(folder)', `cannot read: ${(err as Error).message}`);
  }
  if (files.length === 0) throw new ConfigError(data.displayName(folder), '(folder)', 'no gazetteer files');
  const plurals: Array<[string, GazEntry]> = [];
  for (const f of files) loadFile(gaz, data, join(folder, f), plurals);
  // Derived plurals yield to any listed name (`Laos` is the country, not more than one `Lao`).
  for (const [p, entry] of plurals) if (!gaz.names.has(phraseKeys(p).join(' '))) gaz.add(p, entry, 'norp (plural)');
  return gaz;
}

function loadFile(gaz: Gazetteer, data: DataLoader, rel: string, plurals: Array<[string, GazEntry]>): void {
  const file = data.displayName(rel);
  const doc = expectRecord(file, '(top level)', data.yaml(rel, gazetteerSchema(basename(rel))));
  expectString(file, 'source', doc.source);
  const fileType = entityType(file, 'type', doc.type);
  if (doc.groups !== undefined) {
    expectList(file, 'groups', doc.groups).forEach((raw, gi) => {
      const g = expectRecord(file, `groups[${gi}]`, raw);
      const id = countryCode(file, `groups[${gi}].country`, g.country);
      for (const name of expectStringList(file, `groups[${gi}].names`, g.names)) {
        gaz.add(name, { type: fileType, id, canonical: name, file }, `groups[${gi}].names`);
      }
    });
    return;
  }
  if (doc.countries !== undefined) {
    expectList(file, 'countries', doc.countries).forEach((raw, i) =>
      loadCountry(gaz, file, fileType, raw, `countries[${i}]`, plurals),
    );
    return;
  }
  expectList(file, 'entries', doc.entries).forEach((raw, i) => {
    const at = `entries[${i}]`;
    const e = entryRecord(file, at, raw);
    const type = e.type === undefined ? fileType : entityType(file, `${at}.type`, e.type);
    const name = expectString(file, `${at}.name`, e.name);
    const aliases = expectStringList(file, `${at}.aliases`, e.aliases);
    // GPE/NORP: the country code; ORG/PERSON: the canonical name; others: only an explicit `id`.
    let id: string | null;
    if (type === 'GPE' || type === 'NORP')
      id = e.country === undefined ? null : countryCode(file, `${at}.country`, e.country);
    else if (e.id !== undefined) id = expectString(file, `${at}.id`, e.id);
    else id = type === 'ORG' || type === 'PERSON' ? name : null;
    if (e.country !== undefined && type !== 'GPE' && type !== 'NORP') countryCode(file, `${at}.country`, e.country);
    const entry: GazEntry = { type, id, canonical: name, file };
    gaz.add(name, entry, `${at}.name`);
    aliases.forEach((a) => gaz.add(a, entry, `${at}.aliases`));
    if (type === 'PERSON') [name, ...aliases].forEach((n) => gaz.addPersonParts(n, entry));
    gaz.entries.push(entry);
  });
}

/** An entry's fields (unknown keys, such as `{name: A, B}`'s key `B`, are caught by the file's schema on load). */
function entryRecord(file: string, at: string, raw: unknown): Record<string, unknown> {
  const e = expectRecord(file, at, raw);
  if (e.source !== undefined) expectString(file, `${at}.source`, e.source);
  return e;
}

/** A country: GPE names and NORP demonyms share the ISO code. */
function loadCountry(
  gaz: Gazetteer,
  file: string,
  fileType: EntityType,
  raw: unknown,
  at: string,
  plurals: Array<[string, GazEntry]>,
): void {
  const e = entryRecord(file, at, raw);
  const type = e.type === undefined ? fileType : entityType(file, `${at}.type`, e.type);
  const name = expectString(file, `${at}.name`, e.name);
  const code = countryCode(file, `${at}.id`, e.id);
  if (code === null) throw new ConfigError(file, `${at}.id`, 'a country needs a code');
  const entry: GazEntry = { type, id: code, canonical: name, file, isCountry: true };
  gaz.add(name, entry, `${at}.name`);
  if (e.official !== undefined) gaz.add(expectString(file, `${at}.official`, e.official), entry, `${at}.official`);
  expectStringList(file, `${at}.aliases`, e.aliases).forEach((a) => gaz.add(a, entry, `${at}.aliases`));
  gaz.entries.push(entry);
  const norp = expectStringList(file, `${at}.norp`, e.norp);
  if (norp.length === 0) return;
  const nEntry: GazEntry = { type: 'NORP', id: code, canonical: norp[0], file };
  for (const d of norp) {
    gaz.add(d, nEntry, `${at}.norp`);
    const plural = demonymPlural(d);
    if (plural && !norp.includes(plural)) plurals.push([plural, nEntry]);
  }
  gaz.entries.push(nEntry);
}
