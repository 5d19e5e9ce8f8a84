/** Errors that end a whole run (not one document), and how names are shown in messages. */

/**
 * The run cannot go on: exit status 2 (the output folder is in use by another
 * run) or 3 (an I/O failure of the run itself: `--out` cannot be created or
 * written, the manifest cannot be saved). The message is one line for people.
 */
export class RunError extends Error {
  constructor(
    message: string,
    readonly exitCode: 2 | 3 = 3,
  ) {
    super(message);
    this.name = 'RunError';
  }
}

/** `err.message` without Node's `ENOENT: ` prefix and `, open '…'` suffix, which repeat what the message says. */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && typeof e.message === 'string') {
    const m = /^[A-Z]+: ([^,]+)/.exec(e.message);
    if (m) return `${m[1]} (${e.code})`;
  }
  return (e as Error)?.message ?? String(err);
}

// C0/C1 controls, DEL, and the line/paragraph separators: any of them can break a line or drive a terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A path or name as printed in messages: JSON-quoted when it holds control characters, as is otherwise. */
export function shown(name: string): string {
  return CONTROL.test(name) ? JSON.stringify(name) : name;
}
