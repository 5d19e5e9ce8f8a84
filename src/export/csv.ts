/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted and quotes doubled; UTF-8 without BOM. null is an empty field,
 * booleans are `true`/`false` (pandas and R's read.csv read both as logical).
 * Rows are buffered and written to a temporary file renamed on close, like every jsa output.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tempPathFor } from '../batch/atomic.js';

export type Cell = string | number | boolean | null | undefined;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;

const FLUSH_AT = 1 << 20;

export class CsvWriter {
  private readonly tmp: string;
  private readonly fd: number;
  private buffer = '';
  rows = 0;

  constructor(
    private readonly path: string,
    private readonly columns: readonly string[],
  ) {
    this.tmp = tempPathFor(path);
    this.fd = openSync(this.tmp, 'w');
    this.buffer = csvLine([...columns]);
  }

  row(cells: Cell[]): void {
    if (cells.length !== this.columns.length)
      throw new Error(`${this.path}: row of ${cells.length} cells for ${this.columns.length} columns`);
    this.buffer += csvLine(cells);
    this.rows++;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  /** Removes the temporary file after a failure; the target is left as it was. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    rmSync(this.tmp, { force: true });
  }
}
