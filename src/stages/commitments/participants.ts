/**
 * Who the statement's parties are, and which parties an actor phrase names.
 *
 * The participants are learned from the document's opening sentence (who met,
 * who hosted whom, "As leaders of A, B and C"), its title, and the countries
 * the leaders in it represent ("Mexican President X", "X, Prime Minister of
 * Australia", an untitled "the President" = the host country). Group
 * references (`the two leaders`, `we`, `both countries`) resolve to them;
 * `it`/`he` resolve to the previous singular actor.
 */
import type { Document, Entity } from '../../document.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence, Tok } from './sentence.js';
import { titleParties } from './names.js';
import { findWholeWord, LETTER } from '../../text/whole-word.js';
import { lowerBound } from '../../spans.js';

export interface PartyContext {
  participants: string[];
  /** Person (entity id or any word of the name) → country code. */
  personCountry: Map<string, string>;
  /** Title ("president", "prime minister") → country, when one leader holds it. */
  titleCountry: Map<string, string>;
  /** ORG key (id or text) → the shortest form the document uses (GCC, Quad). */
  orgName: Map<string, string>;
  /** Countries the title names: "the two governments" when the opening named more leaders. */
  titleCountries: string[];
  /** The grouping the participants form, named in the title with its members (I2U2). */
  grouping?: string;
}

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'inside', 'outside', 'via']);
const ORG_MEMBERSHIP = new Set(['member', 'members', 'states', 'countries', 'partners', 'nations', 'governments']);
const PARTY_TYPES = new Set(['GPE', 'ORG', 'PERSON', 'NORP']);
const BE_LIKE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'include', 'includes', 'including']);
const GROUP_SIZE: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

const nameWords = (name: string): string[] =>
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
function titleBefore(toks: Tok[], k: number, lex: Lexicon): string | null {
  const index = titleIndex(lex.leaderTitles);
  const candidates = index ? (k > 0 && k <= toks.length ? index.get(toks[k - 1].w) : undefined) ?? [] : lex.leaderTitles;
  for (const title of candidates) {
    const from = k - title.length;
    if (from >= 0 && k <= toks.length && title.every((w, i) => toks[from + i]?.w === w)) return title.join(' ');
  }
  return null;
}

/** Index of the token holding `offset` (the first ending after it), clamped to the last token. */
function tokenIndex(toks: Tok[], offset: number): number {
  return Math.max(0, Math.min(lowerBound(toks, 'end', offset + 1), toks.length - 1));
}

const ACRONYM = /^[A-Z][A-Z0-9+&.-]{1,7}$/;

/**
 * The name an organization goes by in `parties`: its canonical id, or an acronym
 * the document defines and keeps using (GCC); without an id, an acronym it uses, else its text.
 */
/** A leader's country from the persons gazetteer (by canonical id, then surface). */
function gazCountry(doc: Document, e: Entity, lex: Lexicon): string | undefined {
  return (e.id ? lex.names.personCountry.get(e.id.toLowerCase()) : undefined)
    ?? lex.names.personCountry.get(doc.text.slice(e.start, e.end).replace(/\s+/g, ' ').toLowerCase());
}

export function orgNames(doc: Document): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG') continue;
    const text = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
    const key = e.id ?? text;
    const cur = names.get(key);
    if (ACRONYM.test(text) && (!cur || !ACRONYM.test(cur) || text.length < cur.length)) names.set(key, text);
    else if (!cur) names.set(key, key);
    if (!names.has(text)) names.set(text, names.get(key)!);
  }
  for (const e of doc.entities) {
    if (e.type !== 'ORG') continue;
    const text = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
    names.set(text, names.get(e.id ?? text)!);
  }
  // An organization with a canonical id goes by it ("EU" → European Union), unless the
  // document spells the name out and then uses its acronym again ("Gulf Cooperation Council (GCC)" … "GCC").
  const uses = new Map<string, { acronym: Map<string, number>; spelled: boolean }>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !e.id) continue;
    const text = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
    const u = uses.get(e.id) ?? { acronym: new Map(), spelled: false };
    if (ACRONYM.test(text)) u.acronym.set(text, (u.acronym.get(text) ?? 0) + 1);
    else u.spelled = true;
    uses.set(e.id, u);
  }
  // The spelled-out name may come without an id ("Gulf Cooperation Council (GCC)").
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || e.id) continue;
    const u = uses.get(doc.text.slice(e.start, e.end).replace(/\s+/g, ' '));
    if (u) u.spelled = true;
  }
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !e.id) continue;
    const u = uses.get(e.id)!;
    const short = [...u.acronym].find(([, count]) => count >= 2)?.[0];
    const name = u.spelled && short ? short : e.id;
    names.set(doc.text.slice(e.start, e.end).replace(/\s+/g, ' '), name);
    names.set(e.id, name);
  }
  return names;
}

