/** Renders an evaluation report as a plain-text table. */
import type { EvalReport } from './score.js';
import type { Prf } from './prf.js';

const pct = (x: number): string => x.toFixed(3);
const row = (label: string, p: Prf): string =>
  `${label.padEnd(28)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${String(p.tp).padStart(5)} ${String(p.predicted).padStart(5)} ${String(p.gold).padStart(5)}`;

const listed = (names: string[]): string =>
  names.length > 5 ? `${names.slice(0, 5).join(', ')}, … ${names.length - 5} more` : names.join(', ');

export function documentsLine(d: EvalReport['documents']): string {
  const notes = [
    d.missingInPred.length ? `not predicted: ${listed(d.missingInPred)}` : '',
    d.missingInGold.length ? `not in gold: ${listed(d.missingInGold)}` : '',
  ].filter(Boolean);
  return `documents: ${d.scored} scored (gold ${d.gold}, predicted ${d.predicted})${notes.length ? `; ${notes.join('; ')}` : ''}`;
}

export function renderReport(r: EvalReport): string {
  const c = r.commitments;
  const lines = [
    documentsLine(r.documents),
    '',
    `${''.padEnd(28)} P      R      F1        tp  pred  gold`,
    row('segments', r.segments),
    row('entities (strict)', r.entities.strict),
    row('entities (lenient)', r.entities.lenient),
    ...Object.entries(r.entities.byType).map(([type, s]) => row(`  ${type} (strict)`, s.strict)),
    row('commitment triggers', c.trigger),
    row('commitment categories', c.category),
    ...Object.entries(c.byCategory).map(([cat, p]) => row(`  ${cat}`, p)),
    '',
    `segment kind accuracy        ${pct(r.segments.kindAccuracy.accuracy)} (${r.segments.kindAccuracy.correct}/${r.segments.kindAccuracy.total})`,
    `entity id accuracy           ${pct(r.entities.idAccuracy.accuracy)} (${r.entities.idAccuracy.correct}/${r.entities.idAccuracy.total})`,
    `commitment parties accuracy  ${pct(c.parties.accuracy)} (${c.parties.correct}/${c.parties.total})`,
    `commitment reiterated acc.   ${pct(c.reiterated.accuracy)} (${c.reiterated.correct}/${c.reiterated.total})`,
    `commitment negated accuracy  ${pct(c.negated.accuracy)} (${c.negated.correct}/${c.negated.total})`,
    `commitment strength MAE      ${c.strengthMae.mae.toFixed(3)} (n=${c.strengthMae.n})`,
  ];
  return `${lines.join('\n')}\n`;
}
