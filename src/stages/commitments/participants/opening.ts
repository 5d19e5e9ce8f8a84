/**
 * The participants an opening sentence names: leaders with their countries
 * ("Mexican President X", "X, Prime Minister of Australia"), the countries and
 * organizations it lists ("As leaders of A, B and C", "Canada and the Pacific
 * Islands Forum issued…", "The 68 members of the CRI — A, B, the Council of
 * Europe…"), and the grouping they form. Untitled leaders ("the President")
 * resolve to the issuing country only when the document names one.
 */
import type { Document, Entity } from '../../../document.js';
import type { Lexicon } from '../lexicon.js';
import type { Sentence } from '../sentence.js';
import { heldIn } from '../names.js';
import { entityText, gazCountry, nameWords, orgParty, PARTY_TYPES, titleBefore, tokenIndex } from '../party-names.js';
import { addressed, afterCount, BE_LIKE, isListed, officeCountry, selfListingVerb } from './opening-marks.js';

export interface OpeningFacts {
  /** Participants read from leaders (strong) or from the names listed. */
  found: Set<string>;
  /** Two or more leaders named with their countries. */
  strong: boolean;
  /** Two or more countries named (no leaders). */
  listed: boolean;
  /** Countries the participants act for ("providing Ukraine with …"). */
  beneficiaries: Set<string>;
  /** Leader title → the countries whose holder the opening names. */
  titleHolders: Map<string, Set<string>>;
  /** Person (entity id or any word of the name) → country. */
  personCountry: Map<string, string>;
  /** The organization the participants are members of ("The 68 members of the CRI"). */
  grouping?: string;
}

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'inside', 'outside', 'via']);
const ORG_MEMBERSHIP = new Set(['member', 'members', 'states', 'countries', 'partners', 'nations', 'governments']);

export function emptyFacts(): OpeningFacts {
  return {
    found: new Set(),
    strong: false,
    listed: false,
    beneficiaries: new Set(),
    titleHolders: new Map(),
    personCountry: new Map(),
  };
}

/** Start offset after a host formula ("At the invitation of …,"): its entities are no participants. */
function hostSkip(toks: Sentence['toks'], lex: Lexicon): number {
  let skipUntil = -1;
  for (const f of lex.hostFormulae) {
    const at = toks.findIndex((_, i) => f.every((w, j) => toks[i + j]?.w === w));
    if (at < 0) continue;
    let verb = toks.findIndex((t, i) => i > at + f.length && t.pos === 'VERB');
    if (verb < 0) verb = toks.length;
    for (let i = at; i < verb; i++) if (toks[i].w === ',') skipUntil = toks[i].end;
  }
  return skipUntil;
}

/**
 * Reads one opening sentence. `issuer` is the country the document says issued it
 * (dateline, "The White House today made public …"), or null: then an untitled
 * "the President" stays unresolved rather than defaulting to any country. `year` (the
 * document's) decides whether a gazetteer leader held the office the text leaves unsaid.
 */
