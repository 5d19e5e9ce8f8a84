/**
 * Where JSON text first goes wrong, as a UTF-16 offset: Node 20's JSON.parse
 * messages do not always give a position, and a person needs a line number.
 * A small scanner with an explicit stack (deep nesting cannot overflow it).
 */
const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

function skip(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  const stack: Array<'[' | '{'> = [];
  let i = skip(WS, text, 0);
  for (;;) {
    // A value is expected at i.
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i = skip(WS, text, i + 1);
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{') {
        const k = skip(STRING, text, i);
        if (k < 0) return i;
        i = skip(WS, text, k);
        if (text[i] !== ':') return i;
        i = skip(WS, text, i + 1);
        continue;
      } else continue;
    } else {
      const k = Math.max(skip(STRING, text, i), skip(NUMBER, text, i), skip(LITERAL, text, i));
      if (k < 0) return i;
      i = k;
    }
    // After a value: a comma, a closer, or the end.
    for (;;) {
      i = skip(WS, text, i);
      const top = stack[stack.length - 1];
      if (top === undefined) return i === text.length ? -1 : i;
      if (text[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i = skip(WS, text, i + 1);
      if (top === '{') {
        const k = skip(STRING, text, i);
        if (k < 0) return i;
        i = skip(WS, text, k);
        if (text[i] !== ':') return i;
        i = skip(WS, text, i + 1);
      }
      break;
    }
  }
}
