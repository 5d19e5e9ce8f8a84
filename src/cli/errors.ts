/** The two kinds of user error: both end the command with exit code 2 and one line on stderr. */

/** A bad command line (unknown option, missing argument, bad value). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file the user named cannot be used; the message names the file (and line) and the reason. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
