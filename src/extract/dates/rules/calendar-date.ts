/**
 * Explicit calendar dates: "April 14, 2025", "14 April", "Aug. 2", "2025-04-14",
 * "Monday, Oct. 26", "October 2024", "March, 2018", "May" (guarded), "mid-2024".
 */
import { daysBetween, formatDay, formatDayOrUnknown, formatMonth, isValidDay, parseDay } from '../calendar.js';
import type { Candidate, DateRule, RuleContext } from '../candidate.js';
import { ENDED_BEFORE, MONTHS, MONTH_LEAD_WORDS, NAME_MONTHS, UNAMBIGUOUS_MONTH_NAMES, WEEKDAYS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { MONTH, SPACE_BEHIND, WEEKDAY, anyOf, key } from '../patterns.js';
import { FAR_DAYS_BEHIND_SCHEDULED, monthDayValue, monthValue } from '../resolve.js';

const YEAR = `(?:1[5-9]\\d\\d|20\\d\\d)`;
// White space within a line: a date never runs across a line break (headline, dateline).
const SPACE = `[^\\S\\n]+`;
const DAY = `(?:[12]\\d|3[01]|0?[1-9])`;
const PART = anyOf(['early', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the first half of', 'the second half of']);

const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:(${WEEKDAY}),?${SPACE})?(?:(?:the${SPACE})?(${DAY})(?:st|nd|rd|th)?${SPACE}(?:of${SPACE})?(${MONTH})|(${MONTH})${SPACE}(${DAY})(?:st|nd|rd|th)?(?!\\d|:\\d))(?:,?${SPACE}(${YEAR}|(?:last|this|next)${SPACE}year))?(?![\\p{L}\\d])`,
  'gu',
);
// The second day of "April 24 and 25" / "April 24-25" is a date of its own.
// "June 2-5, 2018", "July 13 to 17 of last year": the year after the second day is the year of both.
const SECOND_DAY = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH})\\s+(${DAY})(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*(${DAY})(?:st|nd|rd|th)?(?![\\p{L}\\d:])(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?![\\p{L}\\d])|\\s+of\\s+((?:[Ll]ast|[Tt]his|[Nn]ext)\\s+year)(?![\\p{L}]))?`,
  'gud',
);
// The first day of "14-16 April", "between 10 and 12 May 2019": the month and year are those of the second.
const FIRST_DAY = new RegExp(`(?<![\\p{L}\\d.,/:-])(${DAY})(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*(${DAY})(?:st|nd|rd|th)?${SPACE}(?:of${SPACE})?(${MONTH})(?:,?${SPACE}(${YEAR}))?(?![\\p{L}\\d])`, 'gu');
const ISO_DAY = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
// "14/04/2025", "14.04.2025", and with a two-digit year only with slashes ("7/8/07"; "1.2.07" is a version).
const SLASH_DAY = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|(?<=\/)\d{2})(?![\d/]|\.\d)/g;
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(?:(${PART})[\\s-]+)?(${MONTH}),?${SPACE}(?:of${SPACE})?(${YEAR}|(?:this|last|next)${SPACE}year)(?![\\p{L}\\d])`, 'gu');
// A bare month name is a date only after a preposition or modifier, or before a comma/full stop:
// "May" and "March" are also words, and capitalized at the start of a sentence.
const BARE_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:((?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\\s+end\\s+of|[Tt]he\\s+beginning\\s+of|[Tt]he\\s+start\\s+of|[Tt]he\\s+middle\\s+of|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\\s+this|[Ll]ater\\s+this)[\\s-]+)|(?<=(?<![\\p{L}])(?:the|The|in|In|since|Since|until|Until|by|By|of|from|From|to|through|during|During|before|Before|after|After|between|and|or|early|mid|late|last|next|this|Until|till|for|For|a|an|,)${SPACE_BEHIND}))(${MONTH})(?![\\p{L}\\d])(?![.,]?\\s*(?:${YEAR}|\\d))`,
  'gu',
);

// Each of these patterns holds a month name, and only a few words can come before it (see near.ts).
const PART_WORDS = wordsOf(['the beginning of', 'the start of', 'the middle of', 'the end of', 'the first second half of', 'early mid late']);
const MONTH_DAY_NEAR = triggered(MONTH_DAY, {
  pattern: MONTH,
  words: [...WEEKDAYS.keys(), ...[...WEEKDAYS.keys()].map((d) => `${d}s`), 'the', 'of', 'st', 'nd', 'rd', 'th'],
  chars: '[\\s\\d,]',
});
const MONTH_YEAR_NEAR = triggered(MONTH_YEAR, { pattern: MONTH, words: PART_WORDS, chars: '[\\s-]' });
const FIRST_DAY_NEAR = triggered(FIRST_DAY, { pattern: MONTH, words: ['and', 'or', 'to', 'through', 'of', 'st', 'nd', 'rd', 'th'], chars: '[\\s\\d–-]' });
const BARE_MONTH_NEAR = triggered(BARE_MONTH, {
  pattern: MONTH,
  words: [...PART_WORDS, 'last', 'next', 'this', 'earlier', 'later'],
  chars: '[\\s-]',
});

