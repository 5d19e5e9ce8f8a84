/** `jsa report OUT --to DIR`: the command-line side of the report builder. */
import { parseCommandArgs } from '../cli/args.js';
import { UsageError } from '../cli/errors.js';
import { buildReport } from '../report/build.js';

export const HELP = `usage: jsa report OUT --to DIR

Builds a static site from the output folder OUT (its .jsonl files and
_manifest.json): DIR/index.html with the corpus at a glance and a sortable list
of the documents, and DIR/doc/<id>.html per document with its entities and
commitments highlighted. Opens from file://; nothing is loaded from the network.
`;

export function run(args: string[]): number {
  const err = (s: string): void => void process.stderr.write(s);
  const parsed = parseCommandArgs(args, { to: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [out, ...extra] = parsed.positionals;
  if (!out || extra.length > 0) throw new UsageError('report takes one output folder: jsa report OUT --to DIR');
  const to = parsed.values.to;
  if (!to) throw new UsageError('report needs --to DIR, the folder to write the site to');
  const t0 = performance.now();
  const result = buildReport(out, to);
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  err(
    `jsa: report of ${result.documents} documents (${result.failed} not annotated) in ${to}/index.html: ` +
      `${mb} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}
