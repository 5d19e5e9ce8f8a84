/** The package's version, read from its package.json (next to `src/` and `dist/`). */
import { readFileSync } from 'node:fs';

let version: string | null = null;

export function jsaVersion(): string {
  return (version ??= (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version);
}
