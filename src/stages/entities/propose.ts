/**
 * Candidate proposals inside one segment: gazetteer matches, numbered names
 * (`Article V`, `Task Force 59`), names after titles (`President X Y`) and
 * capitalized phrases whose head noun decides the type (`… Treaty`, `… Committee`).
 * Proposals may overlap; `select` keeps the longest.
 */
import type { EntityType, Token } from '../../document.js';
import type { Gazetteer } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { isGivenName } from './names.js';
import { isNumberLike, type Tok } from './tokens.js';

export interface Candidate {
  /** Token range [s, e) in the segment's tokens. */
  s: number;
  e: number;
  type: EntityType;
  id: string | null;
  /** Canonical name (gazetteer) or null when the mention is its own name. */
  canonical: string | null;
  /** Tie-break between candidates of equal length: higher wins. */
  prio: number;
}

export const PRIO = { numeric: 0, pattern: 1, date: 2, title: 3, numbered: 3, gazetteer: 4 } as const;

/** Prepositions that end a name's head part (`Treaty | of Mutual …`). */
const HEAD_DELIMITERS = new Set(['of', 'for', 'on', 'to', 'in', 'against', 'between', 'among', 'with']);
const AFTER_THE = new Set(['of', 'on', 'for', 'in', 'to', 'between', 'among', 'with', 'against']);
/** Parts of a personal name that may be lower-case or are initials. */
const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'Al', 'el', 'da', 'de', 'do', 'dos', 'van', 'von', 'der', 'den', 'la', 'le', 'di', 'du']);
const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
/** wink POS of a segment-initial word that is not part of a name. */
const NON_NAME_POS = new Set(['VERB', 'ADV', 'ADP', 'DET', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'NUM', 'INTJ']);

const SUBDIVISION = new Set(['State', 'Province', 'Prefecture', 'Governorate', 'Oblast', 'Region', 'County']);
/** Prefixes that make a demonym a people of that country: `Afro-Colombians`. */
const NORP_PREFIXES = new Set(['Afro']);

export function gazetteerCandidates(toks: Tok[], gaz: Gazetteer, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word) continue;
    const m = gaz.match(toks, i, toks.length);
    if (!m) continue;
    // A name must not continue inside a hyphenated word: `Georgia-Pacific` is not `Georgia`.
    const next = toks[m.end];
    if (next && !next.space && next.word && toks[m.end - 1].word) continue;
    // An airline named `Air` + country (`Air Cambodia`, `Air India`) is a company.
    if (m.entry.isCountry && i > 0 && toks[i - 1].key === 'Air' && !(next?.cap && next.word)) {
      out.push({ s: i - 1, e: m.end, type: 'ORG', id: null, canonical: null, prio: PRIO.gazetteer });
      continue;
    }
    // `Gujarat State`, `Rakhine State`: a subdivision named with its kind.
    if (m.entry.type === 'GPE' && !m.entry.isCountry && next?.space && SUBDIVISION.has(next.key) &&
      !(toks[m.end + 1]?.cap && toks[m.end + 1].word)) {
      out.push({ s: i, e: m.end + 1, type: 'GPE', id: m.entry.id, canonical: m.entry.canonical, prio: PRIO.gazetteer });
      continue;
    }
    // `Afro-Colombian(s)`: a people of that country.
    const s = m.entry.type === 'NORP' && i >= 2 && toks[i - 1].key === '-' && !toks[i - 1].space && !toks[i].space &&
      NORP_PREFIXES.has(toks[i - 2].key) ? i - 2 : i;
    out.push({ s, e: m.end, type: m.entry.type, id: m.entry.id, canonical: m.entry.canonical, prio: PRIO.gazetteer });
  }
}

const GLUED = /^(\p{Lu}+)(\d+)$/u;
/** A US Code or CFR citation: `19 U.S.C. 1862`, `15 CFR 744`. */
const CODE_CITATION = new Set(['U.S.C.', 'USC', 'C.F.R.', 'CFR']);

