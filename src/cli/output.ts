import { stringify } from 'csv-stringify/sync';
import type { Row } from '../store/queries.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Longest a table cell may be before it is cut; JSON and CSV are never cut. */
const MAX_CELL = 60;

/** Renders rows in one of the formats every command shares. `columns` narrows the table only. */
export function formatRows(rows: readonly Row[], format: Format, columns?: readonly string[]): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'jsonl':
      return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    case 'csv': {
      const header = rows[0] ? Object.keys(rows[0]) : (columns ?? []);
      return stringify(rows.map((row) => header.map((key) => cellText(row[key]))), { header: true, columns: header });
    }
    case 'table':
      return formatTable(rows, columns);
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function formatTable(rows: readonly Row[], columns?: readonly string[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const keys = columns ?? Object.keys(rows[0]!);
  const cells = rows.map((row) =>
    keys.map((key) => {
      const text = cellText(row[key]).replace(/\s+/g, ' ');
      return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
    }),
  );
  const widths = keys.map((key, i) => Math.max(key.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(keys), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return `${out.join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
