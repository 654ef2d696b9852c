/** News-specific choices of the year or week that an under-specified expression refers to. */
import { addDays, daysBetween, type Day, formatDay, formatDayOrUnknown, formatMonth, isValidDay, parseDay, weekday } from './calendar.js';
import type { Candidate } from './candidate.js';
import { isFuture, type Tense } from './tense.js';

/** Within this distance of publication, a month or day is taken in the publication year whatever the tense. */
// News mostly reports the past, so a past-tense cue pulls back sooner than a future one pushes ahead.
const FAR_DAYS_AHEAD = 60;
const FAR_DAYS_BEHIND = 120;
/** The same for a day later in the publication year, which news style writes without its year. */
const FAR_DAYS_AHEAD_SAME_YEAR = 90;
const FAR_MONTHS = 2;

/**
 * How far behind publication a day told in the future tense may lie before it is read as next year's,
 * when nothing but a preposition comes before it ("will loop into Shoreline on Sept. 12", printed in
 * November, is next September). A day after a determiner names an event ("will be tried for the Sept. 12
 * attack") and keeps the wider FAR_DAYS_BEHIND.
 */
export const FAR_DAYS_BEHIND_SCHEDULED = 30;

/**
 * Year of a month-day without a year: the one nearest the publication day, pulled to the
 * past or the future when the clause says so (a report of "Dec. 20" in January is last year's).
 */
export function yearForMonthDay(month: number, day: number, anchor: Day, tense: Tense, farBehind = FAR_DAYS_BEHIND): number {
  let best = anchor.year;
  let bestDistance = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const distance = daysBetween(anchor, { year, month, day });
    if (Math.abs(distance) < Math.abs(bestDistance)) {
      bestDistance = distance;
      best = year;
    }
  }
  // Tense only overrides the nearest year when the nearest is months away on the wrong side.
  // A date of the publication year goes without its year in news style ("by October 31" in August,
  // "Critics have claimed ..."): a past-tense cue, often the reporting verb of another clause, pulls a
  // day of this year back a year only when it is further ahead than one of next year needs to be.
  if (tense === 'past' && bestDistance > (best > anchor.year ? FAR_DAYS_AHEAD : FAR_DAYS_AHEAD_SAME_YEAR)) return best - 1;
  if (isFuture(tense) && bestDistance < -farBehind) return best + 1;
  return best;
}

/**
 * Year of a bare month name: the occurrence nearest publication ("January" in a November
 * article is two months ahead), the earlier one on a tie, pulled by tense when far.
 */
export function yearForMonth(month: number, anchor: Day, tense: Tense): number {
  let delta = month - anchor.month;
  if (delta > 6) delta -= 12;
  if (delta < -6) delta += 12;
  if (delta === 6) delta = -6;
  if (tense === 'past' && delta > FAR_MONTHS) delta -= 12;
  if (isFuture(tense) && delta < -FAR_MONTHS) delta += 12;
  return anchor.year + Math.floor((anchor.month - 1 + delta) / 12);
}

export function monthValue(month: number, anchor: Day | null, tense: Tense): string {
  return anchor ? formatMonth(yearForMonth(month, anchor, tense), month) : `XXXX-${String(month).padStart(2, '0')}`;
}

export function monthDayValue(month: number, day: number, anchor: Day | null, tense: Tense, farBehind = FAR_DAYS_BEHIND): string {
  return formatDayOrUnknown(anchor ? yearForMonthDay(month, day, anchor, tense, farBehind) : null, month, day);
}

/**
 * The day a weekday name refers to: the most recent such day on or before publication for
 * past or untensed news reports, the next one after it for future ones.
 */
export function weekdayDay(targetWeekday: number, anchor: Day, tense: Tense, relation: 'last' | 'next' | 'this' | null): Day {
  const current = weekday(anchor);
  // The future seen from a past moment: the day before publication can still lie ahead of that
  // moment ("was expected to pass Wednesday night", printed on Thursday); further back, a report of
  // what would happen there would be a report of what happened, so the day is still to come.
  if (relation === null && tense === 'future-past' && (current - targetWeekday + 7) % 7 === 1) return addDays(anchor, -1);
  if (relation === 'next' || (relation === null && isFuture(tense)) || (relation === 'this' && isFuture(tense))) {
    let ahead = (targetWeekday - current + 7) % 7;
    // "next Monday" said on a Monday is a week away; "until Monday" or "will meet Monday" is that day.
    if (ahead === 0 && relation === 'next') ahead = 7;
    return addDays(anchor, ahead);
  }
  let back = (current - targetWeekday + 7) % 7;
  // "last Thursday" said on a Friday is the Thursday of the week before, not yesterday.
  if (relation === 'last' && targetWeekday < current) back += 7;
  if (relation === 'last' && back === 0) back = 7;
  return addDays(anchor, -back);
}

/**
 * Days of one sentence written without their year follow each other in the calendar: in "the trek kicks
 * off June 9th and concludes October 10th", read in November, October 10th falls in the year of June 9th
 * (next year), not in the October just past. A later day of the calendar that was given an earlier year
 * than the day before it in the sentence takes that day's year.
 */
export function keepSentenceOrder(candidates: readonly Candidate[], sentenceStartAt: (start: number) => number, anchor: Day | null): void {
  if (!anchor) return;
  let previous: { sentence: number; year: number; month: number; day: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.rule !== 'dates.calendar:month-day') continue;
    const day = parseDay(candidate.value);
    if (!day) continue;
    const sentence = sentenceStartAt(candidate.start);
    // Only a day read as past after one still to come: "payable Jan. 2 to stock of record Dec. 15" (in
    // November) names a record day before the payment, both ahead, and stays as read.
    const ahead = previous !== null && daysBetween(anchor, { year: previous.year, month: previous.month, day: previous.day }) > 0;
    if (previous && ahead && previous.sentence === sentence && day.year < previous.year && daysBetween(anchor, day) < 0 && (day.month > previous.month || (day.month === previous.month && day.day > previous.day))) {
      if (isValidDay(previous.year, day.month, day.day)) {
        candidate.value = formatDay({ year: previous.year, month: day.month, day: day.day });
        day.year = previous.year;
      }
    }
    previous = { sentence, year: day.year, month: day.month, day: day.day };
  }
}
