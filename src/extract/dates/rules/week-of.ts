/**
 * A week or weekend named by one of its days: "the week of March 6" (2000-W10), "the weekend
 * of June 12"; or by its rank in a month: "the last week of March" (2009-W13), "the first
 * weekend of May 2024".
 */
import { addDays, daysInMonth, formatWeek, isValidDay, parseDay, weekday } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { MONTHS } from '../lexicon.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { MONTH, key } from '../patterns.js';
import { monthDayValue, yearForMonth } from '../resolve.js';

const WEEK_OF = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Tt]hat|[Tt]his)\\s+(week|weekend)\\s+of\\s+(${MONTH})\\s+([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\d])`,
  'gu',
);
const WEEK_OF_NEAR = triggered(WEEK_OF, { pattern: 'week(?:end)?\\s+of', words: ['the', 'that', 'this'], chars: '\\s' });

const RANKS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);
const RANKED_WEEK = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+(${[...RANKS.keys()].join('|')})\\s+(week|weekend)\\s+of\\s+(${MONTH})(?:,?\\s+(1[6-9]\\d\\d|20\\d\\d))?(?![\\p{L}\\d])`,
  'gu',
);
const RANKED_WEEK_NEAR = triggered(RANKED_WEEK, { pattern: 'week(?:end)?\\s+of', words: ['the', ...RANKS.keys()], chars: '\\s' });

/**
 * The week (or weekend) of rank `rank` (1-4, or -1 for the last) in a month: the n-th week is the
 * one holding the month's (7n-3)th day, so that it lies mostly in the month (as ISO's first week of
 * a year does); the n-th weekend is the one of the month's n-th Saturday.
 */
function rankedWeek(year: number, month: number, rank: number, weekend: boolean): string {
  const last = daysInMonth(year, month);
  if (!weekend) {
    const day = rank > 0 ? 7 * rank - 3 : last - 3;
    return formatWeek({ year, month, day });
  }
  const first = { year, month, day: 1 };
  const firstSaturday = addDays(first, (6 - weekday(first) + 7) % 7);
  const lastDay = { year, month, day: last };
  // The last weekend whose Saturday falls in the month.
  const lastSaturday = addDays(lastDay, -((weekday(lastDay) - 6 + 7) % 7));
  return `${formatWeek(rank > 0 ? addDays(firstSaturday, 7 * (rank - 1)) : lastSaturday)}-WE`;
}

export const weekOfRule: DateRule = (context) => {
  const out: Candidate[] = [];
  for (const m of WEEK_OF_NEAR.matchAll(context.text)) {
    const month = MONTHS.get(key(m[2]!))!;
    const dayNumber = Number(m[3]);
    if (!isValidDay(2000, month, dayNumber)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const day = parseDay(monthDayValue(month, dayNumber, context.anchor, context.tenseAt(start, end)));
    const weekend = m[1] === 'weekend';
    const value = day ? formatWeek(day) + (weekend ? '-WE' : '') : weekend ? 'XXXX-WXX-WE' : 'XXXX-WXX';
    out.push({ start, end, type: 'DATE', value, mod: null, rule: 'dates.week-of' });
  }
  for (const m of RANKED_WEEK_NEAR.matchAll(context.text)) {
    const rank = RANKS.get(m[1]!)!;
    const month = MONTHS.get(key(m[3]!))!;
    const start = m.index;
    const end = start + m[0].length;
    const weekend = m[2] === 'weekend';
    const year = m[4] ? Number(m[4]) : context.anchor ? yearForMonth(month, context.anchor, context.tenseAt(start, end)) : null;
    const value = year === null ? (weekend ? 'XXXX-WXX-WE' : 'XXXX-WXX') : rankedWeek(year, month, rank, weekend);
    out.push({ start, end, type: 'DATE', value, mod: null, rule: 'dates.week-of:ranked' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { WEEK_OF_NEAR, RANKED_WEEK_NEAR };
