/** Which parties an actor phrase names (`the two leaders`, `Japan`, `it`). */
import type { Document } from '../../document.js';
import type { Lexicon } from './lexicon.js';
import type { PartyContext } from './participants.js';
import { entitiesWithin, type Sentence } from './sentence.js';
import { nearestLeader } from './participants/reference.js';
import { bodyReferent } from './participants/anaphora.js';
import { entityText, gazCountry, nameWords, orgParty, PARTY_TYPES, titleBefore, tokenIndex } from './party-names.js';

const PRONOUNS = new Set(['it', 'its', 'he', 'she', 'his', 'her']);
const POSSESSIVES = new Set(['its', 'his', 'her']);
/** Words marking the established part of a membership ("previously participating members", "existing members"). */
const EXISTING = new Set(['participating', 'existing', 'original', 'founding', 'previous', 'current']);
const GROUP_SIZE: Record<string, number> = {
  two: 2,
  both: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export interface ActorParties {
  parties: string[];
  /** One named party (a country, an organization, a leader): what `it`/`he` may refer to. */
  singular: boolean;
}

/** Parties named by an actor phrase (token range of a sentence). */
export function partiesOf(
  s: Sentence,
  from: number,
  to: number,
  ctx: PartyContext,
  lex: Lexicon,
  prevSingular: string[] | null,
  doc: Document,
): ActorParties {
  const { toks } = s;
  const start = toks[from].start;
  const end = toks[to].end;
  const parties = new Set<string>();
  let covered = new Set<number>();
  // "other supporters of Ukraine": with an outside group, a country after "of/for" is its beneficiary.
  const outsideGroup = toks.slice(from, to + 1).some((t) => lex.outsiders.has(t.w));
  // Only the entities inside the phrase (a binary search: many actors in one long sentence stay linear).
  for (const e of entitiesWithin(s, start, end)) {
    if (!PARTY_TYPES.has(e.type)) continue;
    const k = tokenIndex(toks, e.start);
    const before = toks[k - 1]?.w === 'the' ? toks[k - 2] : toks[k - 1];
    if (outsideGroup && k > from && before && ['of', 'for', 'to'].includes(before.w)) continue;
    const last = tokenIndex(toks, e.end - 1);
    for (let i = k; i <= last; i++) covered.add(i);
    const text = entityText(doc, e);
    if ((e.type === 'GPE' || e.type === 'NORP') && e.id) parties.add(e.id);
    else if (e.type === 'ORG') parties.add(orgParty(doc, e, ctx.orgName, lex));
    else if (e.type === 'PERSON') {
      const c =
        gazCountry(doc, e, lex) ??
        (e.id && ctx.personCountry.get(e.id.toLowerCase())) ??
        nameWords(text)
          .map((w) => ctx.personCountry.get(w))
          .find(Boolean) ??
        ctx.titleCountry.get(titleBefore(toks, k, lex) ?? '');
      if (c) parties.add(c);
    }
  }
  let group = false;
  let pronoun = false;
  let personal = false;
  let possessiveOnly = true;
  let regional = false;
  let outside = false;
  for (let i = from; i <= to; i++) {
    if (covered.has(i)) continue;
    const w = toks[i].w;
    const title = titleBefore(toks, i + 1, lex);
    const next = s.tokEntity[i + 1];
    const nextIsPerson = next?.type === 'PERSON' && next.start >= toks[i].end && next.start <= toks[i].end + 1;
    if (
      title &&
      !nextIsPerson &&
      !(toks[i + 1] && lex.leaderTitles.some((t) => t[0] === toks[i + 1].w && t.length > title.split(' ').length))
    ) {
      const c = ctx.titleCountry.get(title);
      if (c) parties.add(c);
      else if (w.endsWith('s')) group = true;
    }
    if (PRONOUNS.has(w)) {
      pronoun = true;
      personal ||= w === 'he' || w === 'she';
      possessiveOnly &&= POSSESSIVES.has(w);
    } else if (lex.groupRefs.has(w)) {
      group = true;
      // "The United States and Caribbean countries": a region's countries are the other participants.
      const mod = s.tokEntity[i - 1];
      regional ||= !!mod && !mod.id && (mod.type === 'NORP' || mod.type === 'LOC');
    }
    if (lex.outsiders.has(w)) outside = true;
  }
  // "many other supporters of Ukraine", "which partners": a group beyond the participants.
  if (outside) group = false;
  covered = new Set();
  // "This new secretariat": the body named before with that head noun.
  const body = parties.size === 0 ? bodyReferent(s, from, to, ctx, lex, doc) : null;
  if (body) return { parties: [body], singular: true };
  // "This unique grouping of countries", "the group": the grouping the participants form.
  if (parties.size === 0 && ctx.grouping && toks.slice(from, to + 1).some((t) => lex.groupingNouns.has(t.w))) {
    return { parties: [ctx.grouping], singular: true };
  }
  // "the I2U2 leaders": the grouping's members.
  if (ctx.grouping && parties.size === 1 && parties.has(ctx.grouping) && group)
    return { parties: [...ctx.participants], singular: false };
  // "he" after a leader in its own sentence ("The Prime Minister of Australia said that he …"), else the previous actor.
  const near = personal && parties.size === 0 ? nearestLeader(s, from, ctx, lex, doc) : null;
  if (near) parties.add(near);
  // "Secretary Rubio and his team": a possessive after a named party is that party's.
  else if (pronoun && prevSingular && !(possessiveOnly && parties.size > 0))
    prevSingular.forEach((p) => parties.add(p));
  // "the two governments" in a statement whose opening named a third leader: the two the title names.
  const count = toks
    .slice(from, to + 1)
    .map((t) => GROUP_SIZE[t.w])
    .find(Boolean);
  let members =
    count && ctx.participants.length !== count && ctx.titleCountries.length === count
      ? ctx.titleCountries
      : ctx.participants;
  // "Previously participating members welcomed A, B … as new members": those welcomed are not the welcomers.
  if (group && (EXISTING.has(toks[from - 1]?.w ?? '') || toks.slice(from, to + 1).some((t) => EXISTING.has(t.w)))) {
    const later = new Set(
      s.entities
        .filter((e) => e.start >= end)
        .map((e) => (e.type === 'ORG' ? orgParty(doc, e, ctx.orgName, lex) : e.id)),
    );
    members = members.filter((p) => !later.has(p));
  }
  if ((parties.size === 0 || regional) && group) members.forEach((p) => parties.add(p));
  // "The European Commission will …" in a statement of the European Union: the organ acts for its participant.
  for (const p of [...parties]) {
    const parent = lex.names.orgParent.get(p);
    if (!parent || ctx.participants.includes(p) || !ctx.participants.includes(parent)) continue;
    parties.delete(p);
    parties.add(parent);
  }
  const list = [...parties].sort();
  return { parties: list, singular: list.length === 1 && !group };
}
