/**
 * The parties a document title names ("Joint Statement by President Biden and Prime
 * Minister Kishida", "U.S.-EU Joint Statement"): countries, leaders via their country,
 * and organizations, found by the gazetteer names of names.ts.
 */
import type { Names } from './names.js';
import { findWholeWord, LETTER } from '../../text/whole-word.js';
import { escapeRegExp } from '../../text/regexp.js';

/**
 * Names indexed by their first run of letters and digits: a whole-word match
 * in a title needs that run to stand in the title as a whole run, so only
 * names whose first run occurs in the title are tried (in list order).
 */
class RunIndex {
  private readonly byRun = new Map<string, number[]>();
  /** Names that do not start with a letter or digit: always tried. */
  private readonly always: number[] = [];

  constructor(readonly entries: Array<[string, string]>) {
    entries.forEach(([name], i) => {
      const run = firstRun(name);
      if (run === null) this.always.push(i);
      else if (this.byRun.has(run)) this.byRun.get(run)!.push(i);
      else this.byRun.set(run, [i]);
    });
  }

  /** Entries worth trying for a title with these runs, in list order. */
  candidates(runs: Set<string>): Array<[string, string]> {
    const picked = [...this.always];
    for (const run of runs) picked.push(...(this.byRun.get(run) ?? []));
    return picked.sort((a, b) => a - b).map((i) => this.entries[i]);
  }
}

const RUN = /[\p{L}\p{N}]+/gu;
const firstRun = (name: string): string | null => /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? null;
const runsOf = (text: string): Set<string> => new Set(text.match(RUN) ?? []);

export interface TitleScan {
  countries: RunIndex;
  organizations: RunIndex;
  /** Multi-word or lower-case-initial person names (lower-cased). */
  persons: RunIndex;
  /** Single-word person names (surnames, after a title word). */
  surnames: RunIndex;
}

export function titleScan(names: Names): TitleScan {
  const persons = [...names.personCountry];
  return {
    countries: new RunIndex([...names.countryNames]),
    organizations: new RunIndex([...names.orgNames]),
    persons: new RunIndex(persons.filter(([name]) => name.includes(' ') || /^[a-z]/.test(name))),
    surnames: new RunIndex(persons.filter(([name]) => !name.includes(' '))),
  };
}

/** "Northern Ireland", "New Mexico": a compass word or "New" before a country name makes it a region. */
const REGION_PREFIX = /(?:^|[^\p{L}])(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|New)\s$/u;
const TITLE_WORDS = 'President|Minister|Chancellor|King|Emir|Premier|Prince|Secretary';
/** A title word and spaces ending where a surname starts (lower case). */
const TITLE_WORD_BEFORE = new RegExp(`(?:${TITLE_WORDS.toLowerCase()})\\s+$`, 'u');

/** `President Kishida`: the first surname `name` (lower case) right after a title word in `lower`. */
function surnameAfterTitleWord(lower: string, name: string): { at: number; end: number } | null {
  for (
    let at = findWholeWord(lower, name, LETTER, 0, false);
    at >= 0;
    at = findWholeWord(lower, name, LETTER, at + 1, false)
  ) {
    const m = TITLE_WORD_BEFORE.exec(lower.slice(0, at));
    if (m) return { at: m.index, end: at + name.length };
  }
  return null;
}

