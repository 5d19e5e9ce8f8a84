import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toRecords } from '../src/emit/jsonl.js';
import { contractProblems } from '../src/eval/contract.js';
import { readJsonl } from '../src/eval/load.js';
import { evaluate } from '../src/eval/score.js';
import { type Pipeline, loadPipeline } from '../src/pipeline.js';
import { decodeInput } from '../src/read.js';

const INPUT = join(__dirname, '..', 'input');
const GOLD = join(__dirname, '..', '..', 'shared', 'gold', 'dev');
const SEED = 'us-japan-2025-02-07';

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline();
});

describe('the founding sample in input/', () => {
  it('annotates into contract-valid records', () => {
    const original = decodeInput(readFileSync(join(INPUT, `${SEED}.txt`)));
    const records = toRecords(pipeline.annotate(SEED, original));
    expect(records.length).toBeGreaterThan(10);
    expect(contractProblems(records, original, SEED)).toEqual([]);
  });
});

describe.skipIf(!existsSync(GOLD))('the dev gold', () => {
  const docs = existsSync(GOLD)
    ? readdirSync(GOLD)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => f.slice(0, -4))
    : [];

  it.each(docs)('%s annotates into contract-valid records', (doc) => {
    const original = decodeInput(readFileSync(join(GOLD, `${doc}.txt`)));
    expect(contractProblems(toRecords(pipeline.annotate(doc, original)), original, doc)).toEqual([]);
  });

  it('the seed statement reaches the quality floors against its gold', () => {
    const original = decodeInput(readFileSync(join(GOLD, `${SEED}.txt`)));
    const pred = new Map([[SEED, toRecords(pipeline.annotate(SEED, original))]]);
    const gold = new Map([[SEED, readJsonl(join(GOLD, `${SEED}.jsonl`))]]);
    const r = evaluate(gold, pred);
    expect(r.segments.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.entities.strict.f1).toBeGreaterThanOrEqual(0.8);
    expect(r.commitments.trigger.f1).toBeGreaterThanOrEqual(0.8);
  });
});
