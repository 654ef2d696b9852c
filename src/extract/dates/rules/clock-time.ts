/**
 * Clock times: "5:30 p.m.", "3:00 p.m. local time", "8:30 p.m. BST", "1800 UTC", "noon",
 * "9 a.m. Tuesday", "midnight Friday", "5 p.m. EST, Nov. 6". The day comes from an adjacent day expression or,
 * failing that, from the last day mentioned before (resolved in the anaphora pass).
 */
import { addDays, formatDay, isValidDay } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { CLOCK_RECURRENCE_WORDS, MONTHS, WEEKDAYS } from '../lexicon.js';
import { MONTH, WEEKDAY, anyOf, key } from '../patterns.js';
import { monthDayValue, weekdayDay } from '../resolve.js';

const ZONE = `(?:\\s+(?:local\\s+time|[A-Z]{2,4}T|UTC|GMT|Zulu|[A-Z]ST|[A-Z]DT|BST|CET|CEST|EST|EDT|PST|PDT)(?:\\s*[+-]\\s*\\d{1,2})?)?`;
const MERIDIEM = `(?:[ap]\\.\\s?m\\.?|[ap]m\\b|[AP]M\\b|[AP]\\.M\\.?)`;
// TimeML takes the day named right after a clock time into the same expression.
// A weekday may stand between the clock and the month, as page bylines print them ("10:48, Tue, Nov 19, 2019").
const WEEKDAY_BEFORE_MONTH = `(?:(?:${WEEKDAY}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?`;
// The month comes first so that a weekday before it is not taken alone.
const DAY_AFTER = `(?:,?\\s+(?:${WEEKDAY_BEFORE_MONTH}(${MONTH})\\s+([12]\\d|3[01]|0?[1-9])(?!\\d)(?:,?\\s+((?:1[89]|20)\\d\\d)(?!\\d))?|(${WEEKDAY}|today|yesterday|tomorrow)))?`;
const CLOCK = new RegExp(
  `(?<![\\p{L}\\d:.])(?:(\\d{1,2})(?::(\\d{2}))?\\s*(${MERIDIEM})|(\\d{1,2}):(\\d{2})(?!\\d)|(\\d{2})(\\d{2})(?=\\s+(?:UTC|GMT|GST|hours\\b|hrs\\b|Zulu))|(noon|midnight|[Mm]idday))${ZONE}(?:\\s+hours|\\s+hrs)?${DAY_AFTER}(?![\\p{L}\\d])`,
  'gu',
);

// "a quarter before 11 a.m.", "half past 9 o'clock": the hour needs its meridiem or "o'clock".
const QUARTER_CLOCK = new RegExp(`(?:\\b[Aa]\\s+)?\\b(quarter|half)\\s+(past|after|to|before)\\s+(\\d{1,2})(?:\\s*(${MERIDIEM})|\\s+o['’]clock)(?![\\p{L}\\d])`, 'gu');

// "leave at 4 in the morning", "10 o'clock at night": an hour with its part of the day.
const HOUR_OF_PART = /(?<![\p{L}\d:.,$])(\d{1,2})(?::(\d{2}))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))(?![\p{L}])/gu;

const GAME_CLOCK_AFTER = /^\s+(?:to\s+(?:play|go)|left|remaining)(?![\p{L}])/u;

