/**
 * One segment's text with its entities and commitment triggers marked up.
 * Records give code-point offsets into the original file, which the report
 * does not read, and the segment's own `text` is whitespace-collapsed with
 * markup removed, so offsets cannot be used in it: each span's text is found
 * in it instead, in record order (entities and triggers are both sorted).
 */
import type { SegmentRecord } from '../emit/jsonl.js';
import { esc } from './html.js';

interface Mark {
  start: number;
  end: number;
  /** Opening tag; the closing one follows from `tag`. */
  open: string;
  tag: 'mark' | 'span';
  trigger: boolean;
  /** Commitment indices in the document held by a trigger mark. */
  commitments: number[];
}

const WORD = /[\p{L}\p{N}]/u;

/** True when `needle` at `i` does not start or end inside a word of `text` (`US` is not found in `BUS`). */
function wholeWord(text: string, i: number, length: number): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  return (
    !(before && WORD.test(before) && WORD.test(text[i])) &&
    !(after && WORD.test(after) && WORD.test(text[i + length - 1]))
  );
}

/**
 * Where `needle` is in `text`: the first whole-word occurrence at or after
 * `from` (spans come in text order, so this is the next unmarked mention),
 * else the first occurrence at all after `from`; -1 when there is none.
 */
export function locate(text: string, needle: string, from = 0): number {
  if (needle === '') return -1;
  const first = text.indexOf(needle, from);
  for (let i = first; i >= 0; i = text.indexOf(needle, i + 1)) if (wholeWord(text, i, needle.length)) return i;
  return first;
}

/** Trims a trigger so that it does not cross an entity (entities are kept whole). */
function uncross(t: Mark, entities: Mark[]): void {
  for (const e of entities) {
    const crossesStart = e.start > t.start && e.start < t.end && e.end > t.end;
    const crossesEnd = e.end > t.start && e.end < t.end && e.start < t.start;
    if (crossesStart) t.end = e.start;
    if (crossesEnd) t.start = e.end;
  }
}

function render(text: string, marks: Mark[]): string {
  marks.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.trigger) - Number(a.trigger));
  let out = '';
  let pos = 0;
  const stack: Mark[] = [];
  const closeTo = (limit: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].end <= limit) {
      const m = stack.pop()!;
      out += `${esc(text.slice(pos, m.end))}</${m.tag}>`;
      pos = m.end;
    }
  };
  for (const m of marks) {
    closeTo(m.start);
    const parent = stack[stack.length - 1];
    if (m.end <= m.start || (parent && m.end > parent.end)) continue; // empty, or (after uncross) never: crossing
    out += esc(text.slice(pos, m.start)) + m.open;
    pos = m.start;
    stack.push(m);
  }
  closeTo(Infinity);
  return out + esc(text.slice(pos));
}

export interface MarkedSegment {
  html: string;
  /** Spans whose text could not be found in the segment's text (listed apart on the page). */
  unplaced: string[];
}

/** `firstCommitment`: the document-wide index of this segment's first commitment. */
export function markSegment(rec: SegmentRecord, firstCommitment: number): MarkedSegment {
  const text = rec.text;
  const unplaced: string[] = [];
  const entities: Mark[] = [];
  let from = 0;
  for (const e of rec.entities) {
    const at = locate(text, e.text, from);
    if (at < 0) {
      unplaced.push(`${e.type} “${e.text}”`);
      continue;
    }
    from = at + e.text.length;
    const label = e.id && e.id !== e.text ? `${e.type} · ${e.id}` : e.type;
    entities.push({
      start: at,
      end: from,
      tag: 'mark',
      trigger: false,
      commitments: [],
      open: `<mark class="ent" data-type="${esc(e.type)}" data-id="${esc(e.id ?? '')}" title="${esc(label)}">`,
    });
  }
  const triggers: Mark[] = [];
  let next = 0; // triggers come in order too; two commitments may share one
  rec.commitments.forEach((c, k) => {
    const index = firstCommitment + k;
    const at = locate(text, c.trigger.text, next);
    if (at >= 0) next = at;
    const shared = at < 0 ? undefined : triggers.find((t) => at < t.end && at + c.trigger.text.length > t.start);
    if (at < 0) unplaced.push(`${c.category} “${c.trigger.text}”`);
    else if (shared) shared.commitments.push(index);
    else
      triggers.push({
        start: at,
        end: at + c.trigger.text.length,
        tag: 'span',
        trigger: true,
        commitments: [index],
        open: '',
      });
  });
  for (const t of triggers) {
    uncross(t, entities);
    const c = rec.commitments[t.commitments[0] - firstCommitment];
    const more = t.commitments.length > 1 ? ` (+${t.commitments.length - 1} more)` : '';
    const title = [c.category, c.strength === null ? '' : `strength ${c.strength}`, c.parties.join(', ')]
      .filter(Boolean)
      .join(' · ');
    t.open =
      `<span class="trg" id="c${t.commitments[0]}" data-c="${t.commitments.join(' ')}" data-cat="${esc(c.category)}" ` +
      `tabindex="0" title="${esc(title + more)}">`;
  }
  return { html: render(text, [...entities, ...triggers]), unplaced };
}
