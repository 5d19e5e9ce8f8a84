/**
 * The entity patterns lexicon (`lexicons/entity-patterns.yml`), compiled once:
 * phrase lists become tries over token keys, word lists become sets.
 */
import type { EntityType } from '../../document.js';
import { GOLD_ENTITY_TYPES } from '../../document.js';
import { ConfigError, type DataLoader, expectRecord, expectString, expectStringList } from '../../data/load.js';
import type { GazEntry, Gazetteer } from './gazetteer.js';
import { loadCommonWords, loadGivenNames, loadSurnames } from './names.js';
import { phraseKeys, type Tok } from './tokens.js';

/** A trie of token-key phrases, each mapped to a value. */
export class PhraseTrie<V> {
  private readonly root: { next: Map<string, unknown>; value?: V } = { next: new Map() };
  private maxLen = 0;

  add(phrase: string, value: V): void {
    const keys = phraseKeys(phrase);
    this.maxLen = Math.max(this.maxLen, keys.length);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k) as typeof node | undefined;
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** Longest phrase starting at token i: its exclusive end and value. */
  match(toks: Tok[], i: number, limit: number): { end: number; value: V } | null {
    let node: typeof this.root | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(toks[j].key) as typeof this.root | undefined;
      if (node && node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }

  /** Longest phrase ending exactly at token `end` (exclusive), scanning back to `from`. */
  matchEndingAt(toks: Tok[], from: number, end: number): { start: number; value: V } | null {
    for (let s = Math.max(from, end - this.maxLen); s < end; s++) {
      const m = this.match(toks, s, end);
      if (m && m.end === end) return { start: s, value: m.value };
    }
    return null;
  }
}

export interface EntityLexicon {
  leading: Set<string>;
  titles: PhraseTrie<true>;
  /** Head phrase → type. */
  heads: PhraseTrie<EntityType>;
  /** Single-word heads (for short references like `the Alliance`). */
  headWords: Map<string, EntityType>;
  numbered: PhraseTrie<EntityType>;
  /** Single-word numbered heads that may be glued to their number (`COP28`, `FY2027`). */
  numberedGlued: Map<string, EntityType>;
  /** ORG heads of bodies whose official name includes their country (`U.S. Central Command`). */
  countryBoundHeads: PhraseTrie<true>;
  connectors: Set<string>;
  breakers: Set<string>;
  generic: Set<string>;
  notNames: Set<string>;
  dateOutside: Set<string>;
  yearLead: Set<string>;
  vagueDates: Set<string>;
  frequencyLead: PhraseTrie<true>;
  theLed: Set<string>;
  /** Words before a period that belong to it (`the last two years`, `recent years`). */
  dateLead: Set<string>;
  /** Folded given names (compromise's lexicon plus `given_names.extra`, less `given_names.exclude`). */
  givenNames: Set<string>;
  /** Ordinary English words (compromise's lexicon) → whether one may end a name. */
  commonWords: Map<string, boolean>;
  /** Words before a given name that make it a place (`St. Mary`). */
  placePrefixes: Set<string>;
  /** Heads of names outside the gold types (`… Award`, `… Prize`): such a run is no person. */
  otherHeads: Set<string>;
  /** A listed person's first or last name word → that person (null: shared by two); from the gazetteer. */
  personParts: Map<string, GazEntry | null>;
  /** Prefixes of ship names (`HMS Queen Elizabeth`): the title after one names no person. */
  shipPrefixes: Set<string>;
  /** Family names compromise knows (lower case, folded). */
  surnames: Set<string>;
  /** Country name → the other country's subdivision it may name, with preceding cue phrases. */
  homonyms: Map<string, { country: string; cues: PhraseTrie<true> }>;
}

function typeName(file: string, field: string, t: string): EntityType {
  if (!(GOLD_ENTITY_TYPES as readonly string[]).includes(t)) {
    throw new ConfigError(file, field, `unknown entity type "${t}"`);
  }
  return t as EntityType;
}

function typedTrie(file: string, field: string, raw: unknown): PhraseTrie<EntityType> {
  const trie = new PhraseTrie<EntityType>();
  for (const [t, list] of Object.entries(expectRecord(file, field, raw))) {
    const type = typeName(file, `${field}.${t}`, t);
    for (const p of expectStringList(file, `${field}.${t}`, list)) trie.add(p, type);
  }
  return trie;
}

export function loadEntityLexicon(data: DataLoader, rel: string, gaz: Gazetteer): EntityLexicon {
  const file = data.displayName(rel);
  const doc = expectRecord(file, '(top level)', data.yaml(rel));
  expectString(file, 'source', doc.source);
  const list = (field: string): string[] => expectStringList(file, field, doc[field]);
  const titles = new PhraseTrie<true>();
  list('titles').forEach((t) => titles.add(t, true));
  const frequencyLead = new PhraseTrie<true>();
  list('frequency_lead').forEach((t) => frequencyLead.add(t, true));
  const headWords = new Map<string, EntityType>();
  for (const [t, words] of Object.entries(expectRecord(file, 'heads', doc.heads))) {
    for (const w of expectStringList(file, `heads.${t}`, words)) {
      if (!/\s/.test(w)) headWords.set(w, typeName(file, `heads.${t}`, t));
    }
  }
  const countryBoundHeads = new PhraseTrie<true>();
  list('country_bound_heads').forEach((t) => countryBoundHeads.add(t, true));
  const numbered = typedTrie(file, 'numbered', doc.numbered);
  const numberedGlued = new Map<string, EntityType>();
  for (const [t, words] of Object.entries(expectRecord(file, 'numbered', doc.numbered))) {
    for (const w of expectStringList(file, `numbered.${t}`, words))
      if (/^\p{Lu}+$/u.test(w)) numberedGlued.set(w, t as EntityType);
  }
  const given = expectRecord(file, 'given_names', doc.given_names);
  const givenNames = loadGivenNames(
    gaz,
    expectStringList(file, 'given_names.extra', given.extra),
    expectStringList(file, 'given_names.exclude', given.exclude),
  );
  return {
    givenNames,
    commonWords: loadCommonWords(),
    personParts: gaz.personParts,
    shipPrefixes: new Set(list('ship_prefixes')),
    surnames: loadSurnames(gaz),
    placePrefixes: new Set(list('place_prefixes')),
    otherHeads: new Set(list('other_heads')),
    homonyms: loadHomonyms(file, doc.place_homonyms),
    leading: new Set(list('leading')),
    titles,
    heads: typedTrie(file, 'heads', doc.heads),
    headWords,
    numbered,
    numberedGlued,
    countryBoundHeads,
    connectors: new Set(list('connectors')),
    breakers: new Set(list('breakers')),
    notNames: new Set(list('not_names')),
    dateOutside: new Set(list('date_outside').map((s) => s.toLowerCase())),
    generic: new Set(list('generic').map((s) => s.replace(/’/g, "'"))),
    yearLead: new Set(list('year_lead').map((s) => s.toLowerCase())),
    vagueDates: new Set(list('vague_dates').map((s) => s.toLowerCase())),
    frequencyLead,
    theLed: new Set(list('the_led').map((s) => s.toLowerCase())),
    dateLead: new Set(list('date_lead').map((s) => s.toLowerCase())),
  };
}

function loadHomonyms(file: string, raw: unknown): Map<string, { country: string; cues: PhraseTrie<true> }> {
  const out = new Map<string, { country: string; cues: PhraseTrie<true> }>();
  if (!Array.isArray(raw)) throw new ConfigError(file, 'place_homonyms', 'expected a list');
  raw.forEach((r, i) => {
    const e = expectRecord(file, `place_homonyms[${i}]`, r);
    const country = expectString(file, `place_homonyms[${i}].country`, e.country);
    if (!/^[A-Z]{3}$/.test(country))
      throw new ConfigError(file, `place_homonyms[${i}].country`, 'expected an ISO 3166-1 alpha-3 code');
    const cues = new PhraseTrie<true>();
    expectStringList(file, `place_homonyms[${i}].cues`, e.cues).forEach((c) => cues.add(c, true));
    out.set(phraseKeys(expectString(file, `place_homonyms[${i}].name`, e.name)).join(' '), { country, cues });
  });
  return out;
}
