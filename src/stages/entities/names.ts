/**
 * Given names: compromise's lexicon knows a few thousand first names (tags
 * MaleName, FemaleName, FirstName). They are read once, at load time, to find
 * persons with no title before them (`…, Rosa Icela Rodríguez, will …`,
 * `… Council Juan González and Katie Tobin`). Words that name a gazetteer
 * entity (`Georgia`, `Chad`) or are listed as common words are left out.
 */
import nlp from 'compromise';
import type { Gazetteer } from './gazetteer.js';
import { phraseKeys, type Tok } from './tokens.js';

const NAME_TAG = /^(MaleName|FemaleName|FirstName)$/;

/** Lower case without diacritics: `José` → `jose`. */
export function foldName(s: string): string {
  const lower = s.toLowerCase();
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

export function loadGivenNames(gaz: Gazetteer, extra: string[], exclude: string[]): Set<string> {
  const out = new Set<string>();
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.length === 1 && NAME_TAG.test(tags[0]) && /^\p{L}+$/u.test(word)) out.add(foldName(word));
  }
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

/** Tags of compromise's lexicon that mark an ordinary English word. */
const COMMON_TAG = /^(Uncountable|Plural|Singular|Noun|Gerund|PastTense|PresentTense|Infinitive|Adjective|Adverb|Comparative|Superlative|Actor|Participle)$/;
/** Tags that cannot end a personal name (`Heath Robinson Honoring`, `… Hawkins Centers`). */
const NOT_LAST_TAG = /^(Plural|Gerund|PastTense|Participle|Adverb)$/;

/** Ordinary English words (lower case) → whether they can end a name. */
export function loadCommonWords(): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => /Name$|Person|Place|City|Country|Region|Organization/.test(t))) continue;
    if (!tags.some((t) => COMMON_TAG.test(t)) || !/^\p{L}+$/u.test(word)) continue;
    out.set(word, !tags.some((t) => NOT_LAST_TAG.test(t)));
  }
  return out;
}

export function isGivenName(t: Tok, names: Set<string>): boolean {
  return t.cap && t.word && !t.num && t.key.length > 1 && names.has(foldName(t.key));
}
