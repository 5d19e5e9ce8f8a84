/** Writes the export tables of an output folder as CSV files, one document in memory at a time. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonlFiles, readJsonl } from '../eval/load.js';
import { CsvWriter } from './csv.js';
import { NO_META, readDocMeta } from './meta.js';
import { documentRows, TABLES, type TableName } from './tables.js';

export type ExportCounts = Record<TableName, number>;

export function exportCsv(outDir: string, toDir: string): ExportCounts {
  const files = jsonlFiles(outDir);
  const metas = readDocMeta(outDir);
  mkdirSync(toDir, { recursive: true });
  const names = Object.keys(TABLES) as TableName[];
  const writers = new Map<TableName, CsvWriter>();
  try {
    for (const name of names) writers.set(name, new CsvWriter(join(toDir, `${name}.csv`), TABLES[name]));
    for (const [doc, file] of files) {
      const rows = documentRows(doc, metas.get(doc) ?? NO_META, readJsonl(file));
      for (const name of names) for (const row of rows[name]) writers.get(name)!.row(row);
    }
  } catch (err) {
    for (const w of writers.values()) w.abort();
    throw err;
  }
  for (const w of writers.values()) w.close();
  return Object.fromEntries(names.map((n) => [n, writers.get(n)!.rows])) as ExportCounts;
}
