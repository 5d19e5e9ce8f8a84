/**
 * Who the statement's parties are (actor-parties.ts resolves actor phrases to them).
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
import type { Sentence } from './sentence.js';
import { titleParties } from './names.js';
import { entityText, gazCountry, nameWords, orgNames, PARTY_TYPES, titleBefore, tokenIndex } from './party-names.js';
import { findWholeWord, LETTER } from '../../text/whole-word.js';

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
const BE_LIKE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'include', 'includes', 'including']);

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
          const text = entityText(doc, e);
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
      const text = entityText(doc, e);
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
