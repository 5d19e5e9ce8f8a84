/**
 * Candidate proposals inside one segment: gazetteer matches and numbered names
 * (`Article V`, `Task Force 59`) here, names of persons in persons.ts,
 * capitalized phrases whose head noun decides the type in phrases.ts.
 * Proposals may overlap; `select` keeps the longest.
 */
import type { EntityType, Token } from '../../document.js';
import type { Gazetteer } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { isNameWord, isNumberLike, type Tok } from './tokens.js';

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
    if (
      m.entry.type === 'GPE' &&
      !m.entry.isCountry &&
      next?.space &&
      SUBDIVISION.has(next.key) &&
      !(toks[m.end + 1]?.cap && toks[m.end + 1].word)
    ) {
      out.push({ s: i, e: m.end + 1, type: 'GPE', id: m.entry.id, canonical: m.entry.canonical, prio: PRIO.gazetteer });
      continue;
    }
    // `Afro-Colombian(s)`: a people of that country.
    const s =
      m.entry.type === 'NORP' &&
      i >= 2 &&
      toks[i - 1].key === '-' &&
      !toks[i - 1].space &&
      !toks[i].space &&
      NORP_PREFIXES.has(toks[i - 2].key)
        ? i - 2
        : i;
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
    if (
      (toks[i].key === 'section' || toks[i].key === 'article') &&
      toks[i + 1] &&
      isNumberLike(toks[i + 1]) &&
      toks[i + 2]?.key === 'of'
    ) {
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

/** Picks non-overlapping candidates: longest first, then priority, then leftmost. */
export function select(cands: Candidate[], n: number): Candidate[] {
  const sorted = [...cands].sort((x, y) => y.e - y.s - (x.e - x.s) || y.prio - x.prio || x.s - y.s);
  const taken = new Uint8Array(n);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.s; k < c.e; k++)
      if (taken[k]) {
        free = false;
        break;
      }
    if (!free) continue;
    for (let k = c.s; k < c.e; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort((x, y) => x.s - y.s);
}

export type { Token };
