/**
 * Persons found through their family name, which compromise's lexicon knows
 * (learned once at load, `surnameWords`): `Kwame Anderson` (an unknown given
 * name before a known family name), and names with the family name in capitals
 * (`Jane SMITH`), as in press contact lines. Cheap: a set lookup per
 * capitalized token, no second pass of compromise.
 */
import type { Gazetteer } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { foldName, isGivenName } from './names.js';
import { PRIO, type Candidate } from './propose.js';
import { isNameWord, type Tok } from './tokens.js';

/** A word in capitals (`SMITH`, `O'BRIEN`), not a single letter. */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** Signs of a contact line, where a family name in capitals is the custom. */
const CONTACT = /@|\b(?:contact|press|media|spokesperson|phone|tel)\b/i;

const capitalized = (t: Tok | undefined): boolean => t !== undefined && t.word && t.cap && !t.num;

/** Neither a listed non-person, a title, a head noun, a sentence word, nor an ordinary English word. */
function plainNameWord(toks: Tok[], k: number, lex: EntityLexicon, gaz: Gazetteer): boolean {
  const t = toks[k];
  if (
    !isNameWord(t) ||
    lex.headWords.has(t.key) ||
    lex.leading.has(t.key) ||
    lex.breakers.has(t.key) ||
    lex.notNames.has(t.key) ||
    lex.otherHeads.has(t.key) ||
    lex.titles.match(toks, k, toks.length)
  )
    return false;
  const g = gaz.match(toks, k, k + 1);
  return !(g && g.entry.type !== 'PERSON');
}

/** `title`: the segment is a heading or title line, where contact lines stand but `Given Surname` guesses are noise. */
export function surnameCandidates(
  toks: Tok[],
  segmentText: string,
  title: boolean,
  lex: EntityLexicon,
  gaz: Gazetteer,
  out: Candidate[],
): void {
  let contact: boolean | undefined;
  for (let i = 0; i + 1 < toks.length; i++) {
    const first = toks[i];
    if (!capitalized(first) || CAPITALS.test(first.key) || capitalized(toks[i - 1])) continue;
    // Given name, optional initials, family name in capitals: `Jane Q. SMITH`.
    let j = i + 1;
    while (j < toks.length && /^\p{Lu}\.$/u.test(toks[j].key)) j++;
    const last = toks[j];
    const after = toks[j + 1];
    // `Arleigh Burke-class`: a name inside a longer word is not that person.
    if (!last?.space || capitalized(after) || (after && !after.space && /^[-/]$/.test(after.key))) continue;
    if (CAPITALS.test(last.key) && isGivenName(first, lex.givenNames) && gaz.match(toks, j, j + 1) === null) {
      contact ??= CONTACT.test(segmentText);
      if (contact || lex.surnames.has(foldName(last.key))) {
        out.push({ s: i, e: j + 1, type: 'PERSON', id: null, canonical: null, prio: PRIO.title });
        i = j;
      }
      continue;
    }
    // An unknown given name before a known family name: `Kwame Anderson`.
    if (title || j !== i + 1 || isGivenName(first, lex.givenNames) || !capitalized(last) || CAPITALS.test(last.key))
      continue;
    if (!lex.surnames.has(foldName(last.key)) || lex.commonWords.has(first.key.toLowerCase())) continue;
    if (i > 0 && lex.placePrefixes.has(toks[i - 1].key)) continue;
    if (!plainNameWord(toks, i, lex, gaz) || !plainNameWord(toks, j, lex, gaz)) continue;
    out.push({ s: i, e: j + 1, type: 'PERSON', id: null, canonical: null, prio: PRIO.pattern });
    i = j;
  }
}
