/** A compact table of a gold report, for the terminal. */
import type { MatchCounts, PRF } from './score-metrics.js';
import type { GoldReport } from './score.js';

const LABEL_WIDTH = 16;
const NUMBER_WIDTH = 6;
const TALLY_WIDTH = 14;

/** Percent with one decimal; a dash where there was nothing to measure. */
function percent(value: number | null): string {
  return value === null ? '—' : (100 * value).toFixed(1);
}

function judged(name: string, value: number | null, count: number): string {
  return `${name} ${percent(value)} (n=${count})`;
}

function row(label: string, scores: PRF, counts: MatchCounts, extras: string[] = []): string {
  const numbers = [scores.p, scores.r, scores.f1].map((v) => percent(v).padStart(NUMBER_WIDTH)).join('');
  const tally = `${counts.tp}/${counts.tp + counts.fp}/${counts.tp + counts.fn}`.padStart(TALLY_WIDTH);
  return [label.padEnd(LABEL_WIDTH) + numbers + tally, ...extras].join('  ');
}

/** The table, ending with a newline so that it can be written to stdout as it is. */
export function formatGoldReport(report: GoldReport): string {
  const { counts, entities, commitments } = report;
  const header = ['P', 'R', 'F1'].map((h) => h.padStart(NUMBER_WIDTH)).join('') + 'tp/pred/gold'.padStart(TALLY_WIDTH);
  const lines = [
    `gold articles: ${report.articles}   (percentages; tp/predicted/gold counts; — = nothing to measure)`,
    ''.padEnd(LABEL_WIDTH) + header,
    row('entities', entities, counts.entities, [
      judged('role', entities.role_acc, counts.role.judged),
      judged('country', entities.country_acc, counts.country.judged),
    ]),
    row('dates relaxed', report.dates.relaxed, counts.dates.relaxed),
    row('dates strict', report.dates.strict, counts.dates.strict),
    row('dates value', report.dates.value, counts.dates.value),
    row('commitments', commitments, counts.commitments, [
      `parties F1 ${percent(commitments.parties_f1)}`,
      judged('status', commitments.status_acc, counts.status.judged),
      judged('date', commitments.date_acc, counts.date.judged),
      `topics F1 ${percent(commitments.topics_f1)}`,
    ]),
    row('quotes', report.quotes, counts.quotes),
  ];
  return `${lines.join('\n')}\n`;
}
