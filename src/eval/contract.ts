/**
 * Checks records against the output contract (spec/output-contract.md),
 * including that every span's offsets point at its text in the original.
 */
import { COMMITMENT_CATEGORIES, GOLD_ENTITY_TYPES, NUMERIC_ENTITY_TYPES } from '../document.js';
import type { SegmentRecord, SpanRecord } from '../emit/jsonl.js';
import { CodePointIndex } from '../offsets.js';

const ENTITY_TYPES = new Set<string>([...GOLD_ENTITY_TYPES, ...NUMERIC_ENTITY_TYPES]);
const CATEGORIES = new Set<string>(COMMITMENT_CATEGORIES);

/** Letters and digits only, after dropping tags and entities: markup-blind text comparison. */
export function wordChars(s: string): string {
  return s
    .replace(/\]\([^()\s]{0,2000}\)/g, '') // Markdown link targets
    .replace(/<(?![a-z]+:\/\/)[^<>\n]{0,200}>/gi, '')
    .replace(/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,10});/gi, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Problems found in one document's records; empty when it honours the contract. */
export function contractProblems(records: SegmentRecord[], original: string, docId: string): string[] {
  const problems: string[] = [];
  const cps = new CodePointIndex(original);
  const slice = (s: { start: number; end: number }) => original.slice(cps.toUtf16(s.start), cps.toUtf16(s.end));
  const checkSpan = (where: string, s: SpanRecord, within?: { start: number; end: number }): void => {
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end <= s.start ||
      s.end > cps.codePointLength
    ) {
      problems.push(`${where}: bad offsets ${s.start}..${s.end}`);
      return;
    }
    if (within && (s.start < within.start || s.end > within.end)) problems.push(`${where}: outside its segment`);
    if (s.text !== s.text.replace(/\s+/g, ' ').trim()) problems.push(`${where}: text is not whitespace-collapsed`);
    if (wordChars(slice(s)) !== wordChars(s.text)) {
      problems.push(`${where}: text ${JSON.stringify(s.text)} does not match original ${JSON.stringify(slice(s))}`);
    }
  };
  let previousEnd = 0;
  records.forEach((r, i) => {
    const at = `${docId} seg ${i}`;
    if (r.schema !== 'jsa/1') problems.push(`${at}: schema ${JSON.stringify(r.schema)}`);
    if (r.doc !== docId) problems.push(`${at}: doc ${JSON.stringify(r.doc)}`);
    if (r.seg !== i) problems.push(`${at}: seg ${r.seg}`);
    if (r.kind !== 'sentence' && r.kind !== 'heading') problems.push(`${at}: kind ${JSON.stringify(r.kind)}`);
    if (r.section !== null && typeof r.section !== 'string') problems.push(`${at}: section`);
    checkSpan(at, r);
    if (r.start < previousEnd) problems.push(`${at}: overlaps or precedes the previous segment`);
    previousEnd = r.end;
    let entityEnd = r.start;
    for (const e of r.entities) {
      checkSpan(`${at} entity ${JSON.stringify(e.text)}`, e, r);
      if (!ENTITY_TYPES.has(e.type)) problems.push(`${at}: entity type ${e.type}`);
      if (e.start < entityEnd) problems.push(`${at}: entities overlap or are out of order at ${e.start}`);
      entityEnd = e.end;
    }
    for (const c of r.commitments) {
      const cat = `${at} commitment ${c.category}`;
      checkSpan(`${cat} trigger`, c.trigger, r);
      if (c.actor) checkSpan(`${cat} actor`, c.actor);
      if (c.content) checkSpan(`${cat} content`, c.content);
      if (!CATEGORIES.has(c.category)) problems.push(`${cat}: unknown category`);
      if (c.strength !== null && !(Number.isInteger(c.strength) && c.strength >= 0 && c.strength <= 5)) {
        problems.push(`${cat}: strength ${c.strength}`);
      }
      // `lemma` was added to the contract later: gold files may lack it, output must give a lower-case word.
      if (
        c.lemma !== undefined &&
        (typeof c.lemma !== 'string' || c.lemma === '' || c.lemma !== c.lemma.toLowerCase())
      ) {
        problems.push(`${cat}: lemma ${JSON.stringify(c.lemma)}`);
      }
      if (typeof c.reiterated !== 'boolean' || typeof c.negated !== 'boolean') problems.push(`${cat}: flags`);
      if (!Array.isArray(c.parties) || [...c.parties].sort().join() !== c.parties.join())
        problems.push(`${cat}: parties not sorted`);
    }
  });
  return problems;
}
