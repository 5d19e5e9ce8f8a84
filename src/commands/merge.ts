/** `jsa merge-manifests`: shard manifests (e.g. `out/_manifest.shard-*.json`) into one, to stdout or --out FILE. */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli/args.js';
import { InputError, UsageError } from '../cli/errors.js';
import { writeFileAtomic } from '../batch/atomic.js';
import { mergeManifests, type Manifest } from '../batch/manifest.js';
import { summaryLine } from '../batch/run.js';

export const HELP = `usage: jsa merge-manifests MANIFEST… [--out FILE]

Concatenates the documents of shard manifests, recomputes the totals and warns
when the shards ran different configurations. Writes to FILE, or to stdout.

Exit status: 0 merged, 1 some documents had failed, 2 usage error or unreadable manifest.
`;

const OPTIONS = { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

export function run(argv: string[]): number {
  const { values: v, positionals: files } = parseCommandArgs(argv, OPTIONS);
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (files.length === 0) throw new UsageError('merge-manifests needs at least one manifest file');
  const named = files.map((file) => {
    try {
      return { file, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest };
    } catch (e) {
      throw new InputError(`${file}: cannot read manifest (${(e as Error).message})`);
    }
  });
  const merged = mergeManifests(named, (msg) => void process.stderr.write(`jsa: warning: ${msg}\n`));
  const text = `${JSON.stringify(merged, null, 1)}\n`;
  if (v.out) writeFileAtomic(v.out, text);
  else process.stdout.write(text);
  process.stderr.write(summaryLine(merged));
  return merged.totals.failed > 0 ? 1 : 0;
}
