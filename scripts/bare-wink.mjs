#!/usr/bin/env node
/**
 * node scripts/bare-wink.mjs LIST.json — the benchmark's baseline: bare
 * single-threaded wink-nlp `readDoc` (default pipe, wink-eng-lite-web-model)
 * over the files listed, timed per call, in a fresh process (as cold as the
 * jsa run it is compared with). Prints {secs, docs, bytes, tokens} as JSON.
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const paths = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const nlp = winkNLP(model);
let secs = 0;
let bytes = 0;
let tokens = 0;
for (const path of paths) {
  const buf = readFileSync(path);
  const text = buf.toString('utf8');
  const t0 = performance.now();
  const doc = nlp.readDoc(text);
  tokens += doc.tokens().length();
  secs += (performance.now() - t0) / 1000;
  bytes += buf.length;
}
console.log(JSON.stringify({ secs, docs: paths.length, bytes, tokens }));
