/** A one-line progress display on stderr (used only when stderr is a terminal). */
export class Progress {
  private last = 0;
  private readonly t0 = performance.now();
  docs = 0;
  bytes = 0;

  constructor(
    private readonly totalDocs: number,
    private readonly totalBytes: number,
    private readonly write: (s: string) => void,
  ) {}

  add(bytes: number): void {
    this.docs++;
    this.bytes += bytes;
    const now = performance.now();
    if (now - this.last < 200 && this.docs < this.totalDocs) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? this.bytes / 1024 / 1024 / secs : 0;
    const left = this.totalBytes - this.bytes;
    const eta = rate > 0 && left > 0 ? formatDuration(left / 1024 / 1024 / rate) : '–';
    this.write(`\r\x1b[Kjsa: ${this.docs}/${this.totalDocs} documents  ${rate.toFixed(2)} MB/s  ETA ${eta}`);
  }

  clear(): void {
    this.write('\r\x1b[K');
  }
}

export function formatDuration(secs: number): string {
  const s = Math.round(secs);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
