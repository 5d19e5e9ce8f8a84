/**
 * Names of persons: after a title (`President Donald J. Trump`), or starting
 * with a given name compromise knows (`… Rosa Icela Rodríguez, will …`).
 */
import type { Gazetteer } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { isGivenName } from './names.js';
import { PRIO, type Candidate } from './propose.js';
import { isNameWord, type Tok } from './tokens.js';

/** Parts of a personal name that may be lower-case or are initials. */
const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'Al',
  'el',
  'da',
  'de',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'di',
  'du',
]);
const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);

/** Names after a title: `President Donald J. Trump`, `Presidents Biden and Lula`. */
export function titleCandidates(toks: Tok[], lex: EntityLexicon, gaz: Gazetteer, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = lex.titles.match(toks, i, toks.length);
    if (!t || !(toks[i].cap || toks[i].key === 'the')) continue;
    if (i > 0 && lex.shipPrefixes.has(toks[i - 1].key)) continue;
    const plural = /s$/.test(toks[t.end - 1].key);
    let j = t.end;
    while (j < toks.length) {
      const e = personName(toks, j, lex, gaz);
      if (e <= j) break;
      out.push({ s: j, e, type: 'PERSON', id: null, canonical: null, prio: PRIO.title });
      // `Presidents Biden and Lula`: a second name after `and`.
      if (plural && toks[e]?.key === 'and' && toks[e + 1] && isNameWord(toks[e + 1])) j = e + 1;
      else break;
    }
    i = t.end - 1;
  }
}

/**
 * A person starting with a known given name (`Rosa Icela Rodríguez`, `… Security
 * Council Juan González`): two or more name words that end the capitalized run,
 * so `George Washington University` stays an organization. Exclusive end, or j.
 */
export function givenNamePerson(toks: Tok[], j: number, lex: EntityLexicon, gaz: Gazetteer): number {
  if (!isGivenName(toks[j], lex.givenNames)) return j;
  // `St. Mary Parish`, `Fort George …`: a place name, not a person.
  if (j > 0 && lex.placePrefixes.has(toks[j - 1].key)) return j;
  const e = personName(toks, j, lex, gaz);
  if (e - j < 2 || e - j > 12) return j;
  const next = toks[e];
  if (next && ((next.word && next.cap) || (!next.space && /^[-/]$/.test(next.key)))) return j;
  // Ordinary words are no surname: `Reid Vapor Pressure`, `Heath Robinson Honoring`.
  const last = lex.commonWords.get(toks[e - 1].key.toLowerCase());
  if (last === false) return j;
  let common = 0;
  for (let k = j + 1; k < e; k++) {
    if (!toks[k].word) continue;
    // Acronyms and non-person heads are no name words (`Ryan White HIV`, `… Albright Democracy Award`).
    if (/^\p{Lu}[\p{Lu}\d]+$/u.test(toks[k].key) || lex.otherHeads.has(toks[k].key)) return j;
    if (lex.commonWords.has(toks[k].key.toLowerCase()) && ++common >= 2) return j;
    if (lex.breakers.has(toks[k].key) || lex.leading.has(toks[k].key)) return j;
    const g = gaz.match(toks, k, e);
    if (g && g.entry.type !== 'PERSON') return j;
  }
  return e;
}

export function givenNameCandidates(toks: Tok[], lex: EntityLexicon, gaz: Gazetteer, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const e = givenNamePerson(toks, i, lex, gaz);
    if (e <= i) continue;
    out.push({ s: i, e, type: 'PERSON', id: null, canonical: null, prio: PRIO.title });
    i = e - 1;
  }
}

/** Exclusive end of a personal name starting at j, or j when there is none. */
function personName(toks: Tok[], j: number, lex: EntityLexicon, gaz: Gazetteer): number {
  const first = toks[j];
  if (
    !first ||
    !isNameWord(first) ||
    lex.headWords.has(first.key) ||
    lex.notNames.has(first.key) ||
    lex.titles.match(toks, j, toks.length)
  )
    return j;
  const g = gaz.match(toks, j, toks.length);
  if (g && g.entry.type !== 'PERSON') return j;
  let e = j;
  let words = 0;
  for (let k = j; k < toks.length && k < j + 14 && words < 6; k++) {
    const t = toks[k];
    // Another title or a place/organization ends the name (`Gretchen Whitmer | Indiana Governor …`).
    if (k > j && t.space && isNameWord(t) && (lex.titles.match(toks, k, toks.length) || nonPerson(gaz, toks, k, lex)))
      break;
    if (isNameWord(t) && !lex.headWords.has(t.key)) {
      e = k + 1;
      if (t.space) words++;
    } else if (/^\p{Lu}\.$/u.test(t.key)) e = k + 1;
    else if (NAME_PARTICLES.has(t.key) && toks[k + 1] && isNameWord(toks[k + 1])) continue;
    else if (t.key === ',' && toks[k + 1] && NAME_SUFFIXES.has(toks[k + 1].key)) continue;
    else if (NAME_SUFFIXES.has(t.key) && k > j) e = k + 1;
    else if (t.key === '-' && !t.space && toks[k + 1] && isNameWord(toks[k + 1]) && !toks[k + 1].space) continue;
    else if (
      t.key === '-' &&
      !t.space &&
      e === k &&
      toks[k + 1]?.word &&
      !toks[k + 1].space &&
      !toks[k + 1].num &&
      /^\p{Ll}+$/u.test(toks[k + 1].key) &&
      toks[k + 1].key.length <= 6
    ) {
      // Korean given names: `Cho Tae-yong`, `Lee Jae-myung`.
      e = k + 2;
      k++;
    } else break;
  }
  return e;
}

/** A known place or body at k that modifies what follows (`… | Indiana Governor …`), so no surname (`Lisa O. Monaco`). */
function nonPerson(gaz: Gazetteer, toks: Tok[], k: number, lex: EntityLexicon): boolean {
  const g = gaz.match(toks, k, toks.length);
  const next = g ? toks[g.end] : undefined;
  return (
    g !== null &&
    g.entry.type !== 'PERSON' &&
    next !== undefined &&
    next.space &&
    isNameWord(next) &&
    lex.titles.match(toks, g.end, toks.length) !== null
  );
}
