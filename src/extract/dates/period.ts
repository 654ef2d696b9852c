/**
 * Calendar periods named by a unit (day, week, month, quarter, half, year, decade, century) or a
 * season: their TIMEX3 values, shifts by whole units, and the link a period named relative to the
 * one under discussion leaves for the anaphora pass. Shared by the rule modules and anaphora.ts.
 */
import { addDays, addMonths, type Day, daysInMonth, formatDay, formatMonth, formatWeek, pad, quarterOf } from './calendar.js';
import type { AnaphoricValue } from './candidate.js';
import { SEASONS } from './lexicon.js';
import { key } from './patterns.js';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The unit a word names ("week-end" and "weekend" alike), or null for "half" and other words. */
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/-/g, '');
  if (w === 'weekend') return 'weekend';
  if (w === 'day' || w === 'week' || w === 'month' || w === 'quarter' || w === 'year' || w === 'decade' || w === 'century') return w;
  return null;
}

/** Value of the calendar period `unit` that contains `day`. */
export function periodValue(day: Day, unit: Unit): string {
  switch (unit) {
    case 'day':
      return formatDay(day);
    case 'week':
      return formatWeek(day);
    case 'weekend':
      return `${formatWeek(day)}-WE`;
    case 'month':
      return formatMonth(day.year, day.month);
    case 'quarter':
      return `${pad(day.year, 4)}-Q${quarterOf(day.month)}`;
    case 'half':
      return `${pad(day.year, 4)}-H${day.month <= 6 ? 1 : 2}`;
    case 'year':
      return pad(day.year, 4);
    case 'decade':
      return pad(day.year, 4).slice(0, 3);
    case 'century':
      return pad(day.year, 4).slice(0, 2);
  }
}

/** The day `n` units away from `day` (weeks are 7 days, quarters 3 months, decades 10 years). */
export function shiftDay(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'day':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'month':
    case 'quarter':
    case 'half': {
      const months = unit === 'month' ? n : unit === 'quarter' ? 3 * n : 6 * n;
      const shifted = addMonths(day.year, day.month, months);
      return { ...shifted, day: 1 };
    }
    case 'year':
      // The same day n years away; 29 February becomes the 28th in a common year.
      return { year: day.year + n, month: day.month, day: Math.min(day.day, daysInMonth(day.year + n, day.month)) };
    case 'decade':
    case 'century':
      return { year: day.year + (unit === 'decade' ? 10 : 100) * n, month: day.month, day: Math.min(day.day, 28) };
  }
}

/** Value of a period of unit `unit` whose place in the calendar is unknown. */
export function unknownValue(unit: Unit): string {
  switch (unit) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'half':
      return 'XXXX-HX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
  }
}

/** First month of each season. */
export const SEASON_STARTS: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Value of `season` in `year` ("1990-SU"), or in an unknown year. */
export function seasonValue(year: number | null, season: string): string {
  return `${year === null ? 'XXXX' : pad(year, 4)}-${SEASONS.get(season.toLowerCase())}`;
}

/**
 * The link to the period under discussion for a unit the anaphora pass resolves (day, month,
 * year), `shift` units away; null for the others.
 */
export function anaphoric(unit: Unit, shift: number): AnaphoricValue | null {
  if (unit === 'day' || unit === 'month' || unit === 'year') return { unit, shift };
  return null;
}

/** The year named by "1990", "this year", "last year", "next year" (the last three need an anchor). */
export function yearFromWords(words: string | undefined, anchor: Day | null): number | null {
  if (!words) return null;
  const w = key(words);
  if (/^\d{4}$/.test(w)) return Number(w);
  if (!anchor) return null;
  return anchor.year + (w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0);
}
