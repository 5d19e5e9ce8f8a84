/**
 * `jsa report`: builds a static site from an output folder. One document is
 * read, rendered and written at a time, so memory stays flat on a large corpus.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../cli/errors.js';
import { readJsonl } from '../eval/load.js';
import { REPORT_CSS, REPORT_JS } from './assets.js';
import { docPage } from './doc-page.js';
import { indexPage } from './index-page.js';
import { readOutputFolder } from './load.js';
import { PageNames } from './names.js';
import { CorpusStats } from './stats.js';

export interface ReportResult {
  documents: number;
  failed: number;
  /** Bytes written, all pages and assets. */
  bytes: number;
}

export function buildReport(outDir: string, toDir: string): ReportResult {
  if (resolve(outDir) === resolve(toDir))
    throw new InputError(`${toDir}: the report needs a folder of its own, not the output folder`);
  if (!statSync(outDir, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError(`${outDir}: no such output folder`);
  const folder = readOutputFolder(outDir);
  mkdirSync(join(toDir, 'doc'), { recursive: true });
  mkdirSync(join(toDir, 'assets'), { recursive: true });
  let bytes = 0;
  const write = (path: string, content: string): void => {
    writeFileSync(join(toDir, path), content);
    bytes += Buffer.byteLength(content);
  };
  write('assets/report.css', REPORT_CSS);
  write('assets/report.js', REPORT_JS);
  const names = new PageNames();
  const stats = new CorpusStats();
  let shown = 0;
  for (const d of folder.docs) {
    let records: ReturnType<typeof readJsonl>;
    try {
      records = readJsonl(d.file);
    } catch (e) {
      // One unreadable file is listed with the failures, not the end of the report.
      if (!(e instanceof InputError)) throw e;
      folder.failed.push({ id: d.id, input: '', reason: 'unreadable-output', message: e.message });
      continue;
    }
    shown++;
    const title = d.meta.title ?? records.find((r) => r.kind === 'heading')?.text ?? d.id;
    const name = names.nameFor(d.id);
    write(`doc/${name}`, docPage({ id: d.id, title, meta: d.meta, records }));
    stats.add({ id: d.id, page: name, title, date: d.meta.date }, records);
  }
  write('index.html', indexPage(stats, folder.failed, outDir));
  return { documents: shown, failed: folder.failed.length, bytes };
}
