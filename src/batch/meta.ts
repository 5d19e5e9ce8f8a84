/** Document metadata for the manifest: title, ISO date and source from the front matter (contract "Additions"). */
import type { DocumentMeta } from '../document.js';

export interface EntryMeta {
  title: string | null;
  /** YYYY-MM-DD, or null when the front matter has no date that parses. */
  date: string | null;
  /** The front matter's `url`/`source_url`/`source`. */
  source: string | null;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MONTH_DAY_YEAR = new RegExp(`^[a-z]*,?\\s*(?:${MONTH}\\s+\\d{1,2},?|\\d{1,2}\\s+${MONTH})\\s+\\d{4}$`, 'i');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2024-05-01`, `2024-05-01T10:00:00Z`, `May 1, 2024`, `1 May 2024` → `2024-05-01`; null when it does not parse. */
export function isoDate(text: string | undefined): string | null {
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }
  // Only a month name with a day and a year: Date.parse also takes "hello 2024" and guesses January 1.
  if (!MONTH_DAY_YEAR.test(text)) return null;
  const t = new Date(text); // a date without time zone is read as local midnight, so the local fields give it back
  return Number.isNaN(t.getTime()) ? null : `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

export function entryMeta(meta: DocumentMeta): EntryMeta {
  return { title: meta.title ?? null, date: isoDate(meta.date), source: meta.source ?? null };
}
