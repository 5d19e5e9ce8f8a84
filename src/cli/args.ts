/** One argument parser for every command: node:util `parseArgs`, its errors turned into UsageError. */
import { existsSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandArgs<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/**
 * Parses `args` against `options`. Names in `optionalValue` are string options whose value may be
 * left out (`--json` alone means `-`, i.e. stdout), which parseArgs has no notion of.
 */
export function parseCommandArgs<O extends Options>(
  args: string[],
  options: O,
  optionalValue: string[] = [],
): CommandArgs<O> {
  const filled = args.flatMap((a, i) => {
    const bare = optionalValue.includes(a.replace(/^--/, '')) && a.startsWith('--');
    const next = args[i + 1];
    return bare && (next === undefined || (next.startsWith('-') && next !== '-')) ? [`${a}=-`] : [a];
  });
  try {
    const parsed = parseArgs({ args: filled, options, allowPositionals: true, strict: true });
    return { values: parsed.values as CommandArgs<O>['values'], positionals: parsed.positionals };
  } catch (err) {
    throw new UsageError(plainParseError(err as Error & { code?: string }));
  }
}

/** parseArgs's messages are long and hint at JavaScript; keep the part a user needs. */
function plainParseError(err: Error & { code?: string }): string {
  const option = /'(?:-\w, )?(--?[^' ,]+)/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(err.message) ? `${option} expects a value` : `${option} takes no value`;
  }
  return err.message.split('\n')[0];
}

/** An existing folder, or a UsageError naming the option. */
export function existingFolder(what: string, dir: string | undefined): string {
  if (!dir) throw new UsageError(`${what} needs a folder`);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${what} ${dir}: not a folder`);
  return dir;
}