export function learnParticipants(doc: Document, opening: Sentence | null, lex: Lexicon): PartyContext {
  const ctx: PartyContext = { participants: [], personCountry: new Map(), titleCountry: new Map(), orgName: orgNames(doc), titleCountries: [] };
  const found = new Set<string>();
  let strong = false;
  let listed = false;
  const titleHolders = new Map<string, Set<string>>();
  const noteTitle = (title: string | null, country: string): void => {
    if (!title) return;
    const set = titleHolders.get(title) ?? new Set<string>();
    set.add(country);
    titleHolders.set(title, set);
  };
  const notePerson = (e: Entity, country: string): void => {
    const text = doc.text.slice(e.start, e.end);
    if (e.id) ctx.personCountry.set(e.id.toLowerCase(), country);
    for (const w of nameWords(text)) ctx.personCountry.set(w, country);
    if (e.id) for (const w of nameWords(e.id)) ctx.personCountry.set(w, country);
  };

  const beneficiaries = new Set<string>();
  if (opening) {
    const { toks } = opening;
    // Skip a host formula ("At the invitation of …,") up to the last comma before the first verb.
    let skipUntil = -1;
    for (const f of lex.hostFormulae) {
      const at = toks.findIndex((_, i) => f.every((w, j) => toks[i + j]?.w === w));
      if (at < 0) continue;
      let verb = toks.findIndex((t, i) => i > at + f.length && t.pos === 'VERB');
      if (verb < 0) verb = toks.length;
      for (let i = at; i < verb; i++) if (toks[i].w === ',') skipUntil = toks[i].end;
    }
    const ents = opening.entities.filter((e) => e.start >= skipUntil && PARTY_TYPES.has(e.type));
    const unresolved: Array<{ e: Entity; title: string | null }> = [];
    const gpes: string[] = [];
    let locativeChain = false;
    for (const e of ents) {
      const k = tokenIndex(toks, e.start);
      const before = toks[k - 1]?.w ?? '';
      if (e.type === 'GPE' && e.id) {
        // "… by Iran's escalating nuclear program": a possessive country is the topic,
        // unless a leader follows ("Japan's Prime Minister").
        const at = tokenIndex(toks, e.end - 1);
        if (["'s", "'"].includes(toks[at + 1]?.w) && ![at + 3, at + 4].some((t) => titleBefore(toks, t, lex))) continue;
        // "We are committed to providing Ukraine with …": the beneficiary of the participants' act.
        if (toks[k - 1]?.pos === 'VERB' && !BE_LIKE.has(before) && !ents.some((x) => x.type === 'PERSON' && x.start > e.end && x.start <= e.end + 40)) {
          beneficiaries.add(e.id);
          continue;
        }
        const afterGpe: boolean = locativeChain && before === ',';
        locativeChain = LOCATIVE.has(before) || afterGpe;
        if (!locativeChain) gpes.push(e.id);
        continue;
      }
      locativeChain = false;
      if (e.type === 'PERSON') {
        const title = titleBefore(toks, k, lex);
        const last = tokenIndex(toks, e.end - 1);
        // "Mexican President X" / "Japan's Prime Minister X"
        const tk = title ? k - title.split(' ').length : k;
        const pk = toks[tk - 1] && ["'s", "'"].includes(toks[tk - 1].w) ? tk - 2 : tk - 1;
        const pre = pk < 0 ? undefined : ents.find((x) => (x.type === 'NORP' || x.type === 'GPE') && x.id && x.start <= toks[pk].start && x.end >= toks[pk].end);
        // "X of the United States" / "X, Prime Minister of Australia"
        let post: Entity | undefined;
        let postTitle: string | null = null;
        for (let j = last + 1; j < Math.min(toks.length, last + 7); j++) {
          if (toks[j].w === 'of') {
            post = ents.find((x) => x.type === 'GPE' && x.id && x.start >= toks[j].end && x.start <= (toks[j + 2]?.start ?? x.start));
            postTitle = titleBefore(toks, j, lex);
            break;
          }
          if (toks[j].pos === 'VERB' || toks[j].w === 'and') break;
        }
        const country = gazCountry(doc, e, lex) ?? (pre ?? post)?.id ?? null;
        if (country) {
          found.add(country);
          notePerson(e, country);
          noteTitle(title ?? postTitle, country);
        } else unresolved.push({ e, title });
      } else if (e.type === 'ORG') {
        const k2 = tokenIndex(toks, e.end - 1);
        const next = toks.slice(k2 + 1, k2 + 5).map((t) => t.w);
        const member = next.some((w) => ORG_MEMBERSHIP.has(w)) && !next.slice(0, next.findIndex((w) => ORG_MEMBERSHIP.has(w))).includes(',');
        const leadersOf = toks[k - 1]?.w === 'of' || (toks[k - 1]?.w === 'the' && toks[k - 2]?.w === 'of');
        if (member && leadersOf) {
          const text = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
          found.add(ctx.orgName.get(e.id ?? text) ?? text);
        }
      }
    }
    // "the President" without a name or country: the host.
    for (let k = 0; k < toks.length; k++) {
      const title = titleBefore(toks, k + 1, lex);
      if (!title || toks[k - title.split(' ').length]?.w !== 'the') continue;
      const nextIsName = opening.entities.some((e) => e.type === 'PERSON' && e.start >= toks[k].end && e.start <= toks[k].end + 1);
      if (!nextIsName && !titleHolders.has(title) && !found.has(lex.hostCountry)) {
        found.add(lex.hostCountry);
        noteTitle(title, lex.hostCountry);
      }
    }
    // Unresolved leaders: the first untitled president is the host; others the
    // document's most mentioned remaining countries.
    const freq = new Map<string, number>();
    for (const e of doc.entities) if ((e.type === 'GPE' || e.type === 'NORP') && e.id) freq.set(e.id, (freq.get(e.id) ?? 0) + 1);
    const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    for (const { e, title } of unresolved) {
      let country: string | undefined;
      if (title === 'president' && !found.has(lex.hostCountry)) country = lex.hostCountry;
      else country = ranked.find((c) => !found.has(c));
      if (!country) continue;
      found.add(country);
      notePerson(e, country);
      noteTitle(title, country);
    }
    // Leaders named with their countries are strong evidence; otherwise the countries named.
    if (found.size >= 2) strong = true;
    else for (const g of gpes) found.add(g);
    if (!strong && new Set(gpes).size >= 2) listed = true;
  }
  // The title ("Joint Statement by President X and Prime Minister Y", "U.S.-Japan Joint
  // Statement") is the most reliable list when it names two parties or more, unless the
  // opening names the same leaders and more ("President A, President B, and Prime Minister C").
  // A grouping's name in the title ("… of AUKUS") yields to the member countries the opening lists.
  if (doc.meta.title) {
    const countries = titleParties(doc.meta.title, lex.names);
    ctx.titleCountries = countries;
    const orgs: string[] = [];
    const title = doc.meta.title;
    for (const e of doc.entities) {
      if (e.type !== 'ORG') continue;
      const text = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
      if (text.length <= 1 || !title.includes(text)) continue;
      if (findWholeWord(title, text, LETTER) >= 0) orgs.push(ctx.orgName.get(e.id ?? text) ?? text);
    }
    // "Leaders of India, Israel, the UAE and the United States (I2U2)": the countries are the
    // parties; the grouping is what "this grouping" and "the I2U2 leaders" refer to.
    if (countries.length >= 2 && orgs.length > 0) ctx.grouping = orgs.splice(0)[0];
    const titled = new Set([...countries, ...orgs]);
    const overlap = [...found].some((p) => titled.has(p));
    const superset = (strong || listed) && countries.length >= 1 && countries.every((c) => found.has(c)) && found.size > titled.size;
    // A grouping, or a single country (the topic: "Joint Statement on Israel"), yields to the members named.
    const membersNamed = (countries.length === 0 || titled.size === 1) && (strong || listed) && found.size >= 2;
    if (!superset && !membersNamed && (titled.size >= 2 || (titled.size > 0 && !overlap))) {
      found.clear();
      titled.forEach((p) => found.add(p));
    }
  }
  // A country the opening says the participants help is not one of "we" (the title may still name its leader).
  if (found.size - beneficiaries.size >= 2) beneficiaries.forEach((b) => found.delete(b));
  for (const [title, set] of titleHolders) if (set.size === 1) ctx.titleCountry.set(title, [...set][0]);
  // In a host-issued statement an unlearned "President X" is the host's president.
  if (!titleHolders.has('president')) ctx.titleCountry.set('president', lex.hostCountry);
  ctx.participants = [...found].sort();
  return ctx;
}

