/**
 * Checks records against the JSON Schema the package ships
 * (`schema/jsa-1.schema.json`). A small validator of the keywords that schema
 * uses: any other keyword is an error, so schema and validator cannot drift
 * apart silently (and no validator dependency is needed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/jsa-1.schema.json', import.meta.url));

/** One reason a record does not fit: where (a JSON Pointer, `""` for the record) and why. */
export interface SchemaProblem {
  path: string;
  reason: string;
}

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set([
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'items',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'uniqueItems',
  'anyOf',
  '$ref',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const fits = (v: unknown, type: string): boolean =>
  typeOf(v) === type || (type === 'number' && typeOf(v) === 'integer');

class Validator {
  private readonly patterns = new Map<string, RegExp>();

  constructor(readonly root: Schema) {
    this.checkKeywords(root, '#');
  }

  /** Every keyword of the schema must be one this validator understands. */
  private checkKeywords(s: Schema, at: string): void {
    for (const [key, value] of Object.entries(s)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key))
        throw new Error(`${SCHEMA_FILE}: ${at}: keyword "${key}" is not supported by jsa's validator`);
      if (key === 'pattern') this.patterns.set(value as string, new RegExp(value as string, 'u'));
    }
    const nested = (x: unknown, where: string): void => this.checkKeywords(x as Schema, where);
    for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Schema>))
      nested(v, `${at}/properties/${k}`);
    for (const [k, v] of Object.entries((s.$defs ?? {}) as Record<string, Schema>)) nested(v, `${at}/$defs/${k}`);
    if (s.items) nested(s.items, `${at}/items`);
    ((s.anyOf ?? []) as Schema[]).forEach((v, i) => nested(v, `${at}/anyOf/${i}`));
  }

  private resolve(ref: string): Schema {
    const m = /^#\/\$defs\/([\w-]+)$/.exec(ref);
    const target = m ? (this.root.$defs as Record<string, Schema> | undefined)?.[m[1]] : undefined;
    if (!target) throw new Error(`${SCHEMA_FILE}: cannot resolve $ref "${ref}"`);
    return target;
  }

  check(v: unknown, s: Schema, path: string, out: SchemaProblem[]): void {
    if (s.$ref) return this.check(v, this.resolve(s.$ref as string), path, out);
    const fail = (reason: string): void => void out.push({ path, reason });
    if ('const' in s && v !== s.const) return fail(`must be ${JSON.stringify(s.const)}, got ${JSON.stringify(v)}`);
    if (s.enum && !(s.enum as unknown[]).includes(v))
      return fail(`must be one of ${(s.enum as unknown[]).join(', ')}, got ${JSON.stringify(v)}`);
    if (s.type) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => fits(v, t))) return fail(`must be ${types.join(' or ')}, got ${typeOf(v)}`);
    }
    if (s.anyOf) return this.anyOf(v, s.anyOf as Schema[], path, out);
    if (typeof v === 'string') {
      if (typeof s.minLength === 'number' && [...v].length < s.minLength)
        fail(`must have at least ${s.minLength} character(s)`);
      if (typeof s.pattern === 'string' && !this.patterns.get(s.pattern)!.test(v))
        fail(`must match ${s.pattern}, got ${JSON.stringify(v)}`);
    }
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) fail(`must be >= ${s.minimum}, got ${v}`);
      if (typeof s.maximum === 'number' && v > s.maximum) fail(`must be <= ${s.maximum}, got ${v}`);
    }
    if (Array.isArray(v)) {
      if (s.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) fail('must not repeat an item');
      if (s.items) v.forEach((x, i) => this.check(x, s.items as Schema, `${path}/${i}`, out));
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      for (const key of (s.required ?? []) as string[]) if (!(key in obj)) fail(`must have "${key}"`);
      for (const [key, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
        if (key in obj) this.check(obj[key], sub, `${path}/${key}`, out);
      }
    }
  }

  /** Fits one branch; else the problems of a branch of the value's type, or what types would do. */
  private anyOf(v: unknown, branches: Schema[], path: string, out: SchemaProblem[]): void {
    const wrongType: string[] = [];
    let inside: SchemaProblem[] | null = null;
    for (const b of branches) {
      const problems: SchemaProblem[] = [];
      this.check(v, b, path, problems);
      if (problems.length === 0) return;
      const top = problems.find((p) => p.path === path && p.reason.startsWith('must be '));
      if (top) wrongType.push(top.reason.replace(/^must be (.*?)(, got .*)?$/, '$1'));
      else inside ??= problems;
    }
    out.push(...(inside ?? [{ path, reason: `must be ${wrongType.join(' or ')}, got ${typeOf(v)}` }]));
  }
}

let validator: Validator | null = null;

/** The problems of one record (a parsed `.jsonl` line); empty when it fits the schema. */
export function validateRecord(record: unknown): SchemaProblem[] {
  validator ??= new Validator(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema);
  const out: SchemaProblem[] = [];
  validator.check(record, validator.root, '', out);
  return out;
}
