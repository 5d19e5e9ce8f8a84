/**
 * Capitalized phrases whose head noun decides the type (`… Treaty`, `…
 * Committee`, `Agency for …`): maximal runs of name words with the connectors
 * a name may contain, cut at known names and lists.
 */
import type { Gazetteer } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { givenNamePerson } from './persons.js';
import { PRIO, type Candidate } from './propose.js';
import { isNameWord, type Tok } from './tokens.js';

/** Prepositions that end a name's head part (`Treaty | of Mutual …`). */
const HEAD_DELIMITERS = new Set(['of', 'for', 'on', 'to', 'in', 'against', 'between', 'among', 'with']);
const AFTER_THE = new Set(['of', 'on', 'for', 'in', 'to', 'between', 'among', 'with', 'against']);
/** wink POS of a segment-initial word that is not part of a name. */
const NON_NAME_POS = new Set(['VERB', 'ADV', 'ADP', 'DET', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'NUM', 'INTJ']);

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
    } else if (t.key === "'" && !t.space && prev.key.endsWith('s') && toks[k + 1] && isNameWord(toks[k + 1])) {
      k++;
    } else if (ARTICLES.has(t.key) && AFTER_THE.has(prev.key) && toks[k + 1] && isNameWord(toks[k + 1])) {
      k++;
    } else if (
      t.key === 'and' &&
      between &&
      ARTICLES.has(toks[k + 1]?.key ?? '') &&
      toks[k + 2] &&
      isNameWord(toks[k + 2])
    ) {
      // `… between the United States and the Republic of Iraq`
      between = false;
      k += 2;
    } else if (
      lex.connectors.has(t.key) &&
      t.key !== 'the' &&
      toks[k + 1] &&
      (isNameWord(toks[k + 1]) || (ARTICLES.has(toks[k + 1].key) && AFTER_THE.has(t.key)))
    ) {
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
    while (
      pos < toks.length &&
      words < 4 &&
      isNameWord(toks[pos]) &&
      !lex.headWords.has(toks[pos].key) &&
      !lex.breakers.has(toks[pos].key) &&
      !gaz.match(toks, pos, toks.length)
    ) {
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
    while (a < end && (lex.leading.has(toks[a].key) || (a === 0 && NON_NAME_POS.has(ctx.posAt(toks[a].start) ?? ''))))
      a++;
    // A leading country that only modifies the name is its own entity (`U.S.` + `Nuclear Posture Review`).
    // A body's official name keeps its country (`U.S. Trade and Development Agency`).
    const g = a < end ? gaz.match(toks, a, end) : null;
    if (
      g &&
      g.end < end &&
      g.entry.type === 'GPE' &&
      g.entry.isCountry &&
      toks[g.end].space &&
      isNameWord(toks[g.end]) &&
      !countryBound(toks, lex, g.end, end)
    ) {
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
      const year =
        head.value === 'LAW' && toks[b]?.key === 'of' && toks[b + 1]?.num && /^(1[789]|20)\d\d$/.test(toks[b + 1].key);
      out.push({ s: a, e: year ? b + 2 : b, type: head.value, id: null, canonical: null, prio: PRIO.pattern });
      break;
    }
    a = c + 1;
    while (a < b && (toks[a].key === 'the' || !toks[a].word)) a++;
  }
}
