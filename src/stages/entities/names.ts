/**
 * Given names: compromise's lexicon knows a few thousand first names (tags
 * MaleName, FemaleName, FirstName). They are read once, at load time, to find
 * persons with no title before them (`…, Rosa Icela Rodríguez, will …`,
 * `… Council Juan González and Katie Tobin`). Words that name a gazetteer
 * entity (`Georgia`, `Chad`) or are listed as common words are left out.
 */
import { commonWordList, givenNameWords, surnameWords } from '../../data/english.js';
import type { Gazetteer } from './gazetteer.js';
import { phraseKeys, type Tok } from './tokens.js';

/** Lower case without diacritics: `José` → `jose`. */
export function foldName(s: string): string {
  const lower = s.toLowerCase();
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

export function loadGivenNames(gaz: Gazetteer, extra: string[], exclude: string[]): Set<string> {
  const out = new Set<string>(givenNameWords().map(foldName));
  for (const w of extra) out.add(foldName(w));
  for (const w of exclude) out.delete(foldName(w));
  // A word that is itself a place, organization, … is not evidence of a person.
  for (const w of [...out]) {
    const cap = w[0].toUpperCase() + w.slice(1);
    const e = gaz.names.get(phraseKeys(cap).join(' '));
    if (e && e.type !== 'PERSON') out.delete(w);
  }
  return out;
}

/** compromise's family names (folded), less those that name a place, body, … of the gazetteer. */
export function loadSurnames(gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const w of surnameWords()) {
    const e = gaz.names.get(phraseKeys(w[0].toUpperCase() + w.slice(1)).join(' '));
    if (!e || e.type === 'PERSON') out.add(foldName(w));
  }
  return out;
}

/** Ordinary English words (lower case) → whether they can end a name. */
export function loadCommonWords(): Map<string, boolean> {
  return new Map(commonWordList());
}

export function isGivenName(t: Tok, names: Set<string>): boolean {
  return t.cap && t.word && !t.num && t.key.length > 1 && names.has(foldName(t.key));
}
