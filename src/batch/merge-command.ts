/** `jsa merge-manifests`: merges shard manifests (e.g. `out/_manifest.shard-*.json`) into one, to stdout or --out FILE. */
import { parseCommandArgs } from '../cli/args.js';
import { UsageError } from '../cli/errors.js';
import { writeFileAtomic } from './atomic.js';
import { reasonOf, RunError, shown } from './errors.js';
import { mergeManifests } from './manifest.js';
import { loadManifestFile, ManifestError } from './manifest-check.js';
import { summaryLine } from './run.js';

export const MERGE_HELP = `usage: jsa merge-manifests MANIFEST… [--out FILE]

Concatenates the documents of shard manifests, recomputes the totals and warns
when the shards ran different configurations. Writes to FILE, or to stdout.

Exit status: 0 merged, 1 some documents had failed, 2 usage error or unreadable manifest,
3 the merged manifest could not be written.
`;

export function mergeCommand(args: string[], err: (s: string) => void): number {
  const parsed = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help) {
    process.stdout.write(MERGE_HELP);
    return 0;
  }
  const files = parsed.positionals;
  const out = parsed.values.out;
  if (out === '') throw new UsageError('--out expects a file');
  if (files.length === 0) throw new UsageError('merge-manifests needs at least one manifest file');
  let named: Array<{ file: string; manifest: ReturnType<typeof loadManifestFile> }>;
  try {
    named = files.map((file) => ({ file, manifest: loadManifestFile(file) }));
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    err(`jsa: ${e.message}\n`);
    return 2;
  }
  const merged = mergeManifests(named, (msg) => err(`jsa: warning: ${msg}\n`));
  const text = `${JSON.stringify(merged, null, 1)}\n`;
  if (out) {
    try {
      writeFileAtomic(out, text);
    } catch (e) {
      throw new RunError(`cannot write ${shown(out)}: ${reasonOf(e)}`);
    }
  } else process.stdout.write(text);
  err(summaryLine(merged));
  return merged.totals.failed > 0 ? 1 : 0;
}
