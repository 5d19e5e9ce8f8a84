/**
 * The marks an opening sentence's wording leaves on its names: a list that joins an
 * organization to other names, a leader the participants address, where a self-listing's
 * main verb starts what the members speak about.
 */
import type { Document, Entity } from '../../../document.js';
import type { Lexicon } from '../lexicon.js';
import type { Sentence } from '../sentence.js';
import { entityText, orgParty } from '../party-names.js';

export const BE_LIKE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'include', 'includes', 'including']);
const MEET = new Set(['met', 'meet', 'meets', 'meeting', 'hosted', 'welcomed', 'received', 'joined']);
const LIST_MARKS = new Set([',', 'and', '—', '–', '-', ':', '(']);

/** The word before token k, skipping a determiner. */
const wordBefore = (toks: Sentence['toks'], k: number): string =>
  (toks[k - 1]?.w === 'the' ? toks[k - 2]?.w : toks[k - 1]?.w) ?? '';

/**
 * "We, the leaders of A, B and C, condemn Putin's war on Ukraine": after a self-listing, the
 * names past its main verb are what the members speak about. Offset of that verb, or Infinity.
 */
export function selfListingVerb(toks: Sentence['toks']): number {
  if (toks[0]?.w !== 'we' || ![',', '—', '–'].includes(toks[1]?.w ?? '')) return Infinity;
  const verb = toks.findIndex(
    (t, i) =>
      i > 2 &&
      t.pos === 'VERB' &&
      !MEET.has(t.w) &&
      !BE_LIKE.has(t.w) &&
      toks[i - 1].w !== ',' &&
      !/(?:ing|ed)$/.test(t.w),
  );
  return verb < 0 ? Infinity : toks[verb].start;
}

/** "urged the President of …": the determiner at `the` follows a verb other than be/meet. */
export function addressed(toks: Sentence['toks'], the: number): boolean {
  const verb = toks[the - 1];
  return toks[the]?.w === 'the' && verb?.pos === 'VERB' && !BE_LIKE.has(verb.w) && !MEET.has(verb.w);
}

/** "More than 30 countries and the European Union": an organization joined to a counted group of members. */
export function afterCount(toks: Sentence['toks'], k: number): boolean {
  const and = toks[k - 1]?.w === 'the' ? k - 2 : k - 1;
  if (toks[and]?.w !== 'and') return false;
  return [and - 2, and - 3].some((j) => toks[j] && (toks[j].pos === 'NUM' || /^\d+$/.test(toks[j].w)));
}

/** An organization listed among other names: a list mark joins it to a neighbouring name. */
export function isListed(toks: Sentence['toks'], k: number, k2: number, ents: Entity[], idx: number): boolean {
  const prevMark = wordBefore(toks, k);
  const nextMark = toks[k2 + 1]?.w ?? '';
  const prev = ents[idx - 1];
  const next = ents[idx + 1];
  const near = (a: Entity | undefined, b: Entity | undefined): boolean => !!a && !!b && b.start - a.end <= 12;
  const joinsPrev = LIST_MARKS.has(prevMark) && prevMark !== '(' && near(prev, ents[idx]) && prev!.type !== 'PERSON';
  const joinsNext = (nextMark === 'and' || nextMark === ',') && near(ents[idx], next) && next!.type !== 'PERSON';
  return joinsPrev || joinsNext;
}

const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Title words between an office and its holder's name ("… Secretariat Secretary General X"). */
const MAX_TITLE_WORDS = 4;

/**
 * "Japanese National Security Secretariat Secretary General X": the country of the office
 * named right before a person's title — the office's own (organizations gazetteer) or the
 * demonym that opens its name. Null when no office precedes.
 */
export function officeCountry(
  doc: Document,
  toks: Sentence['toks'],
  k: number,
  ents: Entity[],
  lex: Lexicon,
  orgName: Map<string, string>,
): string | null {
  for (let j = k - 1; j >= Math.max(0, k - 1 - MAX_TITLE_WORDS); j--) {
    const org = ents.find((x) => x.type === 'ORG' && x.start <= toks[j].start && x.end >= toks[j].end);
    if (org) {
      const party = orgParty(doc, org, orgName, lex);
      if (COUNTRY_CODE.test(party)) return party;
      return lex.names.countryNames.get(entityText(doc, org).split(' ')[0]) ?? null;
    }
    if (!/^\p{Lu}/u.test(doc.text.slice(toks[j].start, toks[j].end))) return null;
  }
  return null;
}
