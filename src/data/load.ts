/**
 * Loads the pipeline's domain data (YAML) and validates it on load, so that a
 * bad lexicon entry fails with the file and the field it is in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseChecked } from './schema.js';
import type { Schema } from './schema.js';
import { schemaFor } from './schemas.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ConfigError';
  }
}

export class DataLoader {
  private readonly cache: Map<string, unknown>;
  /** Files parsed without a schema: checked again when a stage reads them with one. */
  private readonly unchecked = new Set<string>();

  /**
   * `parsed`: files already parsed elsewhere (a batch's main thread parses once for all
   * workers), checked there against the schema `schemaFor` gives, if any.
   */
  constructor(
    readonly pipelineDir: string,
    parsed: Iterable<[string, unknown]> = [],
  ) {
    this.cache = new Map(parsed);
    for (const file of this.cache.keys()) if (!schemaFor(file)) this.unchecked.add(file);
  }

  /** Every file parsed so far, as [file, value] pairs (plain data: can be posted to a worker). */
  parsedFiles(): Array<[string, unknown]> {
    return [...this.cache];
  }

  /**
   * Parses every YAML file in the pipeline folder that parses (a file that
   * does not is left for the stage that reads it to report).
   */
  preloadAll(dir = ''): void {
    for (const entry of readdirSync(join(this.pipelineDir, dir), { withFileTypes: true })) {
      const file = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) this.preloadAll(file);
      else if (/\.ya?ml$/.test(entry.name)) {
        try {
          this.yaml(file);
        } catch {
          // reported when a stage reads it
        }
      }
    }
  }

  /** Path of a data file as shown in messages (relative to the pipeline folder's parent). */
  displayName(file: string): string {
    return relative(process.cwd(), join(this.pipelineDir, file)) || file;
  }

  /**
   * Parsed YAML of `file` (relative to the pipeline folder), cached, checked against
   * `schema` (by default the one `schemas.ts` lists for that path).
   */
  yaml(file: string, schema: Schema | undefined = schemaFor(file)): unknown {
    if (!this.cache.has(file) || (schema && this.unchecked.has(file))) {
      let raw: string;
      try {
        raw = readFileSync(join(this.pipelineDir, file), 'utf8');
      } catch (err) {
        throw new ConfigError(this.displayName(file), '(file)', `cannot read: ${(err as Error).message}`);
      }
      this.cache.set(file, parseChecked(this.displayName(file), raw, schema));
      if (schema) this.unchecked.delete(file);
      else this.unchecked.add(file);
    }
    return this.cache.get(file);
  }
}

/** Small validators that name the file and field of a bad value. */
export function expectString(file: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ConfigError(file, field, `expected a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function expectStringList(file: string, field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new ConfigError(file, field, `expected a list of strings, got ${JSON.stringify(value)}`);
  }
  return value.map((v, i) => expectString(file, `${field}[${i}]`, v));
}

export function expectRecord(file: string, field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(file, field, `expected a mapping, got ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}

export function expectList(file: string, field: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) {
    throw new ConfigError(file, field, `expected a list, got ${JSON.stringify(value)}`);
  }
  return value;
}
