/** Plain-text listing of item differences, shared by `jsa diff` and `jsa eval --errors`. */
import type { DocDiff, FieldChange, ItemDiff } from './diff.js';
import { itemLabel } from './items.js';

export interface DiffWords {
  removed: string;
  added: string;
  changed: string;
}

export const DIFF_WORDS: DiffWords = { removed: 'removed', added: 'added', changed: 'changed' };

const short = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** A span shows as its text and start; anything else as JSON. */
function show(v: unknown): string {
  const span = v as { text?: unknown; start?: unknown } | null;
  return span && typeof span === 'object' && typeof span.text === 'string'
    ? `${JSON.stringify(span.text)}@${span.start}`
    : JSON.stringify(v);
}

/** A field change; lists of strings (parties) as what left and what came. */
function fieldChange(f: FieldChange): string {
  const [before, after] = [f.old, f.new];
  if (Array.isArray(before) && Array.isArray(after)) {
    const gone = before.filter((x) => !after.includes(x));
    const came = after.filter((x) => !before.includes(x));
    return `${f.field}${gone.length ? ` −${JSON.stringify(gone)}` : ''}${came.length ? ` +${JSON.stringify(came)}` : ''}`;
  }
  return `${f.field} ${show(f.old)} → ${show(f.new)}`;
}

type Labelled = Parameters<typeof itemLabel>[1];

function line(mark: string, d: ItemDiff): string {
  const before = itemLabel(d.kind, (d.old ?? d.new) as Labelled);
  const after = d.old && d.new ? itemLabel(d.kind, d.new as Labelled) : before;
  const label = after === before ? before : `${before} → ${after}`;
  const fields = d.fields ? `: ${d.fields.map(fieldChange).join('; ')}` : '';
  const head = `  ${mark} seg ${d.seg} ${d.kind} ${label}${fields}`;
  return `${head}\n      ${d.kind === 'segment' ? '' : 'in '}${JSON.stringify(short(d.sentence))}`;
}

const plural = (n: number, k: string): string => (n === 1 ? k : k === 'entity' ? 'entities' : `${k}s`);

const byPlace = (a: ItemDiff, b: ItemDiff): number => a.seg - b.seg || a.kind.localeCompare(b.kind);

/** Counts per change and kind, e.g. `2 removed (1 entity, 1 commitment), 1 changed (1 commitment)`. */
export function countLine(d: DocDiff, words: DiffWords): string {
  const part = (items: ItemDiff[], word: string): string | null => {
    if (!items.length) return null;
    const kinds = (['segment', 'entity', 'commitment'] as const)
      .map((k) => [k, items.filter((i) => i.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${plural(n, k)}`);
    return `${items.length} ${word} (${kinds.join(', ')})`;
  };
  return [part(d.removed, words.removed), part(d.added, words.added), part(d.changed, words.changed)]
    .filter(Boolean)
    .join(', ');
}

export function renderDocDiff(doc: string, d: DocDiff, words: DiffWords = DIFF_WORDS): string {
  const lines = [`${doc}: ${countLine(d, words)}`];
  const all = [
    ...d.removed.map((x) => ['-', x] as const),
    ...d.added.map((x) => ['+', x] as const),
    ...d.changed.map((x) => ['~', x] as const),
  ].sort((a, b) => byPlace(a[1], b[1]));
  for (const [mark, x] of all) lines.push(line(mark, x));
  return `${lines.join('\n')}\n`;
}