// Month names that are no other common English word stand alone anywhere ("the job figures for
// January", "October's sales"), unless they are part of a name ("Black September", "October Revolution").
const UNAMBIGUOUS_MONTH = new RegExp(
  `(?<![\\p{L}\\d]|\\p{Lu}\\p{L}*\\s+)(${UNAMBIGUOUS_MONTH_NAMES.join('|')})(?![\\p{L}\\d])(?![.,]?\\s*(?:${YEAR}|\\d))(?!\\s+\\p{Lu})`,
  'gu',
);
const UNAMBIGUOUS_MONTH_NEAR = triggered(UNAMBIGUOUS_MONTH, { pattern: `(?:${UNAMBIGUOUS_MONTH_NAMES.join('|')})` });

// "Theresa May", "Mrs May", "Prime Minister May": a capitalized word that is no preposition or modifier
// right before a month name that is also a name, with no day or year after it, shows it is a person's name.
const NAME_MONTH = new RegExp(`(?:${NAME_MONTHS.join('|')})(?![\\p{L}\\d])(?![.,]?\\s*\\d)`, 'gu');
const capitalizedWords = (words: Iterable<string>) => [...words].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const NAME_BEFORE_MONTH = new RegExp(
  `(?:^|[^\\p{L}])(?!(?:${MONTH_LEAD_WORDS.join('|')}|${capitalizedWords(WEEKDAYS.keys())}|${capitalizedWords(MONTHS.keys())})\\.?\\s)\\p{Lu}\\p{Ll}*\\.?[^\\S\\n]+$`,
  'u',
);
/** Prepositions and modifiers that keep a bare month a month even where the word is also a name in the text. */
const MONTH_OF_NAME_BEFORE = /(?:^|[^\p{L}])(?:in|since|until|till|during|through|throughout|early|mid|late|last|next|this|of|from|the end of)[\s-]+$/iu;

