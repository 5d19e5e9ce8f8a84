/**
 * Who the statement's participants are (actor-parties.ts resolves actor phrases to them),
 * read from the text in order of evidence: the front matter title, the opening sentence
 * (participants/opening.ts), the issuing office or dateline (participants/issuer.ts) and a
 * closing signature block (participants/signatures.ts). There is no default country: a
 * statement that names no participant has none. Group references (`the two leaders`,
 * `we`, `both countries`) resolve to the participants; `it`/`he` to the previous actor.
 */
import type { Document } from '../../document.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './sentence.js';
import { heldIn } from './names.js';
import { titleOrganizations, titleParties, titleTopics } from './title-names.js';
import { entityText, orgNames, orgParty, PARTY_TYPES } from './party-names.js';
import { findWholeWord, LETTER } from '../../text/whole-word.js';
import { emptyFacts, type OpeningFacts, readOpening } from './participants/opening.js';
import { documentYear, issuingCountry } from './participants/issuer.js';
import { signatureParties } from './participants/signatures.js';

export interface PartyContext {
  participants: string[];
  /** Person (entity id or any word of the name) → country code. */
  personCountry: Map<string, string>;
  /** Title ("president", "prime minister") → country, when one leader holds it. */
  titleCountry: Map<string, string>;
  /** ORG key (id or text) → the name it goes by in parties (its canonical name). */
  orgName: Map<string, string>;
  /** Countries the title names: "the two governments" when the opening named more leaders. */
  titleCountries: string[];
  /** The grouping the participants form, named in the title or opening with its members (I2U2, CRI). */
  grouping?: string;
}

const APPOSITION_MARKS = new Set([',', '—', '–', '-', '(']);

/**
 * "We, the governments of …", "we — President A of X, …": the statement's own list of its
 * signatories. A grouping alone ("We, the Leaders of the G7") names no members: a list of
 * them elsewhere in the opening says who "we" are.
 */
function selfListing(s: Sentence): boolean {
  const t = s.toks;
  for (let i = 0; i + 2 < t.length && i < 30; i++) {
    if (t[i].w !== 'we' || !APPOSITION_MARKS.has(t[i + 1].w)) continue;
    const orgs = new Set<string>();
    for (let j = i + 2; j < Math.min(t.length, i + 8); j++) {
      const e = s.tokEntity[j];
      if (!e || !PARTY_TYPES.has(e.type)) continue;
      if (e.type !== 'ORG') return true;
      orgs.add(e.id ?? String(e.start));
    }
    if (orgs.size >= 2) return true;
  }
  return false;
}

/**
 * The opening's facts: a self-listing among the opening five sentences; else the first of
 * the opening three that names a participant ("The following communiqué was issued in
 * Canberra." yields to "The Prime Minister of Australia and … met"); else the first of
 * them with a party entity.
 */
function readBestOpening(
  doc: Document,
  all: Sentence[],
  lex: Lexicon,
  orgName: Map<string, string>,
  issuer: string | null,
  year: number | null,
): OpeningFacts {
  const read = (s: Sentence): OpeningFacts => readOpening(doc, s, lex, orgName, issuer, year);
  const listing = all.slice(0, 5).find(selfListing);
  if (listing) return read(listing);
  let first: OpeningFacts | null = null;
  const head = all.slice(0, 3);
  for (const [i, s] of head.entries()) {
    if (!s.entities.some((e) => PARTY_TYPES.has(e.type))) continue;
    const facts = read(s);
    // A later sentence speaks for the participants only when the earlier ones named none.
    if (facts.found.size >= 2 || (facts.found.size === 1 && !first?.found.size))
      return withEnumeration(facts, head[i + 1], read);
    first ??= facts;
  }
  return first ?? (all[0] ? read(all[0]) : emptyFacts());
}

/** Is the name at `at` one item of a list ("A, B and C") rather than a name standing apart ("… (I2U2)", "… of the Quad")? */
function listedInTitle(title: string, at: number, length: number): boolean {
  const before = title.slice(0, at);
  const after = title.slice(at + length).replace(/^\s*\([^)]*\)/, '');
  return /(?:,|\band)\s+(?:the\s+)?$/i.test(before) || /^\s*(?:,|and\b)/i.test(after);
}

/** "Those countries are A, B, C": a sentence that enumerates the members the one before it counted. */
const ENUMERATION =
  /^(?:those|these) (?:countries|nations|governments|members|partners|states|signatories) (?:are|were|include|includes)\b/;

/** "More than 30 countries and the EU have agreed to join …. Those countries are A, B, …": both sentences name the participants. */
function withEnumeration(
  facts: OpeningFacts,
  next: Sentence | undefined,
  read: (s: Sentence) => OpeningFacts,
): OpeningFacts {
  if (
    !next ||
    facts.strong ||
    !ENUMERATION.test(
      next.toks
        .slice(0, 4)
        .map((t) => t.w)
        .join(' '),
    )
  )
    return facts;
  const listed = read(next);
  if (!listed.listed) return facts;
  listed.found.forEach((p) => facts.found.add(p));
  facts.listed = true;
  return facts;
}