const RECURRENCE = anyOf(CLOCK_RECURRENCE_WORDS);
/** "everyday at 1 pm", "daily at 9 a.m.": the recurrence word opens the expression. */
const RECURRENCE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${RECURRENCE})\\s+at\\s+$`, 'u');
/** "17:45 weekdays", "9 a.m. daily": the recurrence word closes it. */
const RECURRENCE_AFTER = new RegExp(`^\\s+(?:on\\s+)?${RECURRENCE}(?![\\p{L}])`, 'u');
/** "12:45 and 17:45 weekdays": a clock coordinated with a recurring one recurs too. */
const COORDINATED_RECURRENCE_AFTER = new RegExp(`^(?:\\s*(?:,|and|or|&)\\s*\\d{1,2}(?::\\d{2})?(?:\\s*${MERIDIEM})?)+\\s+(?:on\\s+)?${RECURRENCE}(?![\\p{L}])`, 'u');

const HIGH_BEFORE = /(?:^|[^\p{L}])[Hh]igh\s+$/u;

export const clockTimeRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of text.matchAll(CLOCK)) {
    let hour: number;
    let minute: number;
    if (m[1] !== undefined) {
      hour = Number(m[1]);
      minute = m[2] ? Number(m[2]) : 0;
      const pm = /^p/i.test(m[3]!);
      if (hour < 1 || hour > 12) continue;
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    } else if (m[4] !== undefined) {
      hour = Number(m[4]);
      minute = Number(m[5]);
      // "3:1" scores and "10:30" ratios are ruled out by needing two minute digits and a time-like hour.
      if (hour > 23) continue;
      // "with 3:08 to play", "1:24 left": a game clock counting down, minutes and seconds, not a time of day.
      if (GAME_CLOCK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      // "completing the race in 2:14:04": a race time of hours, minutes and seconds, not a time of day.
      if (/^:\d\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    } else if (m[6] !== undefined) {
      hour = Number(m[6]);
      minute = Number(m[7]);
    } else {
      // "high noon" is a moment of decision, not a clock time.
      if (HIGH_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const word = key(m[8]!);
      // "the midnight sun" of the polar summer is no clock time.
      if (word === 'midnight' && /^\s+sun\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
      hour = word === 'midnight' ? 0 : 12;
      minute = 0;
    }
    if (hour > 23 || minute > 59) continue;
    // "midnight Friday" closes that day: ISO 8601 writes the end of a day as T24:00 (T00:00 would be the
    // night before). Without a day, the midnight meant is left at T00:00 of the day under discussion.
    const endOfDay = m[8] !== undefined && key(m[8]) === 'midnight' && (m[12] !== undefined || m[9] !== undefined);
    const clock = endOfDay ? 'T24:00' : `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const start = m.index;
    const end = start + m[0].length;
    if (m[9] !== undefined) {
      const month = MONTHS.get(key(m[9]))!;
      const day = Number(m[10]);
      if (isValidDay(2000, month, day)) {
        // "6:45 PM, Feb 16, 2018": the year written after the day is part of the expression.
        const dayValue = m[11] && isValidDay(Number(m[11]), month, day)
          ? `${m[11]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          : monthDayValue(month, day, anchor, context.tenseAt(start, end));
        out.push({ start, end, type: 'TIME', value: dayValue + clock, mod: null, rule: 'dates.clock-time:with-day' });
        continue;
      }
    }
    const recurrenceBefore = RECURRENCE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const following = text.slice(end, end + 60);
    const recurrenceAfter = RECURRENCE_AFTER.exec(following);
    if (m[12] === undefined && (recurrenceBefore || recurrenceAfter || COORDINATED_RECURRENCE_AFTER.test(following))) {
      const from = recurrenceBefore ? start - recurrenceBefore[0].length + recurrenceBefore[0].indexOf(recurrenceBefore[1]!) : start;
      const to = recurrenceAfter ? end + recurrenceAfter[0].length : end;
      out.push({ start: from, end: to, type: 'SET', value: `XXXX-XX-XX${clock}`, mod: null, rule: 'dates.clock-time:recurring' });
      continue;
    }
    const dayWord = m[12] ? key(m[12]) : null;
    if (dayWord && anchor) {
      let day = anchor;
      if (dayWord === 'yesterday') day = addDays(anchor, -1);
      else if (dayWord === 'tomorrow') day = addDays(anchor, 1);
      const weekdayNumber = WEEKDAYS.get(dayWord);
      if (weekdayNumber) day = weekdayDay(weekdayNumber, anchor, context.tenseAt(start, end), null);
      out.push({ start, end, type: 'TIME', value: formatDay(day) + clock, mod: null, rule: 'dates.clock-time:with-day' });
      continue;
    }
    // Told in the past tense ("the first attack was at about 13:40"), the time is of a day of the story,
    // not of a later date mentioned before it (a court appearance set for April 5).
    const past = context.tenseAt(start, end) === 'past';
    out.push({ start, end, type: 'TIME', value: `XXXX-XX-XX${clock}`, mod: null, rule: 'dates.clock-time', anaphoric: { unit: 'day', shift: 0, timeSuffix: clock, past } });
  }
  for (const m of text.matchAll(HOUR_OF_PART)) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (hour < 1 || hour > 12 || minute > 59) continue;
    const part = m[3] ?? m[4]!;
    // The night runs from the evening past midnight: "10 at night" is 22:00, "2 at night" 02:00.
    if (part === 'morning' && hour === 12) hour = 0;
    else if ((part === 'afternoon' || part === 'evening') && hour < 12) hour += 12;
    else if (part === 'night' && hour >= 6 && hour < 12) hour += 12;
    const clock = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const past = context.tenseAt(m.index, m.index + m[0].length) === 'past';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value: `XXXX-XX-XX${clock}`, mod: null, rule: 'dates.clock-time', anaphoric: { unit: 'day', shift: 0, timeSuffix: clock, past } });
  }
  for (const m of text.matchAll(QUARTER_CLOCK)) {
    let hour = Number(m[3]);
    if (hour < 1 || hour > 12) continue;
    if (m[4] && /^p/i.test(m[4]) && hour < 12) hour += 12;
    if (m[4] && /^a/i.test(m[4]) && hour === 12) hour = 0;
    const minutes = hour * 60 + (m[2] === 'past' || m[2] === 'after' ? 1 : -1) * (m[1] === 'quarter' ? 15 : 30);
    const total = (minutes + 24 * 60) % (24 * 60);
    const clock = `T${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    const past = context.tenseAt(m.index, m.index + m[0].length) === 'past';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value: `XXXX-XX-XX${clock}`, mod: null, rule: 'dates.clock-time', anaphoric: { unit: 'day', shift: 0, timeSuffix: clock, past } });
  }
  return out;
};
