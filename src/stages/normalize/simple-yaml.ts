/**
 * A fast reader for the front matter nearly every corpus file has: one
 * `key: value` per line, values plain, single- or double-quoted (the latter
 * may fold over indented lines). Parsing that with the full YAML library cost
 * half of normalize's time. Anything outside this subset returns null and the
 * caller falls back to the YAML parser, so results never differ from it
 * (tests/front-matter.test.ts checks both agree on generated inputs).
 */

const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]{0,100}):(?: +(.*))?$/;
/** Plain values whose YAML (core schema) type is not a string, or that could be. */
const NOT_A_STRING = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
const HEX = /^[0-9a-fA-F]+$/;

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** Index of the closing quote of a double-quoted scalar opened at s[0], or -1. */
function closingQuote(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

/** A double-quoted scalar (quotes included, lines joined by `\n`) decoded as YAML does; null when unsure. */
function doubleQuoted(src: string): string | null {
  let res = '';
  const last = src.length - 1;
  for (let i = 1; i < last; i++) {
    const ch = src[i];
    if (ch === '\n') {
      // A line break folds to a space; n blank lines to n newlines; the next line's indent goes.
      let fold = '';
      while (src[i + 1] === ' ' || src[i + 1] === '\n') {
        if (src[i + 1] === '\n') fold += '\n';
        i++;
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      const next = src[++i];
      const esc = ESCAPES[next];
      if (esc !== undefined) res += esc;
      else if (next === '\n') {
        while (src[i + 1] === ' ') i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const len = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = src.substr(i + 1, len);
        if (hex.length !== len || !HEX.test(hex)) return null;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return null;
        res += String.fromCodePoint(code);
        i += len;
      } else return null;
    } else if (ch === ' ') {
      // Spaces before a line break are dropped.
      const from = i;
      while (src[i + 1] === ' ') i++;
      if (src[i + 1] !== '\n') res += src.slice(from, i + 1);
    } else res += ch;
  }
  return res;
}

/**
 * The string values of `wanted` keys of a simple one-level mapping (other keys
 * are only checked), or null when `yamlText` is not in the simple subset.
 */
export function readSimpleMapping(yamlText: string, wanted: ReadonlySet<string>): Map<string, string> | null {
  if (yamlText.includes('\r') || yamlText.includes('\t')) return null;
  const lines = yamlText.split('\n');
  const seen = new Set<string>();
  const values = new Map<string, string>();
  for (let k = 0; k < lines.length; k++) {
    const m = ENTRY.exec(lines[k]);
    if (!m) return null;
    const [, key, raw = ''] = m;
    // YAML rejects duplicate keys, and reads `true`/`True`/… as one non-string key.
    if (seen.has(key) || NOT_A_STRING.test(key)) return null;
    seen.add(key);
    let text: string | null;
    if (raw.startsWith('"')) {
      // May continue on following lines indented by at least one space (untrimmed: `\ ` is content).
      let src = raw;
      let close = closingQuote(src);
      while (close < 0 && k + 1 < lines.length && lines[k + 1].startsWith(' ')) {
        src += `\n${lines[++k]}`;
        close = closingQuote(src);
      }
      if (close < 0 || !/^ *$/.test(src.slice(close + 1))) return null;
      text = doubleQuoted(src.slice(0, close + 1));
    } else if (raw.startsWith("'")) {
      const value = raw.replace(/ +$/, ''); // only spaces: JS trimEnd also eats U+00A0, which YAML keeps
      if (value.length < 2 || !value.endsWith("'") || !/^(?:[^']|'')*$/.test(value.slice(1, -1))) return null;
      text = value.slice(1, -1).replace(/''/g, "'");
    } else {
      const value = raw.replace(/ +$/, ''); // only spaces: JS trimEnd also eats U+00A0, which YAML keeps
      // Plain: one line, nothing YAML could read as structure, a comment or a non-string.
      if (value === '' || !/^[\p{L}\p{N}]/u.test(value) || /: |:$| #|[\x00-\x1f\x7f]/.test(value)) return null;
      if (wanted.has(key) && (!/^\p{L}/u.test(value) || NOT_A_STRING.test(value))) return null;
      text = value;
    }
    if (text === null) return null;
    if (k + 1 < lines.length && lines[k + 1].startsWith(' ')) return null; // a continuation we do not read
    if (wanted.has(key)) values.set(key, text);
  }
  return values;
}
