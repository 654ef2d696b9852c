/**
 * Ranges of years written with a dash: "2005–2015", "1990-91", "the 2024–25 budget". TimeML
 * tags each end as a date of its own, as it does "from 2005 to 2015", so that both years can be
 * searched; the year rule leaves a year touching a dash alone (a score, an ISO date, an ID).
 */
import type { Candidate, DateRule } from '../candidate.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { looksLikeYear } from './year.js';

const RANGE = /(?<![\p{L}\d$€£#.,/-])(1[6-9]\d\d|20\d\d)\s?[-–—]\s?(1[6-9]\d\d|20\d\d|\d\d)(?![\p{L}\d]|[-–—/.,:]\d|\s*%)/gu;
const RANGE_NEAR = triggered(RANGE, { pattern: '(?:1[6-9]|20)\\d\\d\\s?[-–—]' });

/** The second year of a range, a full year or the last two digits of one after the first. */
function endYear(first: number, written: string): number | null {
  const year = written.length === 4 ? Number(written) : Math.floor(first / 100) * 100 + Number(written);
  const end = written.length === 2 && year <= first ? year + 100 : year;
  // A range runs forward and spans at most a century; "2023-04" is a year and a month.
  return end > first && end - first <= 100 && (written.length === 4 || end - first < 100) ? end : null;
}

export const yearRangeRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of RANGE_NEAR.matchAll(text)) {
    const first = Number(m[1]);
    const last = endYear(first, m[2]!);
    if (last === null) continue;
    const start = m.index;
    const end = start + m[0].length;
    // After a hyphen, a two-digit end up to 12 is the month of an ISO year-month ("2023-04"); so
    // "2011-12" stays unread, and only a dash makes "2011–12" a range.
    if (m[2]!.length === 2 && Number(m[2]) <= 12 && /^-/.test(m[0].slice(4))) continue;
    if (!looksLikeYear(text, start, end)) continue;
    out.push({ start, end: start + 4, type: 'DATE', value: String(first), mod: null, rule: 'dates.year:range' });
    out.push({ start: end - m[2]!.length, end, type: 'DATE', value: String(last), mod: null, rule: 'dates.year:range' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { RANGE_NEAR };
