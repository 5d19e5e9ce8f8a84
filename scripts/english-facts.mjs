// Build step: store what the default pipeline learns from compromise (verb
// inflections, given names, common words) in dist/english-facts.json, with the
// compromise version it came from, so a run need not load compromise at all.
// A lexicon verb missing from the file is still inflected at run time.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'english-facts.json');
rmSync(out, { force: true }); // computed afresh, not from the previous build's file
const { preparePipelineSeed } = await import(join(root, 'dist', 'pipeline.js'));
const { compromiseVersion } = await import(join(root, 'dist', 'data', 'english.js'));
const { facts } = preparePipelineSeed();
writeFileSync(out, JSON.stringify({ compromise: compromiseVersion(), facts }));
