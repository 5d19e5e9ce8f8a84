/**
 * One document's page: its text segment by segment, entities highlighted by
 * type and commitment triggers by category; a side panel shows a trigger's
 * actor, parties, strength and content on hover or click, and lists them all.
 */
import type { SegmentRecord } from '../emit/jsonl.js';
import { markSegment } from './highlight.js';
import { esc, page, scriptJson } from './html.js';
import type { DocMeta } from './load.js';
import { CATEGORY_COLORS, ENTITY_COLORS } from './palette.js';

/** A new paragraph where the original has more than one character between two sentences (a blank line, markup). */
const PARAGRAPH_GAP = 2;

function legend(records: SegmentRecord[]): string {
  const types = new Set(records.flatMap((r) => r.entities.map((e) => e.type)));
  const cats = new Set(records.flatMap((r) => r.commitments.map((c) => c.category)));
  const ents = Object.keys(ENTITY_COLORS)
    .filter((t) => types.has(t))
    .map((t) => `<mark class="ent key" data-type="${t}">${t}</mark>`);
  const coms = Object.keys(CATEGORY_COLORS)
    .filter((c) => cats.has(c))
    .map((c) => `<span class="trg key" data-cat="${c}">${c}</span>`);
  return `<div class="legend"><span>Entities:</span> ${ents.join(' ') || '—'} <span>Commitments:</span> ${coms.join(' ') || '—'}</div>`;
}

function body(records: SegmentRecord[]): { html: string; unplaced: string[] } {
  const parts: string[] = [];
  const unplaced: string[] = [];
  let open = false;
  let index = 0;
  let prevEnd = -1;
  for (const r of records) {
    const marked = markSegment(r, index);
    index += r.commitments.length;
    unplaced.push(...marked.unplaced);
    const seg = `data-seg="${r.seg}"`;
    if (r.kind === 'heading') {
      if (open) parts.push('</p>');
      open = false;
      parts.push(`<h2 class="seg heading" ${seg}>${marked.html}</h2>`);
    } else {
      if (open && r.start - prevEnd >= PARAGRAPH_GAP) parts.push('</p>');
      if (!open || r.start - prevEnd >= PARAGRAPH_GAP) parts.push('<p>');
      open = true;
      parts.push(`<span class="seg" ${seg}>${marked.html}</span> `);
    }
    prevEnd = r.end;
  }
  if (open) parts.push('</p>');
  return { html: parts.join(''), unplaced };
}

function commitmentList(records: SegmentRecord[]): string {
  const items = records
    .flatMap((r) => r.commitments)
    .map(
      (c, i) =>
        `<li><a href="#c${i}" data-c="${i}"><span class="cat" data-cat="${esc(c.category)}">${esc(c.category)}</span> ${esc(c.trigger.text)}</a></li>`,
    );
  return items.length
    ? `<ol class="clist">${items.join('')}</ol>`
    : '<p class="muted">No commitments in this document.</p>';
}

export interface DocPageInput {
  id: string;
  title: string;
  meta: DocMeta;
  records: SegmentRecord[];
}

export function docPage({ id, title, meta, records }: DocPageInput): string {
  const { html, unplaced } = body(records);
  const commitments = records.flatMap((r) => r.commitments.map((c) => ({ ...c, seg: r.seg })));
  const entities = records.reduce((n, r) => n + r.entities.length, 0);
  const facts = [
    meta.date ? `<time>${esc(meta.date)}</time>` : '',
    `<code>${esc(id)}</code>`,
    `${records.length} segments · ${entities} entities · ${commitments.length} commitments`,
    meta.source ? `<a href="${esc(meta.source)}" rel="noreferrer">source</a>` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const note = unplaced.length
    ? `<p class="muted unplaced">Not found in the segment text, so not highlighted: ${unplaced.map(esc).join('; ')}</p>`
    : '';
  return page(
    title,
    '../',
    `<header><a href="../index.html">← all documents</a><h1>${esc(title)}</h1><p class="facts">${facts}</p>${legend(records)}</header>
<main class="doc"><article id="text">${html}${note}</article>
<aside id="panel"><h3>Commitment</h3><div id="detail"><p class="muted">Hover over or click an underlined trigger to see its actor, parties, strength and content.</p></div>
<h3>All commitments (${commitments.length})</h3>${commitmentList(records)}</aside></main>
<script type="application/json" id="commitments">${scriptJson(commitments)}</script>`,
  );
}
