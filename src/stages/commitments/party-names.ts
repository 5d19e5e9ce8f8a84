/**
 * Names as the party rules read them: an entity's text, the words of a
 * person's name, the leader title before a token, an organization's short name.
 */
import type { Document, Entity } from '../../document.js';
import type { Lexicon } from './lexicon.js';
import type { Tok } from './sentence.js';
import { lowerBound } from '../../spans.js';

/** Entity types that can name a party. */
export const PARTY_TYPES = new Set(['GPE', 'ORG', 'PERSON', 'NORP']);

/** An entity's text with its whitespace runs as single spaces. */
export function entityText(doc: Document, e: Entity): string {
  return doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
}

export const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((w) => w.length > 2 && !['jr', 'sr', 'the', 'of', 'da', 'de', 'bin', 'al'].includes(w));

/** Leader titles grouped by last word, in lexicon order (null when an empty title matches anywhere). */
const titlesByLast = new WeakMap<string[][], Map<string, string[][]> | null>();
function titleIndex(titles: string[][]): Map<string, string[][]> | null {
  let index = titlesByLast.get(titles);
  if (index === undefined) {
    index = titles.some((t) => t.length === 0) ? null : new Map();
    for (const t of index ? titles : []) index!.set(t[t.length - 1], [...(index!.get(t[t.length - 1]) ?? []), t]);
    titlesByLast.set(titles, index);
  }
  return index;
}

/** Title (as word list) ending just before token index k, if any. */
export function titleBefore(toks: Tok[], k: number, lex: Lexicon): string | null {
  const index = titleIndex(lex.leaderTitles);
  const candidates = index
    ? ((k > 0 && k <= toks.length ? index.get(toks[k - 1].w) : undefined) ?? [])
    : lex.leaderTitles;
  for (const title of candidates) {
    const from = k - title.length;
    if (from >= 0 && k <= toks.length && title.every((w, i) => toks[from + i]?.w === w)) return title.join(' ');
  }
  return null;
}

/** Index of the token holding `offset` (the first ending after it), clamped to the last token. */
export function tokenIndex(toks: Tok[], offset: number): number {
  return Math.max(0, Math.min(lowerBound(toks, 'end', offset + 1), toks.length - 1));
}

const ACRONYM = /^[A-Z][A-Z0-9+&.-]{1,7}$/;

/** A leader's country from the persons gazetteer (by canonical id, then surface). */
export function gazCountry(doc: Document, e: Entity, lex: Lexicon): string | undefined {
  return (
    (e.id ? lex.names.personCountry.get(e.id.toLowerCase()) : undefined) ??
    lex.names.personCountry.get(entityText(doc, e).toLowerCase())
  );
}

/**
 * "GCC" for "Gulf Cooperation Council", "DOE" for "Department of Energy": the acronym starts
 * with the name's first initial and its other letters are initials of later words, in order.
 */
function abbreviates(acronym: string, name: string): boolean {
  const initials = (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w[0].toLowerCase()).join('');
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (!letters || letters[0] !== initials[0]) return false;
  let at = 1;
  for (const ch of letters.slice(1)) {
    at = initials.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The name an organization goes by in `parties` (guide §5: the entity id vocabulary):
 * its canonical id; without one, the full name the document spells out for an
 * acronym ("Gulf Cooperation Council (GCC)"); else its text. Keyed by id and by text.
 */
export function orgNames(doc: Document): Map<string, string> {
  const names = new Map<string, string>();
  const orgs = doc.entities.filter((e) => e.type === 'ORG');
  // "Long Name (ACR)": the acronym stands for the long name.
  const spelled = new Map<string, string>();
  orgs.forEach((e, i) => {
    const next = orgs[i + 1];
    if (!next || e.id || next.id || !ACRONYM.test(entityText(doc, next))) return;
    const long = entityText(doc, e);
    const short = entityText(doc, next);
    if (/^\s*\(\s*$/.test(doc.text.slice(e.end, next.start)) && abbreviates(short, long)) spelled.set(short, long);
  });
  for (const e of orgs) {
    const text = entityText(doc, e);
    const name = e.id ?? spelled.get(text) ?? text;
    names.set(text, name);
    if (e.id) names.set(e.id, name);
  }
  return names;
}

/** "Biden-Harris Administration", "the Albanese Government": a government named after its leaders speaks for their country. */
const LEADERS_GOVERNMENT = /^(?:the\s+)?([\p{L}'’ .-]+?)\s+(?:Administration|Government)$/iu;

function leadersCountry(text: string, lex: Lexicon): string | undefined {
  const m = LEADERS_GOVERNMENT.exec(text);
  if (!m) return undefined;
  const countries = new Set(m[1].split(/[\s-]+/).map((w) => lex.names.personCountry.get(w.toLowerCase())));
  const [only] = countries;
  return countries.size === 1 ? only : undefined;
}

/** The party an ORG entity stands for: the country a national office or a leader's government speaks for, else its name. */
export function orgParty(doc: Document, e: Entity, orgName: Map<string, string>, lex: Lexicon): string {
  const text = entityText(doc, e);
  const name = orgName.get(e.id ?? text) ?? e.id ?? text;
  return lex.names.orgCountry.get(name) ?? leadersCountry(name, lex) ?? leadersCountry(text, lex) ?? name;
}
