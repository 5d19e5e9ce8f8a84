/**
 * DATE entities from wink's DATE/DURATION proposals, adjusted to the guide:
 * a leading `the` stays when it belongs to the expression (`the end of 2021`),
 * ordinal centuries and bare years are dates, frequencies keep their lead
 * (`once a year`), vague words (`now`, `the future`) are dropped. Other wink
 * numeric types pass through as CARDINAL, MONEY, PERCENT, … (not scored).
 */
import type { EntityType, NumericMention } from '../../document.js';
import type { EntityLexicon } from './lexicon.js';
import { PRIO, type Candidate } from './propose.js';
import type { Tok } from './tokens.js';
import { lowerBound } from '../../spans.js';

const PASS_THROUGH = new Map<string, EntityType>([
  ['CARDINAL', 'CARDINAL'],
  ['ORDINAL', 'ORDINAL'],
  ['MONEY', 'MONEY'],
  ['PERCENT', 'PERCENT'],
  ['TIME', 'TIME'],
  ['QUANTITY', 'QUANTITY'],
]);
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const CENTURY = /^centur(y|ies)$/;
const THIS_UNIT = /^(decade|year|century)$/;
/** Nouns after a number that make it a count, not a year (`2030 targets` stays a year; `2000 troops` does not). */
const COUNT_NOUN =
  /^(people|persons|troops|soldiers|tons|tonnes|units|jobs|students|refugees|doses|km|kilometers|miles|acres|megawatts|MW|GW|barrels|vehicles|homes|families|workers)$/i;

/** Mention types that can yield an entity; the rest (`EMOJI`, `URL`, …) are skipped before any search. */
const USED = new Set(['DATE', 'DURATION', ...PASS_THROUGH.keys()]);

export function dateCandidates(toks: Tok[], mentions: NumericMention[], lex: EntityLexicon, out: Candidate[]): void {
  // Mentions come sorted by start: a cursor finds their tokens in one pass, which
  // matters in one giant segment (an emoji run with no sentence end).
  let at = 0;
  let prevStart = -1;
  for (const m of mentions) {
    if (!USED.has(m.type)) continue;
    if (m.start < prevStart) at = lowerBound(toks, 'start', m.start);
    prevStart = m.start;
    while (at < toks.length && toks[at].start < m.start) at++;
    let s = at;
    let e = s;
    while (e < toks.length && toks[e].start < m.end) e++;
    if (s >= e) continue;
    const text = toks
      .slice(s, e)
      .map((t) => t.key)
      .join(' ')
      .toLowerCase();
    let type: EntityType | undefined;
    if (m.type === 'DATE' || m.type === 'DURATION') {
      type = 'DATE';
      // `the last two years`, `the next twenty years`, `recent years`: a relative lead belongs to the period.
      const s0 = s;
      while (s > 0 && s0 - s < 2 && lex.dateLead.has(toks[s - 1].key.toLowerCase())) s--;
      // `this critical decade`
      if (
        s === s0 &&
        THIS_UNIT.test(text) &&
        toks[s - 1] &&
        /^\p{Ll}+$/u.test(toks[s - 1].key) &&
        toks[s - 2]?.key.toLowerCase() === 'this'
      )
        s -= 2;
      if (s === s0 && lex.vagueDates.has(text)) {
        // `once a year`: a bare unit is a date only with a frequency lead.
        const lead = lex.frequencyLead.matchEndingAt(toks, Math.max(0, s - 3), s);
        if (!lead || !/^(year|month|week|day)$/.test(text)) continue;
        s = lead.start;
      }
    } else if (m.type === 'ORDINAL' && toks[e] && CENTURY.test(toks[e].key)) {
      type = 'DATE';
      e++;
      if (toks[s - 1]?.key.toLowerCase() === 'the') s--;
    } else if (
      m.type === 'CARDINAL' &&
      e - s === 1 &&
      YEAR.test(toks[s].key) &&
      !(toks[e] && COUNT_NOUN.test(toks[e].key))
    ) {
      type = 'DATE';
    } else {
      type = PASS_THROUGH.get(m.type);
      if (!type) continue;
    }
    if (type === 'DATE') {
      while (e - s > 1 && lex.dateOutside.has(toks[s].key.toLowerCase())) s++;
      // `FY 2027`, `fiscal year 2027`
      const fy = lex.numbered.matchEndingAt(toks, Math.max(0, s - 2), s);
      if (fy && fy.value === 'DATE') s = fy.start;
      const prev = toks[s - 1];
      if (prev && prev.key.toLowerCase() === 'the' && lex.theLed.has(toks[s].key.toLowerCase())) s--;
    }
    out.push({ s, e, type, id: null, canonical: null, prio: type === 'DATE' ? PRIO.date : PRIO.numeric });
  }
  // Years wink did not propose: `in 2024`, `since 1962`.
  for (let i = 1; i < toks.length; i++) {
    if (
      toks[i].num &&
      YEAR.test(toks[i].key) &&
      lex.yearLead.has(toks[i - 1].key.toLowerCase()) &&
      !(toks[i + 1] && COUNT_NOUN.test(toks[i + 1].key))
    ) {
      out.push({ s: i, e: i + 1, type: 'DATE', id: null, canonical: null, prio: PRIO.numeric });
    }
  }
}
