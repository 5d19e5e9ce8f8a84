import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../src/eval/load.js';
import { evaluate, headline } from '../src/eval/score.js';
import { type GoldSpec, specToRecords } from '../src/eval/spec.js';

const GOLD = join(__dirname, '..', '..', 'shared', 'gold');

describe('specToRecords', () => {
  const original = '---\ntitle: Japan and Chile\n---\n**Japan and\nChile**\n\nJapan will  help Chile.\n';
  const spec: GoldSpec = {
    doc: 'd',
    segments: [
      ['H', 'Japan and Chile'],
      ['S', 'Japan will help Chile.'],
    ],
    entities: [
      ['Japan', 'GPE', 'JPN'],
      ['Chile', 'GPE', 'CHL'],
      ['Japan', 'GPE', 'JPN'],
      ['Chile', 'GPE', 'CHL'],
    ],
    commitments: [{ s: 1, trigger: 'will help', category: 'COMMIT', actor: 'Japan', parties: ['JPN'], strength: 4 }],
  };

  it('locates strings across hard wraps and markup, never in front matter', () => {
    const records = specToRecords(spec, original);
    expect(records.map((r) => [r.kind, r.start, r.text])).toEqual([
      ['heading', 33, 'Japan and Chile'],
      ['sentence', 52, 'Japan will help Chile.'],
    ]);
    expect(records[0].entities.map((e) => e.start)).toEqual([33, 43]);
    expect(records[1].section).toBe('Japan and Chile');
    expect(records[1].commitments[0].trigger).toEqual({ start: 58, end: 68, text: 'will help' });
    expect(records[1].commitments[0].actor?.start).toBe(52);
  });

  it('names the string it cannot find', () => {
    expect(() => specToRecords({ ...spec, entities: [['Peru', 'GPE', 'PER']] }, original)).toThrow(
      /entity "Peru" not found/,
    );
  });
});

describe.skipIf(!existsSync(join(GOLD, 'spec')))('the shared gold specs', () => {
  const docs = existsSync(join(GOLD, 'spec'))
    ? readdirSync(join(GOLD, 'spec')).map((f) => f.replace(/\.json$/, ''))
    : [];
  it.each(docs)('%s converts to exactly its gold JSONL', (doc) => {
    const spec = JSON.parse(readFileSync(join(GOLD, 'spec', `${doc}.json`), 'utf8')) as GoldSpec;
    const records = specToRecords(spec, readFileSync(join(GOLD, 'dev', `${doc}.txt`), 'utf8'));
    const figures = headline(
      evaluate(new Map([[doc, readJsonl(join(GOLD, 'dev', `${doc}.jsonl`))]]), new Map([[doc, records]])),
    );
    expect(Object.values(figures)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });
});
