/**
 * Reporting periods of financial news, which compare quarters and halves: "the 1988 period",
 * "the latest period", "that quarter", "the first two quarters of 1990" (1990-H1), "the last half of 1989"
 * (1989-H2). A period named by its year alone takes the quarter under discussion, as "a year
 * ago" does (resolved in the anaphora pass).
 */
import { pad } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { key } from '../patterns.js';

const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)`;

// "the 1988 period", "the 1989 quarter", "the comparable 1988 period".
const YEAR_PERIOD = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:(?:comparable|corresponding|same)\\s+)?(${YEAR})\\s+(period|quarter)(?![\\p{L}])`, 'gu');
// "the latest period", "the most recent period", "the latest quarter".
const LATEST_PERIOD = /(?<![\p{L}])[Tt]he\s+(?:latest|most\s+recent)\s+(?:period|quarter)(?![\p{L}])/gu;
// "that quarter": the quarter mentioned before.
const THAT_QUARTER = /(?<![\p{L}])[Tt]hat\s+quarter(?![\p{L}])/gu;
// "the first two quarters of 1990", "the last half of 1989", "the final two quarters".
const HALF_OF_YEAR = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+(first|last|final|latter|second)\\s+(two\\s+quarters|half)(?:\\s+of\\s+(${YEAR}|this\\s+year|last\\s+year|next\\s+year))?(?![\\p{L}])(?!\\s+of\\b)`,
  'gu',
);

// Each pattern is only run near a word that every match of it holds (see near.ts).
const YEAR_PERIOD_NEAR = triggered(YEAR_PERIOD, { pattern: `${YEAR}\\s+(?:period|quarter)`, words: ['the', 'comparable', 'corresponding', 'same'], chars: '\\s' });
const LATEST_PERIOD_NEAR = triggered(LATEST_PERIOD, { pattern: 'latest|most\\s+recent', words: ['the'], chars: '\\s' });
const THAT_QUARTER_NEAR = triggered(THAT_QUARTER, { pattern: 'quarter', words: ['that'], chars: '\\s' });
const HALF_OF_YEAR_NEAR = triggered(HALF_OF_YEAR, { pattern: 'two\\s+quarters|half', words: ['the', 'first', 'last', 'final', 'latter', 'second'], chars: '\\s' });

function quarterBefore(anchorYear: number, anchorMonth: number): string {
  const current = Math.floor((anchorMonth - 1) / 3) + 1;
  return current === 1 ? `${pad(anchorYear - 1, 4)}-Q4` : `${pad(anchorYear, 4)}-Q${current - 1}`;
}

export const reportingPeriodRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of YEAR_PERIOD_NEAR.matchAll(text)) {
    const year = Number(m[1]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: pad(year, 4),
      mod: null,
      rule: 'dates.reporting-period:year-period',
      anaphoric: { unit: 'year', shift: 0, year, fromAnchor: true },
    });
  }
  for (const m of LATEST_PERIOD_NEAR.matchAll(text)) {
    // Without a quarter under discussion, the latest reported quarter is the one before publication.
    const value = anchor ? quarterBefore(anchor.year, anchor.month) : 'XXXX-QX';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: 'dates.reporting-period:latest', anaphoric: { unit: 'year', shift: 0, fromAnchor: true } });
  }
  for (const m of THAT_QUARTER_NEAR.matchAll(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'XXXX-QX', mod: null, rule: 'dates.reporting-period:that-quarter', anaphoric: { unit: 'year', shift: 0, fromAnchor: true } });
  }
  for (const m of HALF_OF_YEAR_NEAR.matchAll(text)) {
    const which = key(m[1]!);
    const half = which === 'first' ? 1 : 2;
    const yearWords = m[3] ? key(m[3]) : null;
    let year: number | null = null;
    if (yearWords && /^\d{4}$/.test(yearWords)) year = Number(yearWords);
    else if (yearWords && anchor) year = anchor.year + (yearWords.startsWith('last') ? -1 : yearWords.startsWith('next') ? 1 : 0);
    else if (anchor) year = anchor.year;
    // "the second half" alone is left to the quarter rule; only the wordings it misses are taken here.
    if (which === 'second' && !/quarters/.test(m[2]!)) continue;
    if (which === 'first' && !/quarters/.test(m[2]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year === null ? 'XXXX' : pad(year, 4)}-H${half}`, mod: null, rule: 'dates.reporting-period:half' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { YEAR_PERIOD_NEAR, LATEST_PERIOD_NEAR, THAT_QUARTER_NEAR, HALF_OF_YEAR_NEAR };
