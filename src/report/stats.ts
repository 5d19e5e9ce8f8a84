/** The corpus at a glance: commitments per category, year and party, and one row per document. */
import type { SegmentRecord } from '../emit/jsonl.js';
import { COMMITMENT_CATEGORIES } from '../document.js';

export interface DocRow {
  id: string;
  page: string;
  title: string;
  date: string | null;
  segments: number;
  entities: number;
  commitments: number;
}

export class CorpusStats {
  readonly rows: DocRow[] = [];
  readonly perCategory = new Map<string, number>(COMMITMENT_CATEGORIES.map((c) => [c, 0]));
  readonly perYear = new Map<string, number>();
  readonly perParty = new Map<string, number>();
  /** Commitments of documents with no known year. */
  undated = 0;

  add(row: Omit<DocRow, 'segments' | 'entities' | 'commitments'>, records: SegmentRecord[]): void {
    let entities = 0;
    let commitments = 0;
    for (const r of records) {
      entities += r.entities.length;
      commitments += r.commitments.length;
      for (const c of r.commitments) {
        this.perCategory.set(c.category, (this.perCategory.get(c.category) ?? 0) + 1);
        for (const p of c.parties) this.perParty.set(p, (this.perParty.get(p) ?? 0) + 1);
      }
    }
    const year = row.date?.slice(0, 4);
    if (year) this.perYear.set(year, (this.perYear.get(year) ?? 0) + commitments);
    else this.undated += commitments;
    this.rows.push({ ...row, segments: records.length, entities, commitments });
  }

  /** Every year from the first to the last, gaps as zero, so the chart's axis is true to time. */
  years(): Array<[string, number]> {
    const ys = [...this.perYear.keys()].map(Number).sort((a, b) => a - b);
    if (ys.length === 0) return [];
    const out: Array<[string, number]> = [];
    for (let y = ys[0]; y <= ys[ys.length - 1]; y++) out.push([String(y), this.perYear.get(String(y)) ?? 0]);
    return out;
  }

  /** The `n` parties named in most commitments. */
  topParties(n: number): Array<[string, number]> {
    return [...this.perParty].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  }
}
