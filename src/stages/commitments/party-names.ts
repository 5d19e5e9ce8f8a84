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
  name.toLowerCase().split(/[\s,.]+/).filter((w) => w.length > 2 && !['jr', 'sr', 'the', 'of', 'da', 'de', 'bin', 'al'].includes(w));

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
  const candidates = index ? (k > 0 && k <= toks.length ? index.get(toks[k - 1].w) : undefined) ?? [] : lex.leaderTitles;
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

/**
 * The name an organization goes by in `parties`: its canonical id, or an acronym
 * the document defines and keeps using (GCC); without an id, an acronym it uses, else its text.
 */
/** A leader's country from the persons gazetteer (by canonical id, then surface). */
export function gazCountry(doc: Document, e: Entity, lex: Lexicon): string | undefined {
  return (e.id ? lex.names.personCountry.get(e.id.toLowerCase()) : undefined)
    ?? lex.names.personCountry.get(entityText(doc, e).toLowerCase());
}

export function orgNames(doc: Document): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG') continue;
    const text = entityText(doc, e);
    const key = e.id ?? text;
    const cur = names.get(key);
    if (ACRONYM.test(text) && (!cur || !ACRONYM.test(cur) || text.length < cur.length)) names.set(key, text);
    else if (!cur) names.set(key, key);
    if (!names.has(text)) names.set(text, names.get(key)!);
  }
  for (const e of doc.entities) {
    if (e.type !== 'ORG') continue;
    const text = entityText(doc, e);
    names.set(text, names.get(e.id ?? text)!);
  }
  // An organization with a canonical id goes by it ("EU" → European Union), unless the
  // document spells the name out and then uses its acronym again ("Gulf Cooperation Council (GCC)" … "GCC").
  const uses = new Map<string, { acronym: Map<string, number>; spelled: boolean }>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !e.id) continue;
    const text = entityText(doc, e);
    const u = uses.get(e.id) ?? { acronym: new Map(), spelled: false };
    if (ACRONYM.test(text)) u.acronym.set(text, (u.acronym.get(text) ?? 0) + 1);
    else u.spelled = true;
    uses.set(e.id, u);
  }
  // The spelled-out name may come without an id ("Gulf Cooperation Council (GCC)").
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || e.id) continue;
    const u = uses.get(entityText(doc, e));
    if (u) u.spelled = true;
  }
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !e.id) continue;
    const u = uses.get(e.id)!;
    const short = [...u.acronym].find(([, count]) => count >= 2)?.[0];
    const name = u.spelled && short ? short : e.id;
    names.set(entityText(doc, e), name);
    names.set(e.id, name);
  }
  return names;
}
