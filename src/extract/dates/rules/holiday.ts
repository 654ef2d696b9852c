/** Named holidays: "Thanksgiving Day", "Christmas", "Easter", "Election Day", "New Year's Day". */
import { addDays, type Day, daysBetween, formatDay, formatWeek, parseDay, weekday } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { FIXED_HOLIDAYS, HISTORIC_DAYS, HOLIDAY_NAME_NOUNS } from '../lexicon.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { escape, key } from '../patterns.js';

type HolidayDate = (year: number) => Day;

/** The n-th given weekday of a month (n = -1 for the last one). */
function nthWeekday(year: number, month: number, isoWeekday: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((isoWeekday - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const lastDay = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
  return addDays(lastDay, -((weekday(lastDay) - isoWeekday + 7) % 7));
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const MOVABLE: ReadonlyMap<string, HolidayDate> = new Map<string, HolidayDate>([
  ['thanksgiving', (y) => nthWeekday(y, 11, 4, 4)],
  ['thanksgiving day', (y) => nthWeekday(y, 11, 4, 4)],
  ['easter', easter],
  ['easter sunday', easter],
  ['good friday', (y) => addDays(easter(y), -2)],
  ['easter monday', (y) => addDays(easter(y), 1)],
  ['election day', (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  ['labor day', (y) => nthWeekday(y, 9, 1, 1)],
  ['memorial day', (y) => nthWeekday(y, 5, 1, -1)],
  // The shopping days after Thanksgiving.
  ['black friday', (y) => addDays(nthWeekday(y, 11, 4, 4), 1)],
  ['cyber monday', (y) => addDays(nthWeekday(y, 11, 4, 4), 4)],
]);

// Holiday names are capitalized ("Thanksgiving Day"), which keeps "christmas tree" sales out.
const titleCase = (name: string) => name.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
const NAMES = [...FIXED_HOLIDAYS.keys(), ...MOVABLE.keys(), ...HISTORIC_DAYS.keys()].sort((a, b) => b.length - a.length).map((n) => escape(titleCase(n)));
const HOLIDAY = new RegExp(
  `(?<![\\p{L}])(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${NAMES.join('|')})(?:\\s+(week))?(?:,?\\s+((?:1[6-9]|20)\\d\\d))?(?![\\p{L}\\d])`,
  'gu',
);
const HOLIDAY_NEAR = triggered(HOLIDAY, { pattern: `(?:${NAMES.join('|')})`, words: ['last', 'next', 'this'], chars: '\\s' });

const NAME_NOUN_AFTER = new RegExp(`^\\s+(?:${HOLIDAY_NAME_NOUNS.join('|')})(?![\\p{L}])`, 'u');

function holidayDate(name: string, year: number): Day | null {
  const fixed = FIXED_HOLIDAYS.get(name);
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  return MOVABLE.get(name)?.(year) ?? null;
}

export const holidayRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of HOLIDAY_NEAR.matchAll(text)) {
    const name = key(m[2]!);
    const relation = m[1] ? key(m[1]) : null;
    // "Easter Island", "the Easter Rising": a place or an event named after the holiday.
    if (!m[3] && !m[4] && NAME_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    let value = 'XXXX-XX-XX';
    const historic = HISTORIC_DAYS.get(name);
    if (historic) {
      // A day of history is one day: "Black Monday" with a year or "last" names no other.
      if (relation || m[3] || m[4]) continue;
      value = historic;
    } else if (m[4]) {
      value = formatDay(holidayDate(name, Number(m[4]))!);
    } else if (anchor) {
      // The occurrence nearest publication, or the one on the side that "last"/"next" names.
      const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => holidayDate(name, y)!);
      let chosen = options.reduce((best, d) => (Math.abs(daysBetween(anchor, d)) < Math.abs(daysBetween(anchor, best)) ? d : best));
      if (relation === 'last' && daysBetween(anchor, chosen) >= 0) chosen = options[options.indexOf(chosen) - 1] ?? chosen;
      if (relation === 'next' && daysBetween(anchor, chosen) <= 0) chosen = options[options.indexOf(chosen) + 1] ?? chosen;
      value = formatDay(chosen);
    }
    if (m[3] && value !== 'XXXX-XX-XX') value = formatWeek(parseDay(value)!);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: 'dates.holiday' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { HOLIDAY_NEAR };
