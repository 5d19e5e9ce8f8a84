/**
 * Where the document says it comes from: the issuing office ("The White House,
 * Washington, 20 June 1962", "The White House today made public …") or a
 * dateline ("Canberra, 10 October 1976"), and the year it speaks of.
 */
import type { Document } from '../../../document.js';
import type { Lexicon } from '../lexicon.js';
import { entityText } from '../party-names.js';

/** Segments read for an issuer: the headings and sentences before and at the opening. */
const HEAD_SEGMENTS = 3;

/**
 * The country that issued the statement, or null. An office speaking for a country
 * (organizations gazetteer, `country`) that starts one of the first segments, or a
 * heading that is a dateline (a place, then a date).
 */
export function issuingCountry(doc: Document, lex: Lexicon): string | null {
  const segs = doc.segments.slice(0, HEAD_SEGMENTS);
  let e = 0;
  for (const seg of segs) {
    while (e < doc.entities.length && doc.entities[e].end <= seg.start) e++;
    const first = doc.entities[e];
    if (!first || first.start >= seg.end) continue;
    const lead = doc.text.slice(seg.start, first.start).trim().toLowerCase();
    if (lead !== '' && lead !== 'the') continue;
    if (first.type === 'ORG') {
      const country = lex.names.orgCountry.get(first.id ?? entityText(doc, first));
      if (country) return country;
    }
    if (seg.kind === 'heading' && first.type === 'GPE' && first.id) {
      const date = doc.entities.find((x) => x.type === 'DATE' && x.start > first.end && x.end <= seg.end);
      if (date) return first.id;
    }
  }
  return null;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

/** The document's year: its front matter date, else the first year a date in its opening names. */
export function documentYear(doc: Document): number | null {
  const meta = doc.meta.date ? YEAR.exec(doc.meta.date) : null;
  if (meta) return Number(meta[1]);
  const limit = doc.segments[Math.min(doc.segments.length, HEAD_SEGMENTS + 2) - 1]?.end ?? 0;
  for (const x of doc.entities) {
    if (x.start >= limit) break;
    const m = x.type === 'DATE' ? YEAR.exec(doc.text.slice(x.start, x.end)) : null;
    if (m) return Number(m[1]);
  }
  return null;
}
