/** Inline SVG bar charts (no script, no library): what the index page shows the corpus with. */
import { esc } from './html.js';

export type Bars = Array<[label: string, value: number]>;

const W = 600;

/** Horizontal bars, one row per label: for categories and parties. */
export function horizontalBars(title: string, bars: Bars, color: (label: string) => string): string {
  const row = 22;
  const labelW = 190;
  const max = Math.max(1, ...bars.map((b) => b[1]));
  const plotW = W - labelW - 60;
  const rows = bars.map(([label, value], i) => {
    const y = i * row;
    const w = Math.max(value > 0 ? 1 : 0, Math.round((value / max) * plotW));
    return (
      `<g class="bar" data-label="${esc(label)}" data-value="${value}"><title>${esc(label)}: ${value}</title>` +
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(label.length > 28 ? `${label.slice(0, 27)}…` : label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${row - 6}" fill="${color(label)}"/>` +
      `<text x="${labelW + w + 6}" y="${y + 15}" class="value">${value.toLocaleString('en-US')}</text></g>`
    );
  });
  const h = Math.max(row, bars.length * row);
  return `<svg class="chart" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${esc(title)}">${rows.join('')}</svg>`;
}

/** Vertical bars along an axis (years): labels under the bars, thinned when crowded. */
export function verticalBars(title: string, bars: Bars, color: string): string {
  const plotH = 180;
  const n = Math.max(1, bars.length);
  const slot = Math.max(14, Math.min(90, Math.floor((W - 40) / n)));
  const pad = 20; // room for the first and last label
  const width = Math.max(W, slot * n + 2 * pad);
  const max = Math.max(1, ...bars.map((b) => b[1]));
  const every = Math.ceil(30 / slot); // a label every `every` bars, so labels never overlap
  const cols = bars.map(([label, value], i) => {
    const h = Math.round((value / max) * plotH);
    const x = pad + i * slot;
    return (
      `<g class="bar" data-label="${esc(label)}" data-value="${value}"><title>${esc(label)}: ${value}</title>` +
      `<rect x="${x + 2}" y="${20 + plotH - h}" width="${slot - 4}" height="${h}" fill="${color}"/>` +
      (slot >= 30
        ? `<text x="${x + slot / 2}" y="${14 + plotH - h}" text-anchor="middle" class="value">${value.toLocaleString('en-US')}</text>`
        : '') +
      (i % every === 0 ? `<text x="${x + slot / 2}" y="${plotH + 36}" text-anchor="middle">${esc(label)}</text>` : '') +
      '</g>'
    );
  });
  const h = plotH + 44;
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" role="img" aria-label="${esc(title)}">` +
    `<line x1="0" y1="${20 + plotH}" x2="${width}" y2="${20 + plotH}" class="axis"/>${cols.join('')}</svg>`
  );
}
