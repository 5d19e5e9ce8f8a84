/** The segmenter's data: abbreviation classes and sentence-starter words, validated on load. */
import { ConfigError, expectRecord, expectString, expectStringList } from '../../data/load.js';
import type { DataLoader } from '../../data/load.js';

export interface SegmentLexicon {
  /** Never end a sentence (`Mr.`, `Gen.`, `St.`, `e.g.`). */
  prefixes: Set<string>;
  /** Do not end a sentence before a number or roman numeral (`No. 5`, `Art. V`). */
  numberPrefixes: Set<string>;
  /** May end a sentence (`U.S.`, `Jr.`, `Inc.`); they do when a sentence starter follows. */
  mayEnd: Set<string>;
  /** Capitalized words that typically begin a sentence. */
  sentenceStarters: Set<string>;
  /** Words that precede a name, so a line ending in one is continued. */
  nameTitles: Set<string>;
}

const FIELDS = ['prefixes', 'numberPrefixes', 'mayEnd', 'sentenceStarters', 'nameTitles'] as const;

export function loadSegmentLexicon(data: DataLoader, rel: string): SegmentLexicon {
  const file = data.displayName(rel);
  const root = expectRecord(file, '(top level)', data.yaml(rel));
  expectString(file, 'source', root.source);
  const sets = {} as Record<(typeof FIELDS)[number], Set<string>>;
  for (const field of FIELDS) {
    const list = expectStringList(file, field, root[field]);
    list.forEach((w, i) => {
      if (w.endsWith('.') || /\s/.test(w)) {
        throw new ConfigError(file, `${field}[${i}]`, `write "${w}" without its final period and without spaces`);
      }
    });
    sets[field] = new Set(list);
  }
  // A lowercase abbreviation also matches its capitalized form at a sentence start.
  for (const field of ['prefixes', 'numberPrefixes', 'mayEnd'] as const) {
    for (const w of [...sets[field]]) {
      if (w.length > 1 && /^\p{Ll}/u.test(w)) sets[field].add(w[0].toUpperCase() + w.slice(1));
    }
  }
  // Titles also appear in capitals (`MS. JEAN-PIERRE:` in transcripts).
  for (const w of [...sets.prefixes]) if (/^\p{Lu}\p{Ll}+$/u.test(w)) sets.prefixes.add(w.toUpperCase());
  return sets;
}
