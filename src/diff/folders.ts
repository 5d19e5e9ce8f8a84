/** Differences between two output folders, document by document (one pair in memory at a time). */
import { jsonlFiles, readJsonl } from '../eval/load.js';
import { diffDocument, isEmptyDiff, type DocDiff } from './diff.js';
import type { ItemKind } from './items.js';

type Counts = Record<ItemKind, number>;

export interface FolderDiff {
  old: string;
  new: string;
  /** Documents whose .jsonl is in one folder only. */
  removedDocuments: string[];
  addedDocuments: string[];
  /** Documents in both folders with item differences. */
  documents: Record<string, DocDiff>;
  totals: { compared: number; differing: number; added: Counts; removed: Counts; changed: Counts };
}

const zero = (): Counts => ({ segment: 0, entity: 0, commitment: 0 });

export function diffFolders(oldDir: string, newDir: string): FolderDiff {
  const olds = jsonlFiles(oldDir);
  const news = jsonlFiles(newDir);
  const out: FolderDiff = {
    old: oldDir,
    new: newDir,
    removedDocuments: [...olds.keys()].filter((d) => !news.has(d)),
    addedDocuments: [...news.keys()].filter((d) => !olds.has(d)),
    documents: {},
    totals: { compared: 0, differing: 0, added: zero(), removed: zero(), changed: zero() },
  };
  for (const [doc, oldFile] of olds) {
    const newFile = news.get(doc);
    if (!newFile) continue;
    out.totals.compared++;
    const d = diffDocument(readJsonl(oldFile), readJsonl(newFile));
    if (isEmptyDiff(d)) continue;
    out.documents[doc] = d;
    out.totals.differing++;
    for (const change of ['added', 'removed', 'changed'] as const) {
      for (const item of d[change]) out.totals[change][item.kind]++;
    }
  }
  return out;
}

export const foldersIdentical = (d: FolderDiff): boolean =>
  !d.removedDocuments.length && !d.addedDocuments.length && d.totals.differing === 0;