/** The regex forms, for titles whose lower-cased form has another length. */
function regexWholeWord(title: string, name: string): number {
  const m = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?=$|[^\\p{L}\\p{N}])`, 'iu').exec(title);
  return m ? m.index + m[1].length : -1;
}
function regexSurname(title: string, name: string): { at: number; end: number } | null {
  const m = new RegExp(`(?:${TITLE_WORDS})\\s+${escapeRegExp(name)}(?=$|[^\\p{L}])`, 'iu').exec(title);
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}

const LEADER_WORD = /\b(?:President|Minister|Chancellor|King|Emir|Premier|Prince|Secretary|Taoiseach|Sultan)\b/;

/**
 * Parties named in a title: leaders (via their country) and countries, in title order.
 * Longest names win ("United Kingdom of Great Britain and Northern Ireland" is one
 * party). A title that names leaders may end with a topic ("… and President Y on
 * Iran", "on Strengthening Ukraine's Air Defenses by …"): countries inside the
 * "on …" phrase are the subject matter, not parties.
 */
export function titleParties(rawTitle: string, names: Names): string[] {
  return titleNames(rawTitle, names)
    .filter((f) => !f.org)
    .map((f) => f.id);
}

/**
 * Organizations a title names by a gazetteer name or alias ("U.S.-EU Joint Statement" →
 * European Union), in title order, by the same rules as `titleParties`.
 */
export function titleOrganizations(
  rawTitle: string,
  names: Names,
): Array<{ id: string; text: string; at: number; joined: boolean }> {
  return titleNames(rawTitle, names)
    .filter((f) => f.org)
    .map((f) => ({ id: f.id, text: f.text, at: f.at, joined: f.joined }));
}

/** Words naming who speaks: "Joint Statement of X", "Leaders of X" make X an author, not a topic. */
const AUTHOR_NOUNS =
  /\b(?:statement|declaration|readout|communiqu[eé]|leaders?|governments?|presidents?|ministers?|representatives|delegations?|people|peoples)\s+of\s+(?:the\s+)?$/i;
/** A preposition making the name after it the subject matter ("Support for …", "Statement on X"). */
const TOPIC_BEFORE = /\b(?:on|for|to|regarding|about|against|of)\s+(?:the\s+)?$/i;

/**
 * Countries a title names as its subject matter ("Joint Declaration of Support for Recovery
 * and Reconstruction of Ukraine", "Joint Statement on Israel"), not as its authors.
 */
export function titleTopics(rawTitle: string, names: Names): string[] {
  const title = rawTitle.replace(/\s+/g, ' ');
  return titleNames(rawTitle, names)
    .filter((f) => !f.org && !f.person)
    .filter((f) => {
      const before = title.slice(0, f.at);
      return TOPIC_BEFORE.test(before) && !AUTHOR_NOUNS.test(before);
    })
    .map((f) => f.id);
}

/** Names found in a title; `joined`: hyphenated to another name ("Indonesia-EU"). */
function titleNames(
  rawTitle: string,
  names: Names,
): Array<{ id: string; text: string; org: boolean; person: boolean; at: number; joined: boolean }> {
  const title = rawTitle.replace(/\s+/g, ' ');
  const found: Array<{ at: number; end: number; id: string; person: boolean; org?: boolean }> = [];
  const lists = (names.scan ??= titleScan(names));
  const lower = title.toLowerCase();
  // Case-insensitive search in the lower-cased title, unless lower-casing moved characters (rare: `İ`).
  const foldable = lower.length === title.length;
  const scan = (name: string, id: string, ignoreCase: boolean, person: boolean, org = false): void => {
    // Names are whole words; "U.S.-Japan" splits at the hyphen.
    const at =
      ignoreCase && foldable
        ? findWholeWord(lower, name.toLowerCase())
        : ignoreCase
          ? regexWholeWord(title, name)
          : findWholeWord(title, name);
    if (at < 0) return;
    if (!person && REGION_PREFIX.test(title.slice(Math.max(0, at - 12), at))) return;
    found.push({ at, end: at + name.length, id, person, org });
  };
  if (title.length > 400) return [];
  const runs = runsOf(title);
  for (const [name, id] of lists.countries.candidates(runs)) if (title.includes(name)) scan(name, id, false, false);
  for (const [name, id] of lists.organizations.candidates(runs))
    if (title.includes(name)) scan(name, id, false, false, true);
  const lowerRuns = runsOf(lower);
  for (const [name, id] of lists.persons.candidates(lowerRuns)) if (lower.includes(name)) scan(name, id, true, true);
  // Bare surnames (single-word aliases) only after a title word.
  for (const [name, id] of lists.surnames.candidates(lowerRuns)) {
    if (!lower.includes(name)) continue;
    const m = foldable ? surnameAfterTitleWord(lower, name) : regexSurname(title, name);
    if (m) found.push({ at: m.at, end: m.end, id, person: true });
  }
  // A name inside a longer one ("Ireland" in "… Great Britain and Northern Ireland") is no party.
  const kept = found.filter(
    (f) => !found.some((g) => g !== f && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at),
  );
  // Topic: the "on …" phrase, up to " by " or the end, when leaders are named outside it.
  const topics: Array<[number, number]> = [];
  for (const m of title.matchAll(/\bon\s/gi)) {
    const from = m.index!;
    const by = title.slice(from).search(/\sby\s/i);
    topics.push([from, by < 0 ? title.length : from + by]);
  }
  const inTopic = (f: { at: number }): boolean => topics.some(([a, b]) => f.at >= a && f.at < b);
  const leadersOutside =
    topics.length > 0 &&
    (kept.some((f) => f.person && !inTopic(f)) ||
      (topics.every(([a, b]) => !LEADER_WORD.test(title.slice(a, b))) && LEADER_WORD.test(title)));
  // Organizations in the topic are subject matter once a party is named outside it.
  const outside = kept.some((f) => !inTopic(f));
  const parties = kept.filter((f) => !inTopic(f) || (!leadersOutside && !(f.org && outside)));
  const seen = new Set<string>();
  const joined = (f: { at: number; end: number }): boolean => title[f.at - 1] === '-' || title[f.end] === '-';
  return parties
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.id) && seen.add(f.id))
    .map((f) => ({
      id: f.id,
      text: title.slice(f.at, f.end),
      org: !!f.org,
      person: f.person,
      at: f.at,
      joined: joined(f),
    }));
}