const ENDED_BEFORE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${ENDED_BEFORE.join('|')})\\s+$`, 'u');

function partMod(part: string | undefined): string | null {
  if (!part) return null;
  const p = key(part);
  if (p === 'early' || p.startsWith('the beginning') || p.startsWith('the start') || p === 'the first half of') return 'START';
  if (p === 'mid' || p.startsWith('the middle')) return 'MID';
  if (p === 'late' || p.startsWith('the end') || p === 'the second half of') return 'END';
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.get(key(name)) ?? 0;
}

function relativeYear(word: string, context: RuleContext): string {
  const w = key(word);
  if (/^\d{4}$/.test(w)) return w;
  if (!context.anchor) return 'XXXX';
  const shift = w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0;
  return String(context.anchor.year + shift);
}

// "In 2019, outbreaks were declared in the Philippines on February 6, Tonga on October 22": a year that
// opens the sentence sets the scene for the days without a year after it ("approved in 1987" inside a
// clause does not: "had purchased 481,000 shares through Sept. 29" is this year's).
const OPENING_YEAR = new RegExp(`^[\\s"“'‘(]*In${SPACE}(${YEAR})(?![\\p{L}\\d]|[-–/]\\d)`, 'u');

/** A determiner or possessive before a day makes it the name of an event: "the Sept. 12 attack", "Trump's July 25 call". */
const EVENT_DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|this|that)|['’]s?)\s+$/iu;

/** A day at the start of a line, then a dash and a place: an entry of a list of dates ("June 9 – Tampa, FL"). */
function isScheduleEntry(text: string, start: number, end: number): boolean {
  // Only the few characters before the day are looked at, so that a long text without line breaks costs nothing.
  const from = Math.max(0, start - 8);
  return (from === 0 ? /(?:^|\n)[ \t]*$/ : /\n[ \t]*$/).test(text.slice(from, start)) && /^\s*(?:–|—|--|-)\s*\p{Lu}/u.test(text.slice(end, end + 6));
}

function yearOfSentence(context: RuleContext, start: number): number | null {
  const from = context.sentenceStartAt(start);
  const m = OPENING_YEAR.exec(context.text.slice(from, Math.min(start, from + 20)));
  const year = m ? Number(m[1]) : null;
  // The publication year is what the day would get anyway, with its tense-based choice of year.
  return year !== null && context.anchor && year === context.anchor.year ? null : year;
}

export const calendarDateRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of MONTH_DAY_NEAR.matchAll(text)) {
    const month = monthNumber(m[3] ?? m[4]!);
    const day = Number(m[2] ?? m[5]);
    const start = m.index;
    const end = start + m[0].length;
    let value: string;
    if (m[6] && /year$/.test(m[6])) {
      if (!isValidDay(2000, month, day)) continue;
      const year = relativeYear(m[6], context);
      value = formatDayOrUnknown(year === 'XXXX' ? null : Number(year), month, day);
    } else if (m[6]) {
      const year = Number(m[6]);
      if (!isValidDay(year, month, day)) continue;
      value = formatDay({ year, month, day });
    } else {
      if (!isValidDay(2000, month, day)) continue;
      const sentenceYear = yearOfSentence(context, start);
      if (sentenceYear !== null && isValidDay(sentenceYear, month, day)) {
        out.push({ start, end, type: 'DATE', value: formatDay({ year: sentenceYear, month, day }), mod: null, rule: 'dates.calendar:month-day' });
        continue;
      }
      if (isScheduleEntry(text, start, end)) {
        // "June 9 – West Palm Beach, FL": a line of a list of tour or event dates, which are to come.
        value = monthDayValue(month, day, context.anchor, 'future', 0);
      } else {
        const named = EVENT_DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
        value = monthDayValue(month, day, context.anchor, context.tenseAt(start, end), named ? undefined : FAR_DAYS_BEHIND_SCHEDULED);
      }
      // "the quarter ended Oct. 31": a period that ended is over, so its last day is not after publication.
      const resolved = parseDay(value);
      if (resolved && context.anchor && daysBetween(context.anchor, resolved) > 0 && ENDED_BEFORE_PATTERN.test(text.slice(Math.max(0, start - 12), start))) {
        if (isValidDay(resolved.year - 1, month, day)) value = formatDay({ year: resolved.year - 1, month, day });
      }
    }
    out.push({ start, end, type: 'DATE', value, mod: null, rule: m[6] ? 'dates.calendar:month-day-year' : 'dates.calendar:month-day' });
  }
  for (const m of text.matchAll(SECOND_DAY)) {
    const month = monthNumber(m[1]!);
    const [first, day] = [Number(m[2]), Number(m[3])];
    if (!isValidDay(2000, month, day) || day <= first) continue;
    const end = m.index + m[0].length;
    // "June 2-5, 2000 people attended": a count after the range, not its year.
    const yearText = m[4] && /^\s+(?:people|men|women|\p{Ll}{2,}s)(?![\p{L}])/u.test(text.slice(end, end + 20)) ? undefined : (m[4] ?? m[5]);
    // The second day with its ordinal suffix, where the year (if any) begins after it.
    const secondDay = m.indices![3]!;
    const start = secondDay[0];
    const dayEnd = secondDay[1] + (/^(?:st|nd|rd|th)/.test(text.slice(secondDay[1], secondDay[1] + 2)) ? 2 : 0);
    if (yearText) {
      const year = relativeYear(yearText, context);
      if (year !== 'XXXX' && !isValidDay(Number(year), month, day)) continue;
      const dayValue = (d: number) => formatDayOrUnknown(year === 'XXXX' ? null : Number(year), month, d);
      // The first day of the range takes the same year (a tie with the month-day rule's reading, won by priority).
      const firstDay = new RegExp(`^(?:${MONTH})\\s+(?:${DAY})(?:st|nd|rd|th)?`, 'u').exec(m[0])!;
      out.push({ start: m.index, end: m.index + firstDay[0].length, type: 'DATE', value: dayValue(first), mod: null, rule: 'dates.calendar:month-day-year', priority: 2 });
      out.push({ start, end, type: 'DATE', value: dayValue(day), mod: null, rule: 'dates.calendar:second-day' });
      continue;
    }
    out.push({ start, end: dayEnd, type: 'DATE', value: monthDayValue(month, day, context.anchor, context.tenseAt(m.index, end)), mod: null, rule: 'dates.calendar:second-day' });
  }
  for (const m of FIRST_DAY_NEAR.matchAll(text)) {
    const month = monthNumber(m[3]!);
    const [day, last] = [Number(m[1]), Number(m[2])];
    if (!isValidDay(2000, month, last) || day >= last) continue;
    const end = m.index + m[0].length;
    // The year the month-day rule gives the second day, read the same way.
    const year = m[4]
      ? Number(m[4])
      : (yearOfSentence(context, m.index) ?? parseDay(monthDayValue(month, last, context.anchor, context.tenseAt(m.index, end), FAR_DAYS_BEHIND_SCHEDULED))?.year);
    const value = formatDayOrUnknown(year, month, day);
    out.push({ start: m.index, end: m.index + m[0].search(/\s*(?:and|or|to|through|-|–)/u), type: 'DATE', value, mod: null, rule: 'dates.calendar:first-day' });
  }
  for (const m of text.matchAll(ISO_DAY)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(year, month, day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: formatDay({ year, month, day }), mod: null, rule: 'dates.calendar:iso' });
  }
  for (const m of text.matchAll(SLASH_DAY)) {
    // Day first, as in most of the world's press; an impossible month falls back to month first (US).
    // When both readings are days, the one nearer publication wins ("7/8/07" on 2007-07-09 is July 8).
    let [day, month] = [Number(m[1]), Number(m[3])];
    const year = m[4]!.length === 2 ? (Number(m[4]) < 70 ? 2000 : 1900) + Number(m[4]) : Number(m[4]);
    if (month > 12) [month, day] = [day, month];
    else if (day <= 12 && day !== month && context.anchor && isValidDay(year, day, month)) {
      const dayFirst = Math.abs(daysBetween(context.anchor, { year, month, day }));
      const monthFirst = Math.abs(daysBetween(context.anchor, { year, month: day, day: month }));
      if (monthFirst < dayFirst) [month, day] = [day, month];
    }
    if (!isValidDay(year, month, day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: formatDay({ year, month, day }), mod: null, rule: 'dates.calendar:numeric' });
  }
  for (const m of MONTH_YEAR_NEAR.matchAll(text)) {
    const year = relativeYear(m[3]!, context);
    const month = monthNumber(m[2]!);
    const value = year === 'XXXX' ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(Number(year), month);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: partMod(m[1]), rule: 'dates.calendar:month-year' });
  }
  // Month names that are a person's name in this text ("Theresa May ... resigning in protest to May's deal"),
  // looked up once, when a bare month that can be a name is first met.
  let names: Set<string> | null = null;
  const isName = (month: string): boolean => {
    if (!NAME_MONTHS.includes(month)) return false;
    if (!names) {
      names = new Set<string>();
      for (const m of text.matchAll(NAME_MONTH)) {
        if (NAME_BEFORE_MONTH.test(text.slice(Math.max(0, m.index - 24), m.index))) names.add(m[0]);
      }
    }
    return names.has(month);
  };
  for (const m of BARE_MONTH_NEAR.matchAll(text)) {
    const modifier = m[1] ? key(m[1]) : '';
    if (isName(m[2]!) && (/^['’]s(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || !MONTH_OF_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].length - m[2]!.length)))) continue;
    // An abbreviation alone ("Jan Kavan", "Mar") is a name or a word, not a month.
    if (m[2]!.length <= 4 && !/^(?:May|June|July|MAY|JUNE|JULY)$/.test(m[2]!)) continue;
    const month = monthNumber(m[2]!);
    const start = m.index;
    const end = start + m[0].length;
    let value: string;
    if (context.anchor && (modifier === 'last' || modifier === 'next' || modifier === 'this' || modifier.endsWith('this'))) {
      const tense = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : 'none';
      // "last June" is the most recent June before the publication month, "next June" the first after it.
      const year =
        modifier === 'last'
          ? month >= context.anchor.month ? context.anchor.year - 1 : context.anchor.year
          : modifier === 'next'
            ? month <= context.anchor.month ? context.anchor.year + 1 : context.anchor.year
            : context.anchor.year;
      value = tense === 'none' ? formatMonth(context.anchor.year, month) : formatMonth(year, month);
    } else {
      value = monthValue(month, context.anchor, context.tenseAt(start, end));
    }
    out.push({ start, end, type: 'DATE', value, mod: partMod(m[1]), rule: 'dates.calendar:month' });
  }
  for (const m of UNAMBIGUOUS_MONTH_NEAR.matchAll(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = monthValue(monthNumber(m[1]!), context.anchor, context.tenseAt(start, end));
    out.push({ start, end, type: 'DATE', value, mod: null, rule: 'dates.calendar:month', priority: -1 });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { MONTH_DAY_NEAR, MONTH_YEAR_NEAR, BARE_MONTH_NEAR, UNAMBIGUOUS_MONTH_NEAR, FIRST_DAY_NEAR };
