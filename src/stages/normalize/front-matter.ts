/** YAML front matter (`---` … `---` at the top of a Markdown file) → document metadata. */
import { parse } from 'yaml';
import type { DocumentMeta } from '../../document.js';
import { readSimpleMapping } from './simple-yaml.js';

export interface FrontMatter {
  meta: DocumentMeta;
  /** UTF-16 index where the body starts (0 when there is no front matter). */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
/** Front matter longer than this is not front matter but a document starting with a rule. */
const MAX_FRONT_MATTER = 64 * 1024;
/** The keys meta is made of. */
const WANTED: ReadonlySet<string> = new Set(['title', 'date', 'source_url', 'source', 'url']);

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function readFrontMatter(original: string): FrontMatter {
  const open = OPEN.exec(original);
  if (!open) return { meta: {}, bodyStart: 0 };
  // The closing `---` must sit on a line of its own.
  const closer = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  closer.lastIndex = open[0].length - 1;
  const close = closer.exec(original.slice(0, MAX_FRONT_MATTER));
  if (!close) return { meta: {}, bodyStart: 0 };
  const yamlText = original.slice(open[0].length, close.index);
  const bodyStart = close.index + close[0].length;
  const simple = readSimpleMapping(yamlText, WANTED);
  let data: unknown;
  if (simple) data = Object.fromEntries(simple);
  else {
    try {
      data = parse(yamlText);
    } catch {
      // Not YAML after all: keep the text as it is.
      return { meta: {}, bodyStart: 0 };
    }
  }
  if (data === null || data === undefined) return { meta: {}, bodyStart };
  if (typeof data !== 'object' || Array.isArray(data)) return { meta: {}, bodyStart: 0 };
  const rec = data as Record<string, unknown>;
  const meta: DocumentMeta = {};
  const title = asText(rec.title);
  const date = asText(rec.date);
  const source = asText(rec.source_url) ?? asText(rec.source) ?? asText(rec.url);
  if (title !== undefined) meta.title = title.replace(/[\u00a0\u202f]/g, ' ');
  if (date !== undefined) meta.date = date;
  if (source !== undefined) meta.source = source;
  return { meta, bodyStart };
}