export function numberedCandidates(toks: Tok[], lex: EntityLexicon, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].num && CODE_CITATION.has(toks[i + 1]?.key ?? '')) {
      let j = i + 2;
      if (toks[j]?.key === '§') j++;
      if (toks[j]?.num) out.push({ s: i, e: j + 1, type: 'LAW', id: null, canonical: null, prio: PRIO.numbered });
      continue;
    }
    // `section 232 of the Trade Expansion Act`: lower-case only when a named instrument follows.
    if ((toks[i].key === 'section' || toks[i].key === 'article') && toks[i + 1] && isNumberLike(toks[i + 1]) &&
      toks[i + 2]?.key === 'of') {
      const n = toks[i + 3]?.key === 'the' ? toks[i + 4] : toks[i + 3];
      if (n && isNameWord(n)) out.push({ s: i, e: i + 2, type: 'LAW', id: null, canonical: null, prio: PRIO.numbered });
      continue;
    }
    if (!toks[i].cap) continue;
    // `COP28`, `FY2027`: head and number in one token.
    const glued = GLUED.exec(toks[i].key);
    const gluedType = glued ? lex.numberedGlued.get(glued[1]) : undefined;
    if (gluedType) {
      out.push({ s: i, e: i + 1, type: gluedType, id: null, canonical: null, prio: PRIO.numbered });
      continue;
    }
    const m = lex.numbered.match(toks, i, toks.length);
    if (!m) continue;
    let j = m.end;
    if (toks[j]?.key === '-' && !toks[j].space) j++;
    const n = toks[j];
    if (!n || !isNumberLike(n) || (j === m.end && !n.space)) continue;
    out.push({ s: i, e: j + 1, type: m.value, id: null, canonical: null, prio: PRIO.numbered });
  }
}

function isNameWord(t: Tok): boolean {
  return t.cap && t.word && !t.num;
}

