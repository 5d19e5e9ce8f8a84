/**
 * read: bytes → original text and metadata. Strict UTF-8 (invalid bytes are
 * rejected, never replaced), one leading BOM dropped, NUL and binary content
 * rejected with the byte offset that shows why.
 */
export class InputError extends Error {
  constructor(readonly reason: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
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

/** Decodes a document's bytes; throws InputError saying why the file is unusable. */
export function decodeInput(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError('nul-byte', `contains a NUL byte at byte ${nul} (binary file?)`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError('invalid-utf8', `invalid UTF-8 at byte ${at} (the file is not UTF-8 text; convert it first, e.g. with iconv)`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