export function learnParticipants(doc: Document, all: Sentence[], lex: Lexicon): PartyContext {
  const ctx: PartyContext = {
    participants: [],
    personCountry: new Map(),
    titleCountry: new Map(),
    orgName: orgNames(doc),
    titleCountries: [],
  };
  const issuer = issuingCountry(doc, lex);
  const year = documentYear(doc);
  const facts = readBestOpening(doc, all, lex, ctx.orgName, issuer, year);
  const { found, strong, listed, beneficiaries, titleHolders } = facts;
  ctx.personCountry = facts.personCountry;
  ctx.grouping = facts.grouping;
  // The title ("Joint Statement by President X and Prime Minister Y", "U.S.-Japan Joint
  // Statement") is the most reliable list when it names two parties or more, unless the
  // opening names the same leaders and more ("President A, President B, and Prime Minister C").
  // A grouping's name in the title ("… of AUKUS") yields to the member countries the opening lists.
  if (doc.meta.title) {
    const countries = titleParties(doc.meta.title, lex.names);
    ctx.titleCountries = countries;
    const orgs: string[] = [];
    /** Organizations the title lists with the countries ("Leaders of the Caribbean Community (CARICOM) and the Dominican Republic"). */
    const listedOrgs = new Set<string>();
    const title = doc.meta.title;
    // "U.S.-EU Joint Statement": organizations by gazetteer name; an office speaking for a country is that country.
    const members: string[] = [];
    // The document's own reading of a name comes first (its "CPC" is not the gazetteer's).
    const docOrgs = new Set(doc.entities.filter((e) => e.type === 'ORG').map((e) => entityText(doc, e)));
    for (const { id, text, at, joined } of titleOrganizations(title, lex.names)) {
      if (docOrgs.has(text)) continue;
      const country = lex.names.orgCountry.get(id);
      if (country) {
        if (!countries.includes(country)) countries.push(country);
      } else (joined ? members : orgs).push(id);
      if (!joined && listedInTitle(title.replace(/\s+/g, ' '), at, text.length)) listedOrgs.add(id);
    }
    for (const e of doc.entities) {
      if (e.type !== 'ORG') continue;
      const text = entityText(doc, e);
      if (text.length <= 1 || !title.includes(text)) continue;
      const at = findWholeWord(title, text, LETTER);
      if (at < 0) continue;
      const party = orgParty(doc, e, ctx.orgName, lex);
      orgs.push(party);
      if (listedInTitle(title, at, text.length)) listedOrgs.add(party);
    }
    // "Leaders of India, Israel, the UAE and the United States (I2U2)": the countries are the
    // parties; the grouping is what "this grouping" and "the I2U2 leaders" refer to.
    const distinct = [...new Set(orgs)];
    orgs.splice(0, orgs.length, ...distinct);
    const groupings = orgs.filter((o) => !listedOrgs.has(o));
    if (countries.length >= 2 && groupings.length > 0) {
      orgs.splice(0, orgs.length, ...orgs.filter((o) => listedOrgs.has(o)));
      ctx.grouping ??= groupings[0];
    }
    const titled = new Set([...countries, ...members, ...orgs]);
    const overlap = [...found].some((p) => titled.has(p));
    const superset =
      (strong || listed) && countries.length >= 1 && countries.every((c) => found.has(c)) && found.size > titled.size;
    // A grouping, or a single country (the topic: "Joint Statement on Israel"), yields to the members named.
    const membersNamed = (countries.length === 0 || titled.size === 1) && (strong || listed) && found.size >= 2;
    // The title's subject matter ("… Reconstruction of Ukraine") is whom the members named act for.
    if (membersNamed) titleTopics(title, lex.names).forEach((c) => beneficiaries.add(c));
    if (!superset && !membersNamed && (titled.size >= 2 || (titled.size > 0 && !overlap))) {
      found.clear();
      titled.forEach((p) => found.add(p));
    }
  }
  // No title and too few names in the opening: the signatories closing the document.
  if (!doc.meta.title && found.size < 2) {
    const signed = signatureParties(doc, lex);
    if (signed.length >= 2) signed.forEach((c) => found.add(c));
  }
  // A country the opening says the participants help is not one of "we" (the title may still name its leader).
  if (found.size - beneficiaries.size >= 2) beneficiaries.forEach((b) => found.delete(b));
  for (const [title, set] of titleHolders) if (set.size === 1) ctx.titleCountry.set(title, [...set][0]);
  // "The President and the Prime Minister" when the text never says whose: the one participant
  // whose gazetteer leaders held that office in the document's year.
  if (year !== null) {
    const holders = new Map<string, Set<string>>();
    for (const p of found) {
      for (const o of lex.names.countryOffices.get(p) ?? []) {
        if (heldIn(o, year)) holders.set(o.office, (holders.get(o.office) ?? new Set()).add(p));
      }
    }
    for (const [title, set] of holders)
      if (set.size === 1 && !titleHolders.has(title)) ctx.titleCountry.set(title, [...set][0]);
  }
  // In a statement its issuer names ("The White House, Washington"), an unlearned "President X" is the issuer's.
  if (issuer && !titleHolders.has('president')) ctx.titleCountry.set('president', issuer);
  ctx.participants = [...found].sort();
  return ctx;
}
