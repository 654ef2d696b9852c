/**
 * A count of days, weeks, months, years, decades or centuries from publication or from a date told
 * before: "two years ago", "a few days back", "three months earlier", "a decade later", "20 days
 * from now", "years ago".
 */
import type { Day } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { NUMBER_WORDS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { COUNT, key } from '../patterns.js';
import { parseCount } from '../numbers.js';
import { anaphoric, periodValue, shiftDay, unitOf, unknownValue } from '../period.js';
import { durationValue } from './duration.js';

const AGO = new RegExp(
  `(?<![\\p{L}])(?:(about|almost|nearly|some|more than|less than|just over|over|roughly|around|only)\\s+)?(?:${COUNT}\\s+or\\s+)?(${COUNT}|half\\s+an?|an?|a\\s+few|an?\\s+couple(?:\\s+of)?|several|many)\\s+(day|week|month|year|decade|century|centuries)s?(?:[\\s-]+and[\\s-]+a[\\s-]+half)?(?:\\s+or\\s+(?:so|(${COUNT})))?[\\s-]+(ago|back|earlier|later|from\\s+now|hence)(?![\\p{L}])`,
  'giu',
);
// "just months ago", "years ago": a time in the past of unknown distance, as "a few years ago" is.
const BARE_AGO = /(?<![\p{L}])(?:days|weeks|months|years|decades)\s+ago(?![\p{L}])/gu;
/** Verbs that make "N years back" a move or a reach into the past rather than "ago": "set the launch two years back". */
const MOVED_BACK_BEFORE = /(?:^|[^\p{L}])(?:set|sets|setting|push|pushes|pushed|pushing|move|moves|moved|moving|put|puts|putting|pull|pulled|knock|knocked|held|hold|holds|go|goes|going|went|gone|date|dates|dated|dating|trace|traced|tracing|look|looks|looked|looking|stretch|stretches|stretched|reach|reached|reaching)(?:\s+\p{L}+){0,3}\s+$/iu;

// Each pattern is only run near a word that every match of it holds (see near.ts).
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

export const agoRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of AGO_NEAR.matchAll(text)) {
    const candidate = agoCandidate(m, anchor);
    if (candidate) out.push(candidate);
  }
  for (const m of BARE_AGO_NEAR.matchAll(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', mod: null, rule: 'dates.relative-period:ago' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { AGO_NEAR, BARE_AGO_NEAR };
