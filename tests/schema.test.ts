import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataLoader } from '../src/data/load.js';
import { list, map, parseChecked, str } from '../src/data/schema.js';
import { PIPELINE_SCHEMAS } from '../src/data/schemas.js';
import { DEFAULT_PIPELINE_DIR } from '../src/pipeline.js';

/** A pipeline folder holding one gazetteer file with `body`. */
function loaderWith(file: string, body: string): DataLoader {
  const dir = mkdtempSync(join(tmpdir(), 'jsa-schema-'));
  mkdirSync(join(dir, 'gazetteers'));
  writeFileSync(join(dir, file), body);
  return new DataLoader(dir);
}

describe('data file schemas', () => {
  it('reports an unknown key with file, line, field and the known keys', () => {
    const data = loaderWith(
      'gazetteers/countries.yml',
      [
        'source: test',
        'type: GPE',
        'countries:',
        '  - {id: JPN, name: Japan}',
        '  - {id: FRA, name: France, alias: [French Republic]}',
        '',
      ].join('\n'),
    );
    expect(() => data.yaml('gazetteers/countries.yml')).toThrow(
      /countries\.yml:5: countries\[1\]\.alias: unknown key "alias" \(known: id, name, official, norp, aliases/,
    );
  });

  it('reports a duplicate entry with the line of the first', () => {
    const data = loaderWith(
      'gazetteers/organizations.yml',
      [
        'source: test',
        'type: ORG',
        'entries:',
        '  - {name: Quad}',
        '  - name: ASEAN',
        '    aliases: [Association of Southeast Asian Nations]',
        '  - {name: Quad, aliases: [the Quad]}',
        '',
      ].join('\n'),
    );
    expect(() => data.yaml('gazetteers/organizations.yml')).toThrow(
      /organizations\.yml:7: entries\[2\]: duplicate entry "Quad" \(first at line 4\)/,
    );
  });

  it('closes the commitment lexicons: an unknown top-level key is an error', () => {
    for (const file of ['lexicons/commitments.yml', 'lexicons/stance-nouns.yml']) {
      const dir = mkdtempSync(join(tmpdir(), 'jsa-schema-'));
      mkdirSync(join(dir, 'lexicons'));
      writeFileSync(join(dir, file), 'version: 1\nverbz: []\n');
      expect(() => new DataLoader(dir).yaml(file, PIPELINE_SCHEMAS[file])).toThrow(/:2: verbz: unknown key "verbz"/);
    }
  });

  it("allows a person's office and term", () => {
    const data = loaderWith(
      'gazetteers/persons.yml',
      'source: test\ntype: PERSON\nentries:\n  - {name: Jimmy Carter, country: USA, office: President, from: 1977, to: 1981}\n',
    );
    expect(data.yaml('gazetteers/persons.yml')).toMatchObject({ entries: [{ name: 'Jimmy Carter', from: 1977 }] });
  });

  it('reports a duplicate word in a list and a wrong value type', () => {
    const schema = map({ words: list(str) });
    expect(() => parseChecked('x.yml', 'words: [a, b,\n  a]\n', schema)).toThrow(
      'x.yml:2: words[2]: duplicate entry "a" (first at line 1)',
    );
    expect(() => parseChecked('x.yml', 'words:\n  - a\n  - {b: 1}\n', schema)).toThrow(
      'x.yml:3: words[1]: expected a string, got a mapping',
    );
  });

  it('accepts every data file of the default pipeline', () => {
    const data = new DataLoader(DEFAULT_PIPELINE_DIR);
    for (const file of Object.keys(PIPELINE_SCHEMAS)) {
      expect(() => data.yaml(file), file).not.toThrow();
    }
  });
});
