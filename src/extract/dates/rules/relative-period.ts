/**
 * Weeks, months, quarters, halves, years and seasons named relative to publication or to a
 * date mentioned before: "this week", "last month", "earlier this year", "two years ago",
 * "the previous year", "the third quarter of 1990", "H1 2024", "the summer of 2024",
 * "that day", "the following day", "three years later".
 */
import { addDays, addMonths, type Day, daysInMonth, formatDay, formatMonth, formatWeek, pad, parseDay, quarterOf, weekday } from '../calendar.js';
import { isFuture, type Tense } from '../tense.js';
import type { AnaphoricValue, Candidate, DateRule, RuleContext } from '../candidate.js';
import { GAME_WORDS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, SESSION_VERBS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { COUNT, MONTH, NEXT_AS_DURATION_BEFORE, ORDINAL, anyOf, key } from '../patterns.js';
import { monthDayValue, monthValue } from '../resolve.js';
import { parseCount } from '../numbers.js';
import { durationValue } from './duration.js';

type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const SEASON = anyOf(SEASONS.keys());
const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)`;

// "this/last/next week", "earlier this year", "earlier in the month", "the previous year", "the week".
const PERIOD_RELATIONS = [
  'this', 'last', 'next', 'the previous', 'the current', 'the coming', 'the same', 'that same', 'that', 'the',
  'earlier this', 'later this', 'early this', 'late this', 'earlier in the', 'later in the', 'early in the',
  'late in the', 'early last', 'late last', 'early next', 'late next', 'the end of this', 'the end of last',
  'the end of the', 'the end of next', 'the beginning of this', 'the beginning of next', 'the start of this',
  'the middle of this', 'the middle of next', 'the rest of this', 'the rest of the', 'this past', 'the following',
  'the prior', 'the latest', 'the last', 'the past', 'the early', 'the late', 'the next', 'the full', 'the fiscal', 'the current fiscal', 'this fiscal', 'last fiscal', 'next fiscal',
];
const DEICTIC_PERIOD = new RegExp(
  `(?<![\\p{L}])(${anyOf(PERIOD_RELATIONS)})\\s+(day|week-?end|week|month|quarter|year|decade|century|${SEASON})(?![\\p{L}-])`,
  'gu',
);
const AGO = new RegExp(
  `(?<![\\p{L}])(?:(about|almost|nearly|some|more than|less than|just over|over|roughly|around|only)\\s+)?(?:${COUNT}\\s+or\\s+)?(${COUNT}|half\\s+an?|an?|a\\s+few|an?\\s+couple(?:\\s+of)?|several|many)\\s+(day|week|month|year|decade|century|centuries)s?(?:[\\s-]+and[\\s-]+a[\\s-]+half)?(?:\\s+or\\s+(?:so|(${COUNT})))?[\\s-]+(ago|back|earlier|later|from\\s+now|hence)(?![\\p{L}])`,
  'giu',
);
// "just months ago", "years ago": a time in the past of unknown distance, as "a few years ago" is.
const BARE_AGO = /(?<![\p{L}])(?:days|weeks|months|years|decades)\s+ago(?![\p{L}])/gu;
/** Verbs that make "N years back" a move or a reach into the past rather than "ago": "set the launch two years back". */
const MOVED_BACK_BEFORE = /(?:^|[^\p{L}])(?:set|sets|setting|push|pushes|pushed|pushing|move|moves|moved|moving|put|puts|putting|pull|pulled|knock|knocked|held|hold|holds|go|goes|going|went|gone|date|dates|dated|dating|trace|traced|tracing|look|looks|looked|looking|stretch|stretches|stretched|reach|reached|reaching)(?:\s+\p{L}+){0,3}\s+$/iu;
const QUARTER = new RegExp(
  `(?<![\\p{L}\\d])(?:([Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Tt]his\\s+year's|[Ll]ast\\s+year's|[Nn]ext\\s+year's|[Ii]ts|[Tt]heir)\\s+)?(?:(${YEAR})\\s+)?(?:fiscal[\\s-]+)?(${ORDINAL})[\\s-]+(quarter|half)(?![\\p{L}])(?!\\s+of\\s+(?:the|all|its|their|a|an|his|her)\\b)(?:\\s+of\\s+(${YEAR}|this\\s+year|last\\s+year|next\\s+year)|,?\\s+(${YEAR}))?`,
  'gu',
);
// "the September quarter", "the June quarter": the quarter that ends with that month, as Australian,
// Indian and New Zealand business news name quarters.
const MONTH_QUARTER = new RegExp(`(?<![\\p{L}])(?:([Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ll]ast)\\s+)?(March|June|September|Sept\\.?|December|Dec\\.)\\s+quarter(?![\\p{L}])`, 'gu');
const MONTH_QUARTER_NEAR = triggered(MONTH_QUARTER, { pattern: 'quarter', words: wordsOf(['the its their this last march june september sept december dec']), chars: '[\\s.]' });
const COMPACT_QUARTER = new RegExp(`(?<![\\p{L}\\d])(?:(Q[1-4])|(H[12]))(?:\\s+|\\s*-\\s*|\\s*/\\s*)(?:(${YEAR})|'?(\\d\\d))(?![\\p{L}\\d])|(?<![\\p{L}\\d])(${YEAR})[\\s-]?(Q[1-4]|H[12])(?![\\p{L}\\d])`, 'gu');
const SEASON_OF_YEAR = new RegExp(
  `(?<![\\p{L}])(?:([Tt]he)\\s+)?(?:([Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?(${SEASON})\\s+(?:of\\s+)?(${YEAR})(?![\\p{L}\\d])`,
  'gu',
);
const PERIOD_OF_YEAR = new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?(?:${SEASON})\\s+of\\s+(this|last|next)\\s+year(?![\\p{L}])`, 'gu');
// "in summer", "during winter", "since spring": a bare season after a preposition of time is this
// year's, when it ends the phrase (not "in winter sports", "in spring training"). "Fall" is left out:
// "in fall" is as often a drop.
const BARE_SEASON = new RegExp(
  `(?<![\\p{L}])(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Tt]hroughout|[Oo]ver)\\s+(spring|summer|autumn|winter)(?![\\p{L}\\d-])(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|or|when|as|after|before|while|to|in|at|on|with|the|this|that|of\\s+(?:this|last|next)\\s+year)(?![\\p{L}])|\\s+\\d{4})`,
  'gu',
);

// Each pattern is only run near a word that every match of it holds (see near.ts).
const DEICTIC_PERIOD_NEAR = triggered(DEICTIC_PERIOD, {
  pattern: `(?:day|week|month|quarter|year|decade|century|${SEASON})`,
  words: wordsOf(PERIOD_RELATIONS),
  chars: '\\s',
});
const AGO_NEAR = triggered(AGO, {
  pattern: '(?:ago|back|earlier|later|from|hence)',
  words: [
    ...wordsOf(['about almost nearly some more than less just over roughly around only', 'a few several many or so and half of']),
    ...wordsOf(NUMBER_WORDS.keys()),
    ...wordsOf(['day week month year decade']).flatMap((unit) => [unit, `${unit}s`]),
    'century', 'centuries',
  ],
  chars: '[\\s\\d.,/-]',
});
const BARE_AGO_NEAR = triggered(BARE_AGO, { pattern: 'ago', words: ['days', 'weeks', 'months', 'years', 'decades'], chars: '\\s' });
const QUARTER_NEAR = triggered(QUARTER, {
  pattern: '(?:quarter|half)',
  words: [...wordsOf(['the this last next year s its their fiscal']), ...wordsOf(ORDINALS.keys())],
  chars: "[\\s\\d'-]",
});
const SEASON_NEAR = { pattern: SEASON, words: ['the', 'early', 'late', 'mid'], chars: '[\\s-]' };
const SEASON_OF_YEAR_NEAR = triggered(SEASON_OF_YEAR, SEASON_NEAR);
const BARE_SEASON_NEAR = triggered(BARE_SEASON, { pattern: '(?:spring|summer|autumn|winter)', words: wordsOf(['in during since until by through throughout over']), chars: '\\s' });
const PERIOD_OF_YEAR_NEAR = triggered(PERIOD_OF_YEAR, SEASON_NEAR);

// "year-earlier profit", "the year-ago quarter", "the comparable year-earlier period".
const YEAR_AGO = new RegExp(
  `(?<![\\p{L}-])(?:[Tt]he\\s+(?:comparable\\s+|same\\s+)?)?[Yy]ear[-\\s](?:ago|earlier)(?:\\s+(?:(${ORDINAL})[\\s-]+)?(quarter|period))?(?![\\p{L}-])`,
  'gu',
);
const YEAR_AGO_NEAR = triggered(YEAR_AGO, { pattern: '[Yy]ear[-\\s](?:ago|earlier)', words: wordsOf(['the comparable same']), chars: '\\s' });
// "the next morning", "the following evening", "mid-afternoon", "later in the day".
const PART_OF_DAY_LINK = /(?<![\p{L}])(?:([Tt]he\s+(?:next|following|previous|same)|[Ee]arlier\s+that|[Ll]ater\s+that|[Tt]hat|[Ii]n\s+the|[Dd]uring\s+the|[Bb]y|[Mm]id)[\s-]+(morning|afternoon|evening|night)|([Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)\s+in\s+the\s+day|(?:[Aa]t\s+)?[Tt]he\s+(?:start|beginning)\s+of\s+the\s+day|(?<![\p{L}-])(morning|afternoon|evening)(?=\s+(?:trading|trade|dealings|session)(?![\p{L}])))(?![\p{L}])/gu;
const PART_OF_DAY_LINK_NEAR = triggered(PART_OF_DAY_LINK, {
  pattern: '(?:morning|afternoon|evening|night|day)',
  words: wordsOf(['the next following previous same earlier later early late that in during by mid at start beginning of']),
  chars: '[\\s-]',
});

// "the year previous", "the day before." : the period before the one under discussion. Only at the end
// of a phrase: in "the day before the vote" the day is counted from an event, not a date.
const PERIOD_BEFORE = /(?<![\p{L}])[Tt]he\s+(day|month|year)\s+(?:previous|before)(?=\s*(?:[.,;:)"'”’]|$))/gu;
const PERIOD_BEFORE_NEAR = triggered(PERIOD_BEFORE, { pattern: '(?:previous|before)', words: ['the', 'day', 'month', 'year'], chars: '\\s' });

const SESSION_VERB_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SESSION_VERBS.join('|')})\\s+$`, 'iu');
// "the day before/after ...", "the day of the vote", "the day when ..." are read otherwise or not at all.
const DAY_QUALIFIED_AFTER = /^\s+(?:before|after|of|when|that|on|in|which|he|she|they|it)\b/;

