/** Calendar arithmetic on UTC days, ISO weeks and TIMEX3 values. */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function parseDay(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** A day whose year may be unknown: "XXXX-04-14" then, as TIMEX3 writes it. */
export function formatDayOrUnknown(year: number | null | undefined, month: number, day: number): string {
  return year === null || year === undefined ? `XXXX-${pad(month)}-${pad(day)}` : formatDay({ year, month, day });
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

function toEpochDay(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Adds months, keeping the year/month pair only (the day is clamped). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Monday of ISO week `week` of ISO year `year`. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, 1 - weekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/**
 * The first and last calendar day that a TIMEX3 date or time value covers, or null for
 * durations, references and values with unknown digits.
 */
export function dayRange(value: string): { firstDay: string; lastDay: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const d = formatDay({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    return { firstDay: d, lastDay: d };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { firstDay: formatDay({ year, month, day: 1 }), lastDay: formatDay({ year, month, day: daysInMonth(year, month) }) };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    const first = m[3] ? addDays(monday, 5) : monday;
    return { firstDay: formatDay(first), lastDay: formatDay(addDays(monday, 6)) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    return { firstDay: formatDay({ year, month: q * 3 - 2, day: 1 }), lastDay: formatDay({ year, month: q * 3, day: daysInMonth(year, q * 3) }) };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    return m[2] === '1'
      ? { firstDay: `${m[1]}-01-01`, lastDay: `${m[1]}-06-30` }
      : { firstDay: formatDay({ year, month: 7, day: 1 }), lastDay: `${m[1]}-12-31` };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    // Meteorological seasons (northern hemisphere): close enough for period filters.
    const year = Number(m[1]);
    const seasons: Record<string, [string, string]> = {
      SP: [`${m[1]}-03-01`, `${m[1]}-05-31`],
      SU: [`${m[1]}-06-01`, `${m[1]}-08-31`],
      FA: [`${m[1]}-09-01`, `${m[1]}-11-30`],
      WI: [`${m[1]}-12-01`, formatDay({ year: year + 1, month: 2, day: daysInMonth(year + 1, 2) })],
    };
    const [firstDay, lastDay] = seasons[m[2]!]!;
    return { firstDay, lastDay };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { firstDay: `${m[1]}-01-01`, lastDay: `${m[1]}-12-31` };
  m = /^(\d{3})$/.exec(value);
  if (m) return { firstDay: `${m[1]}0-01-01`, lastDay: `${m[1]}9-12-31` };
  m = /^(\d{2})$/.exec(value);
  if (m) return { firstDay: `${m[1]}00-01-01`, lastDay: `${m[1]}99-12-31` };
  return null;
}
