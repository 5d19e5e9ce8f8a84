/**
 * read: bytes → original text. Strict UTF-8 (invalid bytes are rejected,
 * never replaced), one leading BOM dropped; binary content, NUL bytes and
 * files over the size limit are rejected with a message saying why.
 */
export class InputError extends Error {
  constructor(
    readonly reason: InputRejection,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export type InputRejection = 'too-large' | 'binary' | 'nul-byte' | 'invalid-utf8' | 'not-a-regular-file' | 'timeout';

/** Default size limit: statements are kilobytes; 10 MB leaves room for odd but real files. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How much of the start of a file is inspected for binary content. */
const BINARY_SAMPLE = 8192;
/** Share of control bytes in the sample above which a file is called binary (text has ~0%, random bytes ~10%). */
const BINARY_RATIO = 0.05;
/** A few stray control bytes in a short file are a NUL or UTF-8 problem, not binary content. */
const BINARY_MIN_CONTROLS = 8;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True for C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f;
}

/** Share of control bytes in the first `BINARY_SAMPLE` bytes. */
export function controlBytes(bytes: Uint8Array): { count: number; ratio: number } {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let count = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i])) count++;
  return { count, ratio: n === 0 ? 0 : count / n };
}

const mb = (x: number): string => (x / 1024 / 1024).toFixed(1);

/** Throws when a file of `size` bytes is over the limit. */
export function checkSize(size: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    throw new InputError('too-large', `is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit (raise it with --max-mb)`);
  }
}

/** For a stream read until the limit was passed: its real size is unknown. */
export function overLimit(maxBytes: number): InputError {
  return new InputError('too-large', `is over the ${mb(maxBytes)} MB limit (raise it with --max-mb)`);
}

/** Decodes a document's bytes; throws InputError saying why the file is unusable. */
export function decodeInput(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): string {
  checkSize(bytes.length, maxBytes);
  const { count, ratio } = controlBytes(bytes);
  if (ratio > BINARY_RATIO && count >= BINARY_MIN_CONTROLS) {
    const sample = Math.min(bytes.length, BINARY_SAMPLE);
    throw new InputError(
      'binary',
      `looks binary: ${(ratio * 100).toFixed(0)}% control bytes in the first ${sample} bytes (not a text file)`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError('nul-byte', `contains a NUL byte at byte ${nul} (binary or UTF-16 file?)`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(
      'invalid-utf8',
      `invalid UTF-8 at byte ${at} (the file is not UTF-8 text; convert it first, e.g. with iconv -f latin1 -t utf-8)`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
