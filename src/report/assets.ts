/** The report's shared stylesheet and script (written once to DIR/assets/; pages link them, nothing loads from the network). */
import { CATEGORY_COLORS, ENTITY_COLORS } from './palette.js';

const BASE_CSS = `* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a; background: #fafafa; }
header { padding: 1rem 2rem .5rem; background: #fff; border-bottom: 1px solid #e3e3e3; }
h1 { font-size: 1.5rem; margin: .3rem 0; line-height: 1.3; }
.facts, .muted { color: #5b6470; font-size: .9rem; }
main { padding: 1rem 2rem; }
a { color: #1f5fa0; }
code { font-size: .85em; background: #f0f0f0; padding: 0 .25em; border-radius: 3px; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: .75rem; max-width: 100%; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
.chart text { font-size: 12px; fill: #333; }
.chart .value { fill: #5b6470; font-size: 11px; }
.chart .axis { stroke: #999; }
.chart .bar:hover rect { opacity: .75; }
#filter { margin: .5rem 0; padding: .4rem .6rem; width: min(30rem, 100%); font: inherit; }
table { border-collapse: collapse; background: #fff; width: 100%; font-size: .92rem; table-layout: fixed; }
th:nth-child(2) { width: 7.5rem; } th:nth-child(n+3) { width: 8rem; }
th, td { border-bottom: 1px solid #eee; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { cursor: pointer; user-select: none; background: #f3f3f3; position: sticky; top: 0; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.doc { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 2rem; align-items: start; }
#text { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 1rem 1.5rem; line-height: 2.3; }
#text h2 { font-size: 1.15rem; line-height: 1.8; margin: 1rem 0 .25rem; }
#panel { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: .5rem 1rem; font-size: .9rem; line-height: 1.5; }
#panel h3 { font-size: 1rem; margin: .5rem 0; }
#detail dl { display: grid; grid-template-columns: 6.5rem 1fr; gap: .2rem .5rem; margin: 0; }
#detail dt { color: #5b6470; } #detail dd { margin: 0; }
.clist { padding-left: 1.5rem; margin: 0; } .clist a { text-decoration: none; color: inherit; } .clist a:hover { text-decoration: underline; }
mark.ent { padding: .15em .3em; border-radius: .3em; background: #ddd; color: inherit; line-height: 1; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.ent::after { content: attr(data-type); font-size: .6em; font-weight: 700; margin-left: .35em; vertical-align: middle; text-transform: uppercase; opacity: .75; }
mark.ent.key::after { content: none; }
.trg { border-bottom: 3px solid #888; cursor: pointer; padding-bottom: 1px; }
.trg::after { content: attr(data-cat); font-size: .58em; font-weight: 700; vertical-align: super; margin-left: .2em; color: #888; }
.trg.key { cursor: default; } .trg.key::after { content: none; }
.trg.active, .trg:focus { outline: 2px solid #1d232a; outline-offset: 2px; background: #fff7cc; }
.cat { font-size: .75em; font-weight: 700; color: #fff; padding: 0 .35em; border-radius: 3px; background: #888; }
.legend { font-size: .85rem; margin: .4rem 0; line-height: 2.4; } .legend > span { color: #5b6470; margin-left: .5rem; }
@media (max-width: 60rem) { .doc { grid-template-columns: 1fr; } #panel { position: static; max-height: none; } }
`;

/** Colours come from the palette, so pages, legend and charts agree. */
export const REPORT_CSS =
  BASE_CSS +
  Object.entries(ENTITY_COLORS)
    .map(([t, c]) => `mark.ent[data-type="${t}"] { background: ${c}; }\n`)
    .join('') +
  Object.entries(CATEGORY_COLORS)
    .map(
      ([k, c]) =>
        `.trg[data-cat="${k}"] { border-color: ${c}; } .trg[data-cat="${k}"]::after { color: ${c}; } .cat[data-cat="${k}"] { background: ${c}; }\n`,
    )
    .join('');

/** Sorting and filtering the document list; the side panel of a document page. */
export const REPORT_JS = `(function () {
  'use strict';
  // Sortable tables: click a column heading; again to reverse.
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('th');
    heads.forEach(function (th, col) {
      th.addEventListener('click', function () {
        var numeric = th.dataset.sort === 'num';
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        // Keys read once per row; rows moved into a new body (reordering in place is slow in Chromium).
        var keyed = Array.prototype.map.call(body.rows, function (r) {
          var t = r.cells[col].textContent;
          return { row: r, key: numeric ? Number(t) : t.toLowerCase() };
        });
        keyed.sort(function (a, b) { return (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * dir; });
        var sorted = document.createElement('tbody');
        keyed.forEach(function (k) { sorted.appendChild(k.row); });
        table.replaceChild(sorted, body);
      });
    });
  });
  var filter = document.getElementById('filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.toLowerCase();
      document.querySelectorAll('#docs tbody tr').forEach(function (r) { r.hidden = r.textContent.toLowerCase().indexOf(q) < 0; });
    });
  }

  // A document page: the side panel shows the commitments of the trigger hovered, focused or clicked.
  var data = document.getElementById('commitments');
  if (!data) return;
  var commitments = JSON.parse(data.textContent);
  var detail = document.getElementById('detail');
  var STRENGTH = ['none', 'aspiration', 'best efforts', 'intention', 'firm', 'binding'];
  var pinned = null;
  function row(dl, name, value) {
    var dt = document.createElement('dt'); dt.textContent = name;
    var dd = document.createElement('dd'); dd.textContent = value; dd.dataset.field = name.toLowerCase();
    dl.append(dt, dd);
  }
  function show(el) {
    detail.textContent = '';
    el.dataset.c.split(' ').forEach(function (i) {
      var c = commitments[Number(i)];
      var dl = document.createElement('dl');
      dl.className = 'commitment'; dl.dataset.c = i;
      var cat = document.createElement('span'); cat.className = 'cat'; cat.dataset.cat = c.category; cat.textContent = c.category;
      var dt = document.createElement('dt'); dt.textContent = 'Category';
      var dd = document.createElement('dd'); dd.append(cat); dd.dataset.field = 'category';
      dl.append(dt, dd);
      row(dl, 'Trigger', c.trigger.text);
      if (c.lemma) row(dl, 'Lemma', c.lemma);
      row(dl, 'Strength', c.strength === null ? '—' : c.strength + ' (' + STRENGTH[c.strength] + ')');
      row(dl, 'Actor', c.actor ? c.actor.text : '—');
      row(dl, 'Parties', c.parties.length ? c.parties.join(', ') : '—');
      row(dl, 'Content', c.content ? c.content.text : '—');
      var flags = [c.reiterated ? 'reiterated' : '', c.negated ? 'negated' : ''].filter(Boolean).join(', ');
      row(dl, 'Flags', flags || '—');
      detail.append(dl);
    });
    document.querySelectorAll('.trg.active').forEach(function (t) { t.classList.remove('active'); });
    el.classList.add('active');
  }
  function pin(el) { pinned = el; show(el); }
  document.querySelectorAll('#text .trg[data-c]').forEach(function (el) {
    el.addEventListener('mouseenter', function () { if (!pinned) show(el); });
    el.addEventListener('focus', function () { show(el); });
    el.addEventListener('click', function () { pin(el); });
  });
  document.querySelectorAll('.clist a[data-c]').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      var el = document.querySelector('#text .trg[data-c~="' + a.dataset.c + '"]');
      if (!el) return;
      ev.preventDefault();
      pin(el);
      el.scrollIntoView({ block: 'center' });
    });
  });
})();
`;