const QUARTER_ENDED = new RegExp(`^(?:,\\s+which)?\\s+(ended|ending)\\s+(${MONTH})\\s+([12]\\d|3[01]|0?[1-9])(?!\\d)`, 'u');

function unitOf(word: string): Unit | null {
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

function unknownValue(unit: Unit): string {
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
const SEASON_STARTS: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonValue(year: number | null, season: string): string {
  return `${year === null ? 'XXXX' : pad(year, 4)}-${SEASONS.get(season.toLowerCase())}`;
}

function anaphoric(unit: Unit, shift: number): AnaphoricValue | null {
  if (unit === 'day' || unit === 'month' || unit === 'year') return { unit, shift };
  return null;
}

function deicticCandidate(relation: string, unitWord: string, start: number, end: number, anchor: Day | null, before: string, tense: Tense, after: string): Candidate | null {
  const rel = key(relation);
  // "the quarter century anniversary": twenty-five years (duration rule), not a quarter of a year.
  if (/^quarter$/i.test(unitWord) && /^[\s-]+centur/i.test(after)) return null;
  const season = SEASONS.has(unitWord.toLowerCase()) ? unitWord : null;
  // "the last/past" makes a date of a quarter only (below); "last summer" is read without "the".
  if ((rel === 'the last' || rel === 'the past') && (season || /^\s+of\b/.test(after))) return null;
  // "the early summer": a part of a season (other units with it are ages: "the early years").
  if (rel === 'the early' || rel === 'the late') {
    if (!season) return null;
    let year = anchor ? anchor.year : null;
    // A season not yet begun this year, told in the past tense, is last year's.
    const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
    if (year !== null && anchor && tense === 'past' && starts[SEASONS.get(season.toLowerCase())!]! > anchor.month) year -= 1;
    return { start, end, type: 'DATE', value: seasonValue(year, season), mod: rel === 'the early' ? 'START' : 'END', rule: 'dates.relative-period:season' };
  }
  if (season) {
    // "the fall" (of a city) and "the spring" (of water) are often other words: "the <season>"
    // counts only after a temporal preposition, and never for "fall".
    if (rel === 'the' && key(season) !== 'fall' && /(?:^|\s)(?:in|into|during|over|since|until|by|through|throughout)\s*$/i.test(before)) {
      let year = anchor ? anchor.year : null;
      // As a bare season: one not yet begun, told in the past, is last year's ("sales fell in the summer",
      // said in March). One over, told in the future, stays this year's as TimeBank has it ("It will meet
      // demand well into the summer", said in October, is 1989-SU).
      if (year !== null && anchor && tense === 'past' && SEASON_STARTS[SEASONS.get(season.toLowerCase())!]! > anchor.month) year -= 1;
      return { start, end, type: 'DATE', value: seasonValue(year, season), mod: null, rule: 'dates.relative-period:season' };
    }
    if (rel === 'the' || rel === 'that' || rel.startsWith('the same') || rel === 'the following' || rel === 'the prior') return null;
    // "last spring" is the previous year's spring even when said in October (TimeBank: "a strike that
    // began last spring", 1989-10-26, is 1988-SP), as "next summer" is the next year's.
    const shift = rel.includes('last') || rel === 'the previous' ? -1 : rel.includes('next') ? 1 : 0;
    return { start, end, type: 'DATE', value: seasonValue(anchor ? anchor.year + shift : null, season), mod: null, rule: 'dates.relative-period:season' };
  }
  const unit = unitOf(unitWord);
  if (!unit) return null;
  const rule = 'dates.relative-period:deictic';
  const mod = rel.startsWith('early') || rel.startsWith('the beginning') || rel.startsWith('the start') ? 'START' : rel.startsWith('late ') || rel.startsWith('the end') ? 'END' : rel.startsWith('the middle') ? 'MID' : null;
  // "The next day, protests spread": the day after the one under discussion, as "the following day";
  // after a preposition of extent ("over the next year") it is a stretch of time (duration rule).
  if (rel === 'the next') {
    const link = NEXT_AS_DURATION_BEFORE.test(before) ? null : anaphoric(unit, 1);
    if (!link) return null;
    if (tense === 'past') link.past = true;
    return { start, end, type: 'DATE', value: unknownValue(unit), mod: null, rule: 'dates.relative-period:anaphoric', anaphoric: link };
  }
  // Anaphoric: the period of a date mentioned before ("that day", "the following day").
  if (rel === 'that' || rel === 'that same' || rel === 'the same' || rel === 'the following' || (rel === 'the' && unit === 'day')) {
    if (rel === 'the' && unit === 'day') {
      // "ended the day at 9,505", "For the day, the index fell": the session reported on.
      if (!SESSION_VERB_BEFORE.test(before) || DAY_QUALIFIED_AFTER.test(after)) return null;
    }
    const link = anaphoric(unit, rel === 'the following' ? 1 : 0);
    if (!link) return null;
    if (tense === 'past') link.past = true;
    if (unit === 'day' && rel !== 'the' && rel !== 'the following') link.demonstrative = true;
    return { start, end, type: 'DATE', value: unknownValue(unit), mod: null, rule: 'dates.relative-period:anaphoric', anaphoric: link };
  }
  if (rel === 'the prior' || rel === 'the previous') {
    const link = anaphoric(unit, -1);
    if (!link) return null;
    if (tense === 'past') link.past = true;
    return { start, end, type: 'DATE', value: unknownValue(unit), mod: null, rule: 'dates.relative-period:anaphoric', anaphoric: link };
  }
  if (unit === 'day') return null;
  // "the week of talks" names no calendar week; "the week of March 6" is read by the week-of rule.
  if (rel === 'the' && /^\s+of\b/.test(after)) return null;
  // "the year", "the month" alone are mostly durations or generic; "the week(end)" and "the quarter" name the
  // current one, and "for the year" / "during the year" the current year.
  if (rel === 'the' && unit === 'year' && !/(?:^|\s)(?:for|during|in|of|through|throughout)\s*$/i.test(before)) return null;
  // "this time of the year", "the busiest time of the year": a season of any year, not this one.
  if (rel === 'the' && unit === 'year' && /(?:^|[^\p{L}])time\s+of\s*$/iu.test(before)) return null;
  if (rel === 'the' && unit !== 'week' && unit !== 'weekend' && unit !== 'quarter' && unit !== 'year') return null;
  if (rel === 'the latest' && unit !== 'quarter') return null;
  // "the last quarter" (one, no count) is the quarter last reported on, as "the latest quarter" is;
  // "the past year", "the last week" stay durations (duration rule).
  if ((rel === 'the last' || rel === 'the past') && unit !== 'quarter') return null;
  // "the year ended Sept. 30" is a twelve-month period, not a calendar year.
  if ((rel === 'the' || rel === 'the fiscal' || rel === 'the full') && unit === 'year' && /^\s+(?:ended|ending)\b/.test(after)) {
    return { start, end, type: 'DURATION', value: 'P1Y', mod: null, rule: 'dates.relative-period:fiscal-period' };
  }
  if (rel === 'the rest of the' || rel === 'the rest of this') return null;
  let shift = rel.includes('last') || rel === 'the previous' || rel === 'this past' || rel === 'the latest' || rel === 'the past' ? -1 : rel.includes('next') || rel === 'the coming' ? 1 : 0;
  if (anchor && unit === 'weekend' && weekday(anchor) <= 5) {
    // On a weekday, "the weekend" just past is last week's; "this weekend" in the future is this week's.
    if (shift === 0 && !isFuture(tense) && !rel.startsWith('this')) shift = -1;
    if (shift === 0 && rel === 'this' && tense === 'past') shift = -1;
  }
  // Results reported "for the quarter" in the past tense are those of the quarter just ended.
  if (unit === 'quarter' && rel === 'the' && tense === 'past') shift = -1;
  const value = anchor ? periodValue(shiftDay(anchor, unit, shift), unit) : unknownValue(unit);
  // "the quarter ended Sept. 30" is the calendar quarter of its last day.
  const ended = unit === 'quarter' && (rel === 'the' || rel === 'the last' || rel === 'the past') ? QUARTER_ENDED.exec(after) : null;
  if (ended && anchor) {
    const month = MONTHS.get(key(ended[2]!))!;
    const day = parseDay(monthDayValue(month, Number(ended[3]), anchor, ended[1] === 'ended' ? 'past' : 'none'));
    if (day) return { start, end, type: 'DATE', value: periodValue(day, 'quarter'), mod, rule };
  }
  // "the quarter" after "the third quarter" is that quarter (resolved in the anaphora pass).
  if (unit === 'quarter' && rel === 'the') {
    return { start, end, type: 'DATE', value, mod, rule, anaphoric: { unit: 'year', shift: 0, fromAnchor: true, opensQuarter: true } };
  }
  return { start, end, type: 'DATE', value, mod, rule };
}

function agoCandidate(m: RegExpMatchArray, anchor: Day | null): Candidate | null {
  const start = m.index!;
  const end = start + m[0].length;
  // A century is ten decades: "a century ago" names a year, as "a decade ago" does.
  const centuries = /^centur/i.test(m[3]!);
  const unit = centuries ? 'decade' : unitOf(m[3]!)!;
  // "a few days back" is "a few days ago"; "set the plan two years back", "dating two centuries back" move or reach.
  const rawDirection = key(m[5]!);
  if (rawDirection === 'back' && MOVED_BACK_BEFORE.test(m.input!.slice(Math.max(0, start - 40), start))) return null;
  const direction = rawDirection === 'back' ? 'ago' : rawDirection;
  // "7 or 8 years ago", "a year or two ago": the second count, as the duration rule reads "7 or 8 years".
  const alternative = m[4] !== undefined || /^\S+\s+or\s/u.test(m[0].slice(m[1] ? m[1].length + 1 : 0).trimStart());
  const countText = key(m[4] ?? m[2]!);
  const vague = /few|several|many/.test(countText);
  // "a year and a half ago", "a year-and-a-half ago".
  const half = /(?:day|week|month|year|decade|century|centuries)s?[\s-]+and[\s-]+a[\s-]+half/i.test(m[0]);
  // "a couple of weeks ago" is two weeks ago, as the duration rule counts "a couple of weeks".
  const whole = vague ? null : /couple/.test(countText) ? 2 : parseCount(countText === 'a' || countText === 'an' ? 'one' : countText);
  const count = whole === null ? null : (half ? whole + 0.5 : whole) * (centuries ? 10 : 1);
  const mod = m[1] ? (/more|over/.test(m[1]) ? 'BEFORE' : /less|just/.test(m[1]) ? 'AFTER' : 'APPROX') : / or so /.test(m[0]) || alternative ? 'APPROX' : null;
  const sign = direction === 'ago' || direction === 'earlier' ? -1 : 1;
  // "a few days later" cannot be resolved to a date, and it is no FUTURE_REF either (it counts from
  // an event told before, not from now): TimeML tags the amount as a DURATION and reads "later" as a
  // signal. With a count, "three years later" resolves to a date (below).
  if (direction === 'later' && count === null) {
    const amount = m[0].slice(0, m[0].search(/\s+later$/i));
    return { start, end: start + amount.length, type: 'DURATION', value: durationValue(count, unit), mod, rule: 'dates.relative-period:later' };
  }
  // Half a year back is six months: "a year and a half ago" names a month, "a decade and a half ago" a year.
  if (count !== null && !Number.isInteger(count) && Number.isInteger(count * 2) && (unit === 'year' || unit === 'decade') && direction !== 'later' && direction !== 'earlier') {
    if (unit === 'decade') return { start, end, type: 'DATE', value: anchor ? String(anchor.year + sign * Math.round(count * 10)) : 'XXXX', mod, rule: 'dates.relative-period:ago' };
    const value = anchor ? periodValue(shiftDay(anchor, 'month', sign * Math.round(count * 12)), 'month') : unknownValue('month');
    return { start, end, type: 'DATE', value, mod, rule: 'dates.relative-period:ago' };
  }
  if (count === null || !Number.isInteger(count)) {
    return { start, end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod: null, rule: 'dates.relative-period:ago' };
  }
  if (direction === 'ago' || direction.startsWith('from') || direction === 'hence') {
    if (unit === 'year') {
      // Resolved in the anaphora pass: a year-sized shift keeps the quarter granularity of the
      // period under discussion ("profit rose from a year ago" after "the third quarter").
      const value = anchor ? periodValue(shiftDay(anchor, unit, sign * count), unit) : unknownValue(unit);
      return { start, end, type: 'DATE', value, mod, rule: 'dates.relative-period:ago', anaphoric: { unit: 'year', shift: sign * count, fromAnchor: true } };
    }
    if (unit === 'decade') {
      // "a decade ago" names a year, not a decade.
      const value = anchor ? String(anchor.year + sign * count * 10) : 'XXXX';
      return { start, end, type: 'DATE', value, mod, rule: 'dates.relative-period:ago' };
    }
    const value = anchor ? periodValue(shiftDay(anchor, unit, sign * count), unit) : unknownValue(unit);
    return { start, end, type: 'DATE', value, mod, rule: 'dates.relative-period:ago' };
  }
  // "earlier": counted from a date mentioned before.
  const link = unit === 'decade' ? anaphoric('year', sign * count * 10) : anaphoric(unit, sign * count);
  if (!link) {
    const value = anchor ? periodValue(shiftDay(anchor, unit, sign * count), unit) : unknownValue(unit);
    return { start, end, type: 'DATE', value, mod, rule: 'dates.relative-period:ago' };
  }
  return { start, end, type: 'DATE', value: unknownValue(unit), mod, rule: 'dates.relative-period:later', anaphoric: link };
}

const GAME_WORD = new RegExp(`(?:^|[^\\p{L}\\d-])(?:${GAME_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** Whether the sentence around [start, end) tells of a game (a foul, a rebound, the bench). */
function isGameSentence(context: RuleContext, start: number, end: number): boolean {
  const from = context.sentenceStartAt(start);
  const after = context.text.slice(end, end + 200);
  const stop = after.search(/[.!?](?:\s|$)/);
  return GAME_WORD.test(context.text.slice(from, start)) || GAME_WORD.test(stop >= 0 ? after.slice(0, stop) : after);
}

function yearFromWords(words: string | undefined, anchor: Day | null): number | null {
  if (!words) return null;
  const w = key(words);
  if (/^\d{4}$/.test(w)) return Number(w);
  if (!anchor) return null;
  return anchor.year + (w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0);
}

export const relativePeriodRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of DEICTIC_PERIOD_NEAR.matchAll(text)) {
    const end = m.index + m[0].length;
    const tense = context.tenseAt(m.index, end);
    const after = text.slice(end, end + 30);
    let candidate = deicticCandidate(m[1]!, m[2]!, m.index, end, anchor, text.slice(Math.max(0, m.index - 12), m.index), tense, after);
    // "the last weekend", "the next summer": read as "last weekend", "next summer" when "the" adds nothing.
    const bare = /^[Tt]he\s+(last|next)$/.exec(m[1]!);
    // "in the last weekend of the festival": the final one of a period named after it, not last week's.
    if (!candidate && bare && !(key(bare[1]!) === 'last' && /^\s+of\b/.test(after))) {
      const start = m.index + m[1]!.indexOf(bare[1]!);
      candidate = deicticCandidate(bare[1]!, m[2]!, start, end, anchor, text.slice(Math.max(0, start - 12), start), tense, after);
    }
    if (candidate) out.push(candidate);
  }
  for (const m of PERIOD_BEFORE_NEAR.matchAll(text)) {
    const unit = unitOf(m[1]!)!;
    const end = m.index + m[0].length;
    const link = anaphoric(unit, -1)!;
    if (context.tenseAt(m.index, end) === 'past') link.past = true;
    out.push({ start: m.index, end, type: 'DATE', value: unknownValue(unit), mod: null, rule: 'dates.relative-period:anaphoric', anaphoric: link });
  }
  for (const m of AGO_NEAR.matchAll(text)) {
    const candidate = agoCandidate(m, anchor);
    if (candidate) out.push(candidate);
  }
  for (const m of BARE_AGO_NEAR.matchAll(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', mod: null, rule: 'dates.relative-period:ago' });
  }
  for (const m of YEAR_AGO_NEAR.matchAll(text)) {
    const value = anchor ? String(anchor.year - 1) : 'XXXX';
    // "the year-ago third quarter" names its quarter; only without an ordinal is it the one under discussion.
    const ordinal = m[1] && m[2] === 'quarter' ? ORDINALS.get(key(m[1])) : undefined;
    if (ordinal !== undefined && ordinal >= 1 && ordinal <= 4) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: anchor ? `${value}-Q${ordinal}` : `XXXX-Q${ordinal}`, mod: null, rule: 'dates.relative-period:year-ago' });
      continue;
    }
    // "the year-ago quarter/period" is a reporting quarter: without one under discussion, the last
    // quarter completed before publication, a year back.
    if (m[2] && anchor) {
      const current = quarterOf(anchor.month);
      const reported = current === 1 ? { year: anchor.year - 1, quarter: 4 } : { year: anchor.year, quarter: current - 1 };
      out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${pad(reported.year - 1, 4)}-Q${reported.quarter}`, mod: null, rule: 'dates.relative-period:year-ago', anaphoric: { unit: 'year', shift: -1, fromAnchor: true } });
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: 'dates.relative-period:year-ago', anaphoric: { unit: 'year', shift: -1, fromAnchor: true } });
  }
  for (const m of PART_OF_DAY_LINK_NEAR.matchAll(text)) {
    if (m[4]) {
      // "in morning trading", "afternoon dealings": that part of the day under discussion, a market session.
      const session = PARTS_OF_DAY.get(m[4])!;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value: `XXXX-XX-XXT${session}`, mod: null, rule: 'dates.relative-period:part-of-day', anaphoric: { unit: 'day', shift: 0, timeSuffix: `T${session}` } });
      continue;
    }
    const relation = m[1] ? key(m[1]) : '';
    // A preposition stays outside the expression: "in [the morning]", "by [morning]".
    const inside = /^(?:in the|during the)$/.test(relation) ? /the/i : relation === 'by' ? /morning|afternoon|evening|night/i : /^at\s/i.test(m[0]) ? /the/i : /^/;
    const start = m.index + m[0].search(inside);
    const part = m[2] ? PARTS_OF_DAY.get(m[2].toLowerCase())! : null;
    const shift = /next|following/.test(relation) ? 1 : /previous/.test(relation) ? -1 : 0;
    const end = m.index + m[0].length;
    // "late in the day", "the start of the day": a part of the day, not a part-of-day code.
    const edge = /^(?:at\s+)?the\s+(?:start|beginning)|^early\s/i.test(m[0]) ? 'START' : /^late\s/i.test(m[0]) ? 'END' : null;
    // Without a day to lean on, the part of the day still shows: "in the morning" is XXXX-XX-XXTMO.
    out.push({ start, end, type: part ? 'TIME' : 'DATE', value: `XXXX-XX-XX${part ? `T${part}` : ''}`, mod: edge, rule: 'dates.relative-period:part-of-day', anaphoric: { unit: 'day', shift, ...(part ? { timeSuffix: `T${part}` } : {}) } });
  }
  for (const m of QUARTER_NEAR.matchAll(text)) {
    const ordinal = ORDINALS.get(key(m[3]!));
    const half = m[4]!.toLowerCase() === 'half';
    if (ordinal === undefined || ordinal < 1 || ordinal > (half ? 2 : 4)) continue;
    const determiner = m[1] ? key(m[1]) : '';
    let year = yearFromWords(m[2] ?? m[5] ?? m[6], anchor);
    if (year === null && anchor) {
      year = anchor.year + (determiner.startsWith('last') ? -1 : determiner.startsWith('next') ? 1 : 0);
      // A quarter still to come this year, reported in the past tense, is last year's, if that one
      // ended recently: results come out within months ("the fourth quarter" in a January report),
      // but in August a past-tense "cuts during the fourth quarter" announces this year's.
      const current = half ? (anchor.month <= 6 ? 1 : 2) : Math.floor((anchor.month - 1) / 3) + 1;
      const recentlyEnded = half || current - ordinal + 4 <= 2;
      if ((!determiner || determiner === 'the') && ordinal > current && recentlyEnded && context.tenseAt(m.index, m.index + m[0].length) === 'past') year -= 1;
    }
    // Without "the" or a year, "third" is usually just an ordinal ("a third quarter" of a game is rare in news).
    if (half && !m[1] && !m[2] && !m[5] && !m[6]) continue;
    // "got a technical foul in the third quarter", "returned to the bench in the second half": a period
    // of play in a game, no part of the calendar.
    if (!m[2] && !m[5] && !m[6] && (!determiner || determiner === 'the') && isGameSentence(context, m.index, m.index + m[0].length)) continue;
    const value = `${year === null ? 'XXXX' : pad(year, 4)}-${half ? 'H' : 'Q'}${ordinal}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: half ? 'dates.relative-period:half' : 'dates.relative-period:quarter' });
  }
  for (const m of MONTH_QUARTER_NEAR.matchAll(text)) {
    const month = MONTHS.get(key(m[2]!))!;
    const determiner = m[1] ? key(m[1]) : '';
    let value = `XXXX-Q${month / 3}`;
    if (anchor) {
      // The quarter of that month as a bare month would be read ("improved September quarter earnings",
      // said in November, is this year's), a year back after "last".
      const monthYear = Number(monthValue(month, anchor, context.tenseAt(m.index, m.index + m[0].length)).slice(0, 4));
      value = `${pad(monthYear - (determiner === 'last' ? 1 : 0), 4)}-Q${month / 3}`;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: 'dates.relative-period:quarter' });
  }
  for (const m of text.matchAll(COMPACT_QUARTER)) {
    const part = m[1] ?? m[2] ?? m[6]!;
    const year = m[3] ?? (m[4] ? `20${m[4]}` : m[5]!);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year}-${part}`, mod: null, rule: 'dates.relative-period:quarter' });
  }
  for (const m of SEASON_OF_YEAR_NEAR.matchAll(text)) {
    const mod = m[2] ? (key(m[2]) === 'early' ? 'START' : key(m[2]) === 'late' ? 'END' : 'MID') : null;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: seasonValue(Number(m[4]), m[3]!), mod, rule: 'dates.relative-period:season' });
  }
  for (const m of BARE_SEASON_NEAR.matchAll(text)) {
    const season = m[1]!;
    const start = m.index + m[0].length - season.length;
    let year = anchor ? anchor.year : null;
    // A season not yet begun this year, told in the past tense, is last year's ("the talks failed in winter").
    const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
    // One already over, told in the future tense, is next year's ("is due by spring", said in October).
    const ends: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 14 };
    const tense = context.tenseAt(start, m.index + m[0].length);
    const code = SEASONS.get(season)!;
    if (year !== null && anchor && tense === 'past' && starts[code]! > anchor.month) year -= 1;
    if (year !== null && anchor && isFuture(tense) && ends[code]! < anchor.month) year += 1;
    // Without a tense cue, a bare season is the habitual one ("penguins feed in winter").
    if (tense === 'none') year = null;
    out.push({ start, end: m.index + m[0].length, type: 'DATE', value: seasonValue(year, season), mod: null, rule: 'dates.relative-period:season', priority: -1 });
  }
  for (const m of PERIOD_OF_YEAR_NEAR.matchAll(text)) {
    const season = /(spring|summer|fall|autumn|winter)/i.exec(m[0])![1]!;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: seasonValue(yearFromWords(m[1], anchor), season), mod: null, rule: 'dates.relative-period:season' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { DEICTIC_PERIOD_NEAR, PERIOD_BEFORE_NEAR, AGO_NEAR, BARE_AGO_NEAR, QUARTER_NEAR, MONTH_QUARTER_NEAR, SEASON_OF_YEAR_NEAR, PERIOD_OF_YEAR_NEAR, YEAR_AGO_NEAR, PART_OF_DAY_LINK_NEAR, BARE_SEASON_NEAR };
