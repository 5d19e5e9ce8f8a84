/**
 * One small schema mechanism for the pipeline's YAML data: a file's parsed
 * node tree is checked against its schema on load, and every error names the
 * file, the line and the field (`countries.yml:123: countries[57].alias:
 * unknown key "alias" (known: id, name, …)`; `…:456: duplicate entry "Japan"
 * (first at line 88)`). Exported for any stage that adds a data file of its own.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { ConfigError } from './load.js';

export type Schema =
  | { kind: 'string' | 'number' | 'boolean' | 'any'; nullable?: boolean }
  | { kind: 'oneOf'; options: Schema[]; nullable?: boolean }
  | { kind: 'list'; items: Schema; unique?: (item: unknown) => string | undefined; nullable?: boolean }
  | { kind: 'map'; keys: Record<string, Schema>; required?: string[]; rest?: Schema; nullable?: boolean };

export const str: Schema = { kind: 'string' };
export const num: Schema = { kind: 'number' };
export const bool: Schema = { kind: 'boolean' };
export const any: Schema = { kind: 'any' };
export const nullable = (s: Schema): Schema => ({ ...s, nullable: true });
export const oneOf = (...options: Schema[]): Schema => ({ kind: 'oneOf', options });
/** A list; `unique` gives each item's identity (duplicates are errors), by default a string item itself. */
export const list = (items: Schema, unique?: (item: unknown) => string | undefined): Schema => ({
  kind: 'list',
  items,
  unique: unique ?? (items.kind === 'string' ? (v) => v as string : undefined),
});
/** A mapping with these keys only (`rest`: the schema of any other key, for open mappings). */
export const map = (keys: Record<string, Schema>, options: { required?: string[]; rest?: Schema } = {}): Schema => ({
  kind: 'map',
  keys,
  ...options,
});
/** Identity of a mapping entry by one of its fields (`name`, `lemma`, …). */
export const byField =
  (field: string) =>
  (item: unknown): string | undefined => {
    const v = item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
    return typeof v === 'string' ? v : undefined;
  };

/** Parses `raw` and checks it against `schema`; returns the plain value. */
export function parseChecked(file: string, raw: string, schema: Schema | undefined): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lines, uniqueKeys: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0].line;
    throw new ConfigError(line ? `${file}:${line}` : file, '(yaml)', err.message.split('\n')[0]);
  }
  if (schema && doc.contents) check(doc.contents as Node, schema, '(top level)', { file, lines });
  return doc.toJS();
}

interface Where {
  file: string;
  lines: LineCounter;
}

const lineOf = (node: Node | null | undefined, w: Where): number => w.lines.linePos(node?.range?.[0] ?? 0).line;
const fail = (node: Node | null | undefined, w: Where, field: string, message: string): never => {
  throw new ConfigError(`${w.file}:${lineOf(node, w)}`, field, message);
};
const describe = (node: Node | null): string =>
  isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : JSON.stringify(isScalar(node) ? node.value : null);

function check(node: Node | null, schema: Schema, field: string, w: Where): void {
  const value = isScalar(node) ? node.value : node;
  if (value === null || value === undefined) {
    if (schema.nullable || schema.kind === 'any') return;
    fail(node, w, field, `expected ${expected(schema)}, got nothing`);
  }
  switch (schema.kind) {
    case 'any':
      return;
    case 'string':
    case 'number':
    case 'boolean':
      if (!isScalar(node) || typeof node.value !== schema.kind)
        fail(node, w, field, `expected a ${schema.kind}, got ${describe(node)}`);
      return;
    case 'oneOf':
      for (const option of schema.options) {
        try {
          check(node, option, field, w);
          return;
        } catch {
          /* try the next option */
        }
      }
      fail(node, w, field, `expected ${expected(schema)}, got ${describe(node)}`);
      return;
    case 'list': {
      if (!isSeq(node)) return fail(node, w, field, `expected a list, got ${describe(node)}`);
      const seen = new Map<string, number>();
      node.items.forEach((item, i) => {
        check(item as Node, schema.items, `${field}[${i}]`, w);
        const id = schema.unique?.(isScalar(item) ? item.value : (item as Node).toJSON());
        if (id === undefined) return;
        const first = seen.get(id);
        if (first !== undefined)
          fail(item as Node, w, `${field}[${i}]`, `duplicate entry "${id}" (first at line ${first})`);
        seen.set(id, lineOf(item as Node, w));
      });
      return;
    }
    case 'map': {
      if (!isMap(node)) return fail(node, w, field, `expected a mapping, got ${describe(node)}`);
      const present = new Map<string, number>();
      for (const pair of node.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        const at = field === '(top level)' ? key : `${field}.${key}`;
        if (present.has(key))
          fail(pair.key as Node, w, at, `duplicate key "${key}" (first at line ${present.get(key)})`);
        present.set(key, lineOf(pair.key as Node, w));
        const sub = schema.keys[key] ?? schema.rest;
        if (!sub) fail(pair.key as Node, w, at, `unknown key "${key}" (known: ${Object.keys(schema.keys).join(', ')})`);
        check(pair.value as Node, sub!, at, w);
      }
      for (const key of schema.required ?? []) {
        if (!present.has(key)) fail(node, w, field, `missing key "${key}"`);
      }
    }
  }
}

function expected(schema: Schema): string {
  if (schema.kind === 'oneOf') return schema.options.map(expected).join(' or ');
  return schema.kind === 'map' ? 'a mapping' : schema.kind === 'list' ? 'a list' : `a ${schema.kind}`;
}
