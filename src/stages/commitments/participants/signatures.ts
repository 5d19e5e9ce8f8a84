/**
 * Participants read from a signature block or a list of ministers at the end of
 * a statement: lines such as "For the Government of Japan", "Prime Minister of
 * Australia" or a leader's name standing alone.
 */
import type { Document } from '../../../document.js';
import type { Lexicon } from '../lexicon.js';
import { gazCountry } from '../party-names.js';

/** How many closing segments may form a signature block. */
const TAIL = 12;
/** Longest segment (characters) read as a signature line. */
const LINE = 120;

/** "For the Government of X", "Minister for Foreign Affairs of X", "Prime Minister": a signatory's line. */
const SIGNATORY =
  /^(?:for\b|.*\b(?:minister|president|secretary|chancellor|premier|king|emir|ambassador|taoiseach)\b)/i;

/** Countries and leaders' countries on the short heading lines closing the document, in order. */
export function signatureParties(doc: Document, lex: Lexicon): string[] {
  const out: string[] = [];
  const segs = doc.segments.slice(-TAIL);
  const from = segs[0]?.start ?? 0;
  let e = 0;
  while (e < doc.entities.length && doc.entities[e].start < from) e++;
  for (const seg of segs) {
    const line = doc.text.slice(seg.start, seg.end);
    const person = doc.entities.find((x) => x.start === seg.start && x.type === 'PERSON');
    if (seg.kind !== 'heading' || line.length > LINE || !(SIGNATORY.test(line) || (person && person.end === seg.end))) {
      while (e < doc.entities.length && doc.entities[e].start < seg.end) e++;
      continue;
    }
    for (; e < doc.entities.length && doc.entities[e].start < seg.end; e++) {
      const x = doc.entities[e];
      if (x.start < seg.start) continue;
      const country =
        x.type === 'PERSON'
          ? gazCountry(doc, x, lex)
          : (x.type === 'GPE' || x.type === 'NORP') && x.id
            ? x.id
            : undefined;
      if (country && !out.includes(country)) out.push(country);
    }
  }
  return out;
}