export interface ActorParties {
  parties: string[];
  /** One named party (a country, an organization, a leader): what `it`/`he` may refer to. */
  singular: boolean;
}

/** Parties named by an actor phrase (token range of a sentence). */
export function partiesOf(
  s: Sentence, from: number, to: number, ctx: PartyContext, lex: Lexicon, prevSingular: string[] | null, doc: Document,
): ActorParties {
  const { toks } = s;
  const start = toks[from].start;
  const end = toks[to].end;
  const parties = new Set<string>();
  let covered = new Set<number>();
  // "other supporters of Ukraine": with an outside group, a country after "of/for" is its beneficiary.
  const outsideGroup = toks.slice(from, to + 1).some((t) => lex.outsiders.has(t.w));
  for (const e of s.entities) {
    if (e.end <= start || e.start >= end || !PARTY_TYPES.has(e.type)) continue;
    const k = tokenIndex(toks, e.start);
    const before = toks[k - 1]?.w === 'the' ? toks[k - 2] : toks[k - 1];
    if (outsideGroup && k > from && before && ['of', 'for', 'to'].includes(before.w)) continue;
    const last = tokenIndex(toks, e.end - 1);
    for (let i = k; i <= last; i++) covered.add(i);
    const text = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
    if ((e.type === 'GPE' || e.type === 'NORP') && e.id) parties.add(e.id);
    else if (e.type === 'ORG') parties.add(ctx.orgName.get(e.id ?? text) ?? e.id ?? text);
    else if (e.type === 'PERSON') {
      const c = gazCountry(doc, e, lex)
        ?? (e.id && ctx.personCountry.get(e.id.toLowerCase()))
        ?? nameWords(text).map((w) => ctx.personCountry.get(w)).find(Boolean)
        ?? ctx.titleCountry.get(titleBefore(toks, k, lex) ?? '');
      if (c) parties.add(c);
    }
  }
  let group = false;
  let pronoun = false;
  let outside = false;
  for (let i = from; i <= to; i++) {
    if (covered.has(i)) continue;
    const w = toks[i].w;
    const title = titleBefore(toks, i + 1, lex);
    const nextIsPerson = s.entities.some((e) => e.type === 'PERSON' && e.start >= toks[i].end && e.start <= toks[i].end + 1);
    if (title && !nextIsPerson && !(toks[i + 1] && lex.leaderTitles.some((t) => t[0] === toks[i + 1].w && t.length > title.split(' ').length))) {
      const c = ctx.titleCountry.get(title);
      if (c) parties.add(c);
      else if (w.endsWith('s')) group = true;
    }
    if (w === 'it' || w === 'its' || w === 'he' || w === 'she' || w === 'his' || w === 'her') pronoun = true;
    else if (lex.groupRefs.has(w)) group = true;
    if (lex.outsiders.has(w)) outside = true;
  }
  // "many other supporters of Ukraine", "which partners": a group beyond the participants.
  if (outside) group = false;
  covered = new Set();
  // "This unique grouping of countries", "the group": the grouping the participants form.
  if (parties.size === 0 && ctx.grouping && toks.slice(from, to + 1).some((t) => lex.groupingNouns.has(t.w))) {
    return { parties: [ctx.grouping], singular: true };
  }
  // "the I2U2 leaders": the grouping's members.
  if (ctx.grouping && parties.size === 1 && parties.has(ctx.grouping) && group) return { parties: [...ctx.participants], singular: false };
  if (pronoun && prevSingular) prevSingular.forEach((p) => parties.add(p));
  // "the two governments" in a statement whose opening named a third leader: the two the title names.
  const count = toks.slice(from, to + 1).map((t) => GROUP_SIZE[t.w]).find(Boolean);
  const members = count && ctx.participants.length !== count && ctx.titleCountries.length === count ? ctx.titleCountries : ctx.participants;
  if (parties.size === 0 && group) members.forEach((p) => parties.add(p));
  const list = [...parties].sort();
  return { parties: list, singular: list.length === 1 && !group };
}