export function readOpening(
  doc: Document,
  opening: Sentence,
  lex: Lexicon,
  orgName: Map<string, string>,
  issuer: string | null,
  year: number | null,
): OpeningFacts {
  const facts = emptyFacts();
  const { found, titleHolders, beneficiaries } = facts;
  const noteTitle = (title: string | null, country: string): void => {
    if (!title) return;
    const set = titleHolders.get(title) ?? new Set<string>();
    set.add(country);
    titleHolders.set(title, set);
  };
  const notePerson = (e: Entity, country: string): void => {
    if (e.id) facts.personCountry.set(e.id.toLowerCase(), country);
    for (const w of nameWords(doc.text.slice(e.start, e.end))) facts.personCountry.set(w, country);
    if (e.id) for (const w of nameWords(e.id)) facts.personCountry.set(w, country);
  };
  const { toks } = opening;
  const skipUntil = hostSkip(toks, lex);
  const objectsFrom = selfListingVerb(toks);
  const ents = opening.entities.filter((e) => e.start >= skipUntil && e.start < objectsFrom && PARTY_TYPES.has(e.type));
  const unresolved: Array<{ e: Entity; title: string | null }> = [];
  const named: string[] = [];
  let locativeChain = false;
  ents.forEach((e, idx) => {
    const k = tokenIndex(toks, e.start);
    const before = toks[k - 1]?.w ?? '';
    if (e.type === 'GPE' && e.id) {
      // "… by Iran's escalating nuclear program": a possessive country is the topic,
      // unless a leader follows ("Japan's Prime Minister").
      const at = tokenIndex(toks, e.end - 1);
      if (["'s", "'"].includes(toks[at + 1]?.w) && ![at + 3, at + 4].some((t) => titleBefore(toks, t, lex))) return;
      // "We are committed to providing Ukraine with …": the beneficiary of the participants' act.
      if (
        toks[k - 1]?.pos === 'VERB' &&
        !BE_LIKE.has(before) &&
        !ents.some((x) => x.type === 'PERSON' && x.start > e.end && x.start <= e.end + 40)
      ) {
        beneficiaries.add(e.id);
        return;
      }
      // "in Jeddah, Saudi Arabia" continues a place; "to Ottawa, Canada and the Forum issued" starts a list.
      // "urged the President of Venezuela to …": the leader the participants address, not one of them.
      const ofAt = toks[k - 1]?.w === 'of' ? k - 1 : toks[k - 1]?.w === 'the' && toks[k - 2]?.w === 'of' ? k - 2 : -1;
      const leader = ofAt > 0 ? titleBefore(toks, ofAt, lex) : null;
      if (leader && addressed(toks, ofAt - leader.split(' ').length - 1)) return;
      const afterGpe = locativeChain && before === ',' && toks[tokenIndex(toks, e.end - 1) + 1]?.w !== 'and';
      locativeChain = LOCATIVE.has(before) || afterGpe;
      if (!locativeChain) named.push(e.id);
      return;
    }
    locativeChain = false;
    if (e.type === 'PERSON') {
      const title = titleBefore(toks, k, lex);
      const last = tokenIndex(toks, e.end - 1);
      // "Mexican President X" / "Japan's Prime Minister X"
      const tk = title ? k - title.split(' ').length : k;
      const pk = toks[tk - 1] && ["'s", "'"].includes(toks[tk - 1].w) ? tk - 2 : tk - 1;
      const pre =
        pk < 0
          ? undefined
          : ents.find(
              (x) =>
                (x.type === 'NORP' || x.type === 'GPE') && x.id && x.start <= toks[pk].start && x.end >= toks[pk].end,
            );
      // "X of the United States" / "X, Prime Minister of Australia"
      let post: Entity | undefined;
      let postTitle: string | null = null;
      for (let j = last + 1; j < Math.min(toks.length, last + 7); j++) {
        if (toks[j].w === 'of') {
          post = ents.find(
            (x) => x.type === 'GPE' && x.id && x.start >= toks[j].end && x.start <= (toks[j + 2]?.start ?? x.start),
          );
          postTitle = titleBefore(toks, j, lex);
          break;
        }
        if (toks[j].pos === 'VERB' || toks[j].w === 'and') break;
      }
      const country = gazCountry(doc, e, lex) ?? (pre ?? post)?.id ?? officeCountry(doc, toks, k, ents, lex, orgName);
      if (country) {
        found.add(country);
        notePerson(e, country);
        const office = lex.names.personOffice.get((e.id ?? entityText(doc, e)).toLowerCase());
        noteTitle(title ?? postTitle ?? (office && heldIn(office, year) ? office.office : null), country);
      } else unresolved.push({ e, title });
    } else if (e.type === 'ORG') {
      const k2 = tokenIndex(toks, e.end - 1);
      const next = toks.slice(k2 + 1, k2 + 5).map((t) => t.w);
      const member =
        next.some((w) => ORG_MEMBERSHIP.has(w)) &&
        !next
          .slice(
            0,
            next.findIndex((w) => ORG_MEMBERSHIP.has(w)),
          )
          .includes(',');
      const leadersOf = before === 'of' || (before === 'the' && toks[k - 2]?.w === 'of');
      const party = orgParty(doc, e, orgName, lex);
      // "the leaders of the GCC member states": the organization takes part as such.
      if (member && leadersOf) found.add(party);
      // "The 68 members of the CRI — …": the members are listed; the organization is their grouping.
      else if (leadersOf && ORG_MEMBERSHIP.has(toks[(before === 'of' ? k - 1 : k - 2) - 1]?.w ?? ''))
        facts.grouping ??= party;
      // "Canada and the Pacific Islands Forum", "…, the Council of Europe, Croatia": listed with the other names.
      else if (party !== facts.grouping && (isListed(toks, k, k2, ents, idx) || afterCount(toks, k))) named.push(party);
    }
  });
  // "the President" without a name or country: the issuer's leader, when the document names an issuer.
  for (let k = 0; k < toks.length; k++) {
    const title = titleBefore(toks, k + 1, lex);
    if (!title || toks[k - title.split(' ').length]?.w !== 'the') continue;
    // "the Prime Minister of Japan": a leader named by title and country (not one the participants address: "urged the President of X").
    if (toks[k + 1]?.w === 'of') {
      if (addressed(toks, k - title.split(' ').length)) continue;
      const gpe = ents.find(
        (x) => x.type === 'GPE' && x.id && x.start >= toks[k + 1].end && x.start <= (toks[k + 3]?.start ?? x.start),
      );
      if (gpe) {
        found.add(gpe.id!);
        noteTitle(title, gpe.id!);
      }
      continue;
    }
    const nextIsName = opening.entities.some(
      (e) => e.type === 'PERSON' && e.start >= toks[k].end && e.start <= toks[k].end + 1,
    );
    if (!nextIsName && !titleHolders.has(title) && issuer && !found.has(issuer)) {
      found.add(issuer);
      noteTitle(title, issuer);
    }
  }
  // A leader named without a country: the issuer's, when the document names an issuer and
  // its leader is not named yet. Never a country the text merely mentions.
  for (const { e, title } of unresolved) {
    if (!issuer || found.has(issuer) || titleHolders.has(title ?? '')) continue;
    found.add(issuer);
    notePerson(e, issuer);
    noteTitle(title, issuer);
  }
  // Leaders named with their countries are strong evidence; otherwise the names listed.
  if (found.size >= 2) facts.strong = true;
  else for (const g of named) found.add(g);
  if (!facts.strong && new Set(named).size >= 2) facts.listed = true;
  return facts;
}