/** Names after a title: `President Donald J. Trump`, `Presidents Biden and Lula`. */
export function titleCandidates(toks: Tok[], lex: EntityLexicon, gaz: Gazetteer, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = lex.titles.match(toks, i, toks.length);
    if (!t || !(toks[i].cap || toks[i].key === 'the')) continue;
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
  if (!first || !isNameWord(first) || lex.headWords.has(first.key) || lex.notNames.has(first.key) ||
    lex.titles.match(toks, j, toks.length)) return j;
  const g = gaz.match(toks, j, toks.length);
  if (g && g.entry.type !== 'PERSON') return j;
  let e = j;
  let words = 0;
  for (let k = j; k < toks.length && k < j + 14 && words < 6; k++) {
    const t = toks[k];
    // Another title or a place/organization ends the name (`Gretchen Whitmer | Indiana Governor …`).
    if (k > j && t.space && isNameWord(t) && (lex.titles.match(toks, k, toks.length) || nonPerson(gaz, toks, k, lex))) break;
    if (isNameWord(t) && !lex.headWords.has(t.key)) {
      e = k + 1;
      if (t.space) words++;
    } else if (/^\p{Lu}\.$/u.test(t.key)) e = k + 1;
    else if (NAME_PARTICLES.has(t.key) && toks[k + 1] && isNameWord(toks[k + 1])) continue;
    else if (t.key === ',' && toks[k + 1] && NAME_SUFFIXES.has(toks[k + 1].key)) continue;
    else if (NAME_SUFFIXES.has(t.key) && k > j) e = k + 1;
    else if (t.key === '-' && !t.space && toks[k + 1] && isNameWord(toks[k + 1]) && !toks[k + 1].space) continue;
    else if (t.key === '-' && !t.space && e === k && toks[k + 1]?.word && !toks[k + 1].space && !toks[k + 1].num &&
      /^\p{Ll}+$/u.test(toks[k + 1].key) && toks[k + 1].key.length <= 6) {
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
  return g !== null && g.entry.type !== 'PERSON' && next !== undefined && next.space && isNameWord(next) &&
    lex.titles.match(toks, g.end, toks.length) !== null;
}

/** Maximal runs of capitalized words with the connectors a name may contain. */
function runEnd(toks: Tok[], i: number, lex: EntityLexicon, gaz: Gazetteer): number {
  let e = i + 1;
  let k = i + 1;
  let complement = false;
  let between = false;
  while (k < toks.length) {
    const t = toks[k];
    const prev = toks[k - 1];
    // `… for Security, Public Health, and Safe Communities`: a coordinated complement stays in the name.
    if (complement && t.key === ',') {
      const l = listEnd(toks, k, lex, gaz);
      if (l > k) {
        e = l;
        break;
      }
    }
    // A title followed by a name ends the name before it (`… Affairs | Director Tom Perez`).
    const title = isNameWord(t) ? lex.titles.match(toks, k, toks.length) : null;
    if (title && toks[title.end] && isNameWord(toks[title.end]) && !lex.headWords.has(toks[title.end].key)) break;
    // So does a person's name (`… Homeland Security | John Tien`).
    if (givenNamePerson(toks, k, lex, gaz) > k) break;
    if (isNameWord(t) && !lex.breakers.has(t.key)) {
      e = k + 1;
      k++;
    } else if (t.key === '-' && !t.space && toks[k + 1] && !toks[k + 1].space && (toks[k + 1].cap || toks[k + 1].num)) {
      e = k + 2;
      k += 2;
    } else if ((t.key === "'") && !t.space && prev.key.endsWith('s') && toks[k + 1] && isNameWord(toks[k + 1])) {
      k++;
    } else if (ARTICLES.has(t.key) && AFTER_THE.has(prev.key) && toks[k + 1] && isNameWord(toks[k + 1])) {
      k++;
    } else if (t.key === 'and' && between && ARTICLES.has(toks[k + 1]?.key ?? '') && toks[k + 2] && isNameWord(toks[k + 2])) {
      // `… between the United States and the Republic of Iraq`
      between = false;
      k += 2;
    } else if (lex.connectors.has(t.key) && t.key !== 'the' && toks[k + 1] &&
      (isNameWord(toks[k + 1]) || (ARTICLES.has(toks[k + 1].key) && AFTER_THE.has(t.key)))) {
      if (HEAD_DELIMITERS.has(t.key)) complement = true;
      if (t.key === 'between') between = true;
      k++;
    } else break;
  }
  return e;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * End of a coordinated list `, A, B(,) and C` starting at the comma k, each item
 * one to three plain capitalized words (no head noun, no known name, so lists of
 * bodies or countries stay apart); k when there is none.
 */
function listEnd(toks: Tok[], k: number, lex: EntityLexicon, gaz: Gazetteer): number {
  let pos = k;
  for (let items = 0; items < 5; items++) {
    let final = false;
    if (toks[pos]?.key === ',') pos++;
    else if (items === 0) return k;
    if (toks[pos]?.key === 'and' || toks[pos]?.key === 'or') {
      final = true;
      pos++;
    } else if (items > 0 && toks[pos - 1].key !== ',') return k;
    let words = 0;
    while (pos < toks.length && words < 4 && isNameWord(toks[pos]) && !lex.headWords.has(toks[pos].key) &&
      !lex.breakers.has(toks[pos].key) && !gaz.match(toks, pos, toks.length)) {
      pos++;
      words++;
    }
    if (words === 0 || words > 3) return k;
    if (final) return toks[pos]?.cap && toks[pos].word ? k : pos;
  }
  return k;
}

export interface PhraseContext {
  toks: Tok[];
  lex: EntityLexicon;
  gaz: Gazetteer;
  /** wink POS of the token starting at a text offset (for the segment-initial word). */
  posAt: (start: number) => string | undefined;
}

/** Capitalized phrases whose head noun is listed: `Security Consultative Committee` → ORG. */
export function phraseCandidates(ctx: PhraseContext, out: Candidate[]): void {
  const { toks, lex, gaz } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!isNameWord(toks[i]) || lex.breakers.has(toks[i].key)) continue;
    const end = runEnd(toks, i, lex, gaz);
    let a = i;
    while (a < end && (lex.leading.has(toks[a].key) || (a === 0 && NON_NAME_POS.has(ctx.posAt(toks[a].start) ?? '')))) a++;
    // A leading country that only modifies the name is its own entity (`U.S.` + `Nuclear Posture Review`).
    // A body's official name keeps its country (`U.S. Trade and Development Agency`).
    const g = a < end ? gaz.match(toks, a, end) : null;
    if (g && g.end < end && g.entry.type === 'GPE' && g.entry.isCountry &&
      toks[g.end].space && isNameWord(toks[g.end]) && !countryBound(toks, lex, g.end, end)) {
      a = g.end;
    }
    let b = end;
    while (b > a && !toks[b - 1].word) b--;
    // `ANZUS and SEATO Treaties`: a known name before `and` is its own entity;
    // `X University and Y Laboratories`: two names, each with its head.
    for (let k = a + 1; k < b - 1; k++) {
      if (toks[k].key !== 'and') continue;
      if (gaz.match(toks, a, k)?.end === k && !HEAD_DELIMITERS.has(toks[k - 1].key)) {
        a = k + 1;
        break;
      }
      if (hasHead(toks, lex, a, k) && hasHead(toks, lex, k + 1, b)) {
        phraseAt(ctx, a, k, out);
        a = k + 1;
        break;
      }
    }
    phraseAt(ctx, a, b, out);
    i = end - 1;
  }
}

/** Whether the name [a, b) after a country ends its head part in a body's head (`Central Command`, `Agency for …`). */
function countryBound(toks: Tok[], lex: EntityLexicon, a: number, b: number): boolean {
  let c = a + 1;
  while (c < b && !HEAD_DELIMITERS.has(toks[c].key)) c++;
  while (c > a && !toks[c - 1].word) c--;
  return lex.countryBoundHeads.matchEndingAt(toks, a, c) !== null;
}

/** Whether the name part [a, b) has a listed head right before its first `of/for/on/…`. */
function hasHead(toks: Tok[], lex: EntityLexicon, a: number, b: number): boolean {
  let c = a + 1;
  while (c < b && !HEAD_DELIMITERS.has(toks[c].key)) c++;
  return lex.heads.matchEndingAt(toks, a, c) !== null;
}

/** Proposes [a, b) (or its tail after a preposition) when its head noun is listed. */
function phraseAt(ctx: PhraseContext, a: number, b: number, out: Candidate[]): void {
  const { toks, lex, gaz } = ctx;
  // The head is the last word before the first `of/for/on/…`; when that is no
  // head (`Article V of the …`), the name may start after the preposition.
  while (b - a >= 2) {
    let c = a + 1;
    while (c < b && !HEAD_DELIMITERS.has(toks[c].key)) c++;
    const head = lex.heads.matchEndingAt(toks, a, c);
    // Not a head when it ends a known name (`United Kingdom | to the …`) or only generic words precede it.
    const known = gaz.match(toks, a, c);
    const generic = head && c === b && toks.slice(a, head.start).every((t) => !t.word || lex.generic.has(t.key));
    if (head && !(known && known.end === c) && !generic) {
      // An act's year is part of its title: `Trade Expansion Act of 1962`.
      const year = head.value === 'LAW' && toks[b]?.key === 'of' && toks[b + 1]?.num && /^(1[789]|20)\d\d$/.test(toks[b + 1].key);
      out.push({ s: a, e: year ? b + 2 : b, type: head.value, id: null, canonical: null, prio: PRIO.pattern });
      break;
    }
    a = c + 1;
    while (a < b && (toks[a].key === 'the' || !toks[a].word)) a++;
  }
}

/** Picks non-overlapping candidates: longest first, then priority, then leftmost. */
export function select(cands: Candidate[], n: number): Candidate[] {
  const sorted = [...cands].sort((x, y) => (y.e - y.s) - (x.e - x.s) || y.prio - x.prio || x.s - y.s);
  const taken = new Uint8Array(n);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.s; k < c.e; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    for (let k = c.s; k < c.e; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort((x, y) => x.s - y.s);
}

export type { Token };
