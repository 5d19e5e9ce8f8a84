/** Renders an evaluation report as a plain-text table. */
import type { EvalReport } from './score.js';
import type { Prf } from './prf.js';

const pct = (x: number): string => x.toFixed(3);
const row = (label: string, p: Prf): string =>
  `${label.padEnd(28)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${String(p.tp).padStart(5)} ${String(p.predicted).padStart(5)} ${String(p.gold).padStart(5)}`;

export function renderReport(r: EvalReport): string {
  const c = r.commitments;
  const lines = [
    `documents: ${r.documents.predicted}/${r.documents.gold} predicted${r.documents.missing.length ? ` (missing: ${r.documents.missing.join(', ')})` : ''}`,
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
  return lines.join('\n') + '\n';
}
