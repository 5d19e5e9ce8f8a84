/** The report's front page: the corpus at a glance (charts) and a sortable, filterable list of the documents. */
import { esc, page } from './html.js';
import type { FailedEntry } from './load.js';
import { categoryColor } from './palette.js';
import type { CorpusStats } from './stats.js';
import { horizontalBars, verticalBars } from './svg.js';

const TOP_PARTIES = 25;

function documentTable(stats: CorpusStats): string {
  const rows = stats.rows.map(
    (r) =>
      `<tr><td><a href="doc/${encodeURIComponent(r.page)}">${esc(r.title)}</a></td>` +
      `<td>${esc(r.date ?? '')}</td><td class="n">${r.segments}</td><td class="n">${r.entities}</td><td class="n">${r.commitments}</td></tr>`,
  );
  return (
    `<input id="filter" type="search" placeholder="Filter by title or date…" aria-label="Filter documents">
<table id="docs" class="sortable"><thead><tr><th data-sort="text">Document</th><th data-sort="text">Date</th>` +
    `<th data-sort="num">Segments</th><th data-sort="num">Entities</th><th data-sort="num">Commitments</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`
  );
}

function failures(failed: FailedEntry[]): string {
  if (failed.length === 0) return '';
  const items = failed.map((f) => `<li><code>${esc(f.input || f.id)}</code>: ${esc(f.reason)} ${esc(f.message)}</li>`);
  return `<section><h2>Not annotated (${failed.length})</h2><ul class="failed">${items.join('')}</ul></section>`;
}

export function indexPage(stats: CorpusStats, failed: FailedEntry[], source: string): string {
  const total = (key: 'segments' | 'entities' | 'commitments'): string =>
    stats.rows.reduce((n, r) => n + r[key], 0).toLocaleString('en-US');
  const years = stats.years();
  const undated = stats.undated
    ? ` <span class="muted">(${stats.undated.toLocaleString('en-US')} commitments in undated documents not shown)</span>`
    : '';
  return page(
    'jsa report',
    '',
    `<header><h1>Joint statements: the corpus at a glance</h1>
<p class="facts"><code>${esc(source)}</code> · ${stats.rows.length.toLocaleString('en-US')} documents · ${total('segments')} segments · ${total('entities')} entities · ${total('commitments')} commitments</p></header>
<main class="index">
<section class="charts">
<figure id="per-category"><figcaption>Commitments per category</figcaption>${horizontalBars('Commitments per category', [...stats.perCategory], categoryColor)}</figure>
<figure id="per-year"><figcaption>Commitments per year${undated}</figcaption>${years.length ? verticalBars('Commitments per year', years, '#1f6fb2') : '<p class="muted">No document has a known date.</p>'}</figure>
<figure id="per-party"><figcaption>Commitments per party (the ${TOP_PARTIES} named most often)</figcaption>${horizontalBars('Commitments per party', stats.topParties(TOP_PARTIES), () => '#6c4fb3')}</figure>
</section>
${failures(failed)}
<section><h2>Documents</h2>${documentTable(stats)}</section>
</main>`,
  );
}
