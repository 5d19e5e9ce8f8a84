/** `jsa diff OLD NEW`: item-level differences between two output folders, exit 1 when there are any. */
import { writeFileSync } from 'node:fs';
import { existingFolder, parseCommandArgs } from '../cli/args.js';
import { UsageError } from '../cli/errors.js';
import { diffFolders, foldersIdentical, type FolderDiff } from '../diff/folders.js';
import { renderDocDiff } from '../diff/render.js';
import { jsonlFiles } from '../eval/load.js';

export const HELP = `usage: jsa diff OLD NEW [--json FILE] [--quiet]

Compares two output folders (two versions, two --pipeline folders, a run and a
gold set) item by item: segments by span; entities and commitments paired as
jsa eval pairs them, then every field compared (type, id, category, lemma,
strength, reiterated, negated, actor, parties, content, text). Lists per
document what was added, removed or changed, with its sentence, and totals.

  --json FILE   also write the differences as JSON to FILE (- for stdout, instead of the listing)
  --quiet       print only the totals line

Exit status: 0 identical, 1 different, 2 usage error or unreadable input.
`;

const OPTIONS = {
  json: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const sum = (c: Record<string, number>): number => Object.values(c).reduce((a, b) => a + b, 0);

export function totalsLine(d: FolderDiff): string {
  const t = d.totals;
  const kinds = (c: Record<string, number>) =>
    `${c.segment} segments, ${c.entity} entities, ${c.commitment} commitments`;
  const docs = [
    d.removedDocuments.length ? `${d.removedDocuments.length} documents only in OLD` : '',
    d.addedDocuments.length ? `${d.addedDocuments.length} only in NEW` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (foldersIdentical(d)) return `identical: ${t.compared} documents compared\n`;
  return (
    `${t.differing} of ${t.compared} documents differ${docs ? `; ${docs}` : ''}\n` +
    `  added:   ${kinds(t.added)}\n  removed: ${kinds(t.removed)}\n  changed: ${kinds(t.changed)}\n` +
    `  total:   ${sum(t.added) + sum(t.removed) + sum(t.changed)} item differences\n`
  );
}

export function run(argv: string[]): number {
  const { values: v, positionals } = parseCommandArgs(argv, OPTIONS);
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`diff needs two folders, OLD and NEW (got ${positionals.length})`);
  const [oldDir, newDir] = positionals.map((p, i) => existingFolder(i ? 'NEW' : 'OLD', p));
  for (const dir of [oldDir, newDir]) {
    if (jsonlFiles(dir).size === 0) throw new UsageError(`${dir}: no .jsonl files (is it an output folder?)`);
  }
  const d = diffFolders(oldDir, newDir);
  const json = (): string => `${JSON.stringify(d, null, 1)}\n`;
  if (v.json === '-') process.stdout.write(json());
  else {
    if (v.json) writeFileSync(v.json, json());
    if (!v.quiet) {
      for (const doc of d.removedDocuments) process.stdout.write(`${doc}: only in OLD\n`);
      for (const doc of d.addedDocuments) process.stdout.write(`${doc}: only in NEW\n`);
      for (const [doc, dd] of Object.entries(d.documents)) process.stdout.write(`${renderDocDiff(doc, dd)}\n`);
    }
    process.stdout.write(totalsLine(d));
  }
  return foldersIdentical(d) ? 0 : 1;
}
