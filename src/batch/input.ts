/**
 * Reads one input file, bounded whatever the file system says: only regular
 * files are read (a FIFO or device is rejected before any read, and opening
 * does not block), at most `maxBytes` + 1 bytes are read even when `stat`
 * reports less (procfs, a file growing meanwhile), and reading stops at a
 * deadline. Other failures (vanished, no permission) are thrown as they are.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError, overLimit } from '../read.js';

const CHUNK = 1 << 20;

export function readInputFile(path: string, maxBytes: number, timeoutMs: number): Uint8Array {
  const deadline = performance.now() + timeoutMs;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new InputError(
        'not-a-regular-file',
        `is not a regular file (${kind(st)}); only regular files are annotated`,
      );
    // One buffer of the stated size and a 1-byte probe for the end is the usual case; more only if the file is longer than stated.
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(st.size, maxBytes);
    for (;;) {
      const buf = Buffer.allocUnsafeSlow(want); // an ArrayBuffer of its own: posted to a worker without copying the pool
      let filled = 0;
      while (filled < buf.length) {
        const n = readSync(fd, buf, filled, buf.length - filled, null);
        if (n === 0) break;
        filled += n;
        if (total + filled > maxBytes) throw overLimit(maxBytes);
        if (performance.now() > deadline) throw new InputError('timeout', `reading took longer than ${timeoutMs} ms`);
      }
      total += filled;
      chunks.push(filled === buf.length ? buf : buf.subarray(0, filled));
      if (filled < buf.length) break;
      want = chunks.length === 1 ? 1 : Math.min(CHUNK, maxBytes - total + 1);
    }
    const first = chunks[0];
    if (first.length === total && first.byteOffset === 0 && first.buffer.byteLength === total) return first;
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}

function kind(st: ReturnType<typeof fstatSync>): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a file';
}
