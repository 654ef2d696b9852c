/**
 * Weeks, months, quarters, years, decades, centuries and seasons named relative to publication or to
 * the period under discussion: "this week", "last month", "earlier this year", "the previous year",
 * "the quarter", "last spring", "that day", "the following day", "the next day".
 */
import { type Day, parseDay, weekday } from '../calendar.js';
import { isFuture, type Tense } from '../tense.js';
import type { Candidate, DateRule } from '../candidate.js';
import { MONTHS, PERIOD_RELATIONS, SEASONS, SESSION_VERBS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { MONTH, NEXT_AS_DURATION_BEFORE, SEASON, anyOf, key } from '../patterns.js';
import { monthDayValue } from '../resolve.js';
import { SEASON_STARTS, anaphoric, periodValue, seasonValue, shiftDay, unitOf, unknownValue } from '../period.js';

const DEICTIC_PERIOD = new RegExp(
  `(?<![\\p{L}])(${anyOf(PERIOD_RELATIONS)})\\s+(day|week-?end|week|month|quarter|year|decade|century|${SEASON})(?![\\p{L}-])`,
  'gu',
);

// Only run near a word that every match holds (see near.ts).
const DEICTIC_PERIOD_NEAR = triggered(DEICTIC_PERIOD, {
  pattern: `(?:day|week|month|quarter|year|decade|century|${SEASON})`,
  words: wordsOf(PERIOD_RELATIONS),
  chars: '\\s',
});

const SESSION_VERB_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SESSION_VERBS.join('|')})\\s+$`, 'iu');
// "the day before/after ...", "the day of the vote", "the day when ..." are read otherwise or not at all.
const DAY_QUALIFIED_AFTER = /^\s+(?:before|after|of|when|that|on|in|which|he|she|they|it)\b/;

const QUARTER_ENDED = new RegExp(`^(?:,\\s+which)?\\s+(ended|ending)\\s+(${MONTH})\\s+([12]\\d|3[01]|0?[1-9])(?!\\d)`, 'u');

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

export const deicticPeriodRule: DateRule = (context) => {
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
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { DEICTIC_PERIOD_NEAR };
