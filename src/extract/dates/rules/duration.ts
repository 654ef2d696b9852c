/**
 * Durations: "three years", "the past year", "the last four years", "48 hours", "a decade",
 * "about an hour", "five-year", "19-year-old", "years", "a few months", "recent years".
 */
import type { Candidate, DateRule } from '../candidate.js';
import { EVENT_PERSON_NOUNS, LASTING_EVENT_NOUNS, NUMBER_WORDS, UNITS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { COUNT, NEXT_AS_DURATION_BEFORE, SPACE_BEHIND, anyOf, key } from '../patterns.js';
import { parseCount } from '../numbers.js';

const UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'century', 'millennium'];
const UNIT = `(?:${UNIT_WORDS.join('|')})`;
/** Plurals not made with -s, by their singular. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { centuries: 'century', millennia: 'millennium' };
const IRREGULAR_PLURAL = Object.keys(IRREGULAR_PLURALS).join('|');
const PLURAL_UNIT = `(?:seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries|millennia)`;
const MODIFIERS = [
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'more than', 'over', 'less than',
  'under', 'at least', 'at most', 'up to', 'no more than', 'no less than', 'within', 'just over', 'just under',
  'well over', 'barely', 'only', 'an additional', 'another', 'a further', 'a full', 'the full', 'a total of', 'a mere',
];
const FRAMES = [
  'the past', 'the last', 'the next', 'the coming', 'the previous', 'the first', 'the final', 'the latest',
  'the following', 'the preceding', 'past', 'next', 'last', 'the same', 'the entire', 'the whole', 'the remaining',
  'the ensuing', 'the subsequent', 'the prior', 'the initial', 'the',
  // "these past 100 days", "those first 100 days": with a count only (see below).
  'these past', 'these last', 'these first', 'those first', 'those last', 'those past', 'these', 'those',
];
// "the next couple of years" has no article before "couple".
const VAGUE_COUNTS = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'a couple', 'couple of', 'numerous', 'recent', 'coming', 'ensuing', 'a number of'];
// "eight trading days", "ten business days" count days of a kind.
const UNIT_ADJECTIVES = ['more', 'additional', 'full', 'straight', 'consecutive', 'successive', 'long', 'trading', 'business', 'working'];
/** A word after "a day" that measures from an event, so that the amount is no rate: "a day after Chrysler". */
const FROM_EVENT_AFTER = /^\s+(?:after|before)\b/;
/** A count right before "quarters" that the count rule left alone makes a fraction ("three quarters of the voters"). */
const FRACTION_COUNT_BEFORE = /(?:^|[^\p{L}])(?:two|three|\d)\s+$/iu;
/** Units counted one after another are time, whatever follows: "two consecutive quarters of growth". */
/** Adjectives that make "hours" the part of the night after midnight ("the early hours of Sunday"). */
const NIGHT_HOURS_BEFORE = /(?:^|[^\p{L}])(?:early|small|wee)\s+$/iu;
const CONSECUTIVE_UNITS = /\b(?:consecutive|straight|successive)\s+\p{L}+$/u;
const MODIFIER = anyOf(MODIFIERS);
const FRAME = anyOf(FRAMES);
const VAGUE = anyOf(VAGUE_COUNTS);
/** Words of a spelled-out count ("twenty-four and a half"), which may come before its unit. */
const COUNT_WORDS = wordsOf(NUMBER_WORDS.keys(), ['and a half']);

// "[about] [the past] (three|a few|a) [more] years"; "the past year"; "the last four years".
const COUNTED = new RegExp(
  `(?<![\\p{L}\\d])(?:(${MODIFIER})\\s+)?(?:(${FRAME})\\s+)?((?:${COUNT})\\s+(?:to|or|-)\\s+)?(?:(${COUNT}|[Hh]alf\\s+an?|[Aa]n?|${VAGUE})\\s+)?(?:(?:${UNIT_ADJECTIVES.join('|')})\\s+)?(${UNIT}|${IRREGULAR_PLURAL})(s?)(?:\\s+and\\s+a\\s+half)?(?![\\p{L}])`,
  'gu',
);
// "between 60 and 90 days", "between two to six days": each end of the range is a duration of its
// own (TimeBank and MEANTIME both tag "two" P2D and "six days" P6D); the first takes the unit of the second.
const BETWEEN_COUNTS = new RegExp(`(?<![\\p{L}])[Bb]etween\\s+(${COUNT})\\s+(?:and|to)\\s+(?:${COUNT})\\s+(${UNIT})s(?![\\p{L}])`, 'gu');
const BETWEEN_COUNTS_NEAR = triggered(BETWEEN_COUNTS, { pattern: '[Bb]etween' });
const BETWEEN_BEFORE = /(?:^|[^\p{L}])[Bb]etween\s+$/u;
const COUNTED_NEAR = triggered(COUNTED, {
  pattern: `(?:${UNIT}|${IRREGULAR_PLURAL})`,
  words: wordsOf(MODIFIERS, FRAMES, VAGUE_COUNTS, UNIT_ADJECTIVES, COUNT_WORDS, ['to', 'or']),
  chars: '[\\s\\d.,/-]',
});
// "five-year", "19-year-old", "30-day", "two-hour".
// "decades-long", "day-long", "several-year".
const VAGUE_COMPOUND = new RegExp(`(?<![\\p{L}\\d-])(?:(several|many|few)-(${UNIT})|(${UNIT})(s?)-long)(?![\\p{L}-])`, 'gu');
const VAGUE_COMPOUND_NEAR = triggered(VAGUE_COMPOUND, {
  pattern: `-(?:${UNIT}|long)`,
  words: ['several', 'many', 'few', ...UNIT_WORDS, ...UNIT_WORDS.map((u) => `${u}s`)],
});
const COMPOUND = new RegExp(`(?<![\\p{L}\\d-])(${COUNT.replace(/\[\\s-\]\+/g, '[\\s-]+')}|\\d+)-(${UNIT})(-old|-long)?(?![\\p{L}-]|-\\d)`, 'gu');
const LASTING_AFTER = new RegExp(
  `^\\s+(?:(?:\\p{Ll}+-)?\\p{Ll}+\\s+)?(?:${LASTING_EVENT_NOUNS.join('|')})(?![\\p{L}-])(?!\\s+(?:${EVENT_PERSON_NOUNS.join('|')})(?![\\p{L}]))`,
  'u',
);
const COMPOUND_NEAR = triggered(COMPOUND, { pattern: `-${UNIT}`, words: COUNT_WORDS, chars: '[\\s\\d.,/-]' });
// Bare plurals after a word that takes a duration: "for years", "in just minutes"; "in recent years" is COUNTED.
const BARE_PLURAL = new RegExp(
  `(?<=(?<![\\p{L}])(?:(?:[Ii]n|within|[Ff]or)${SPACE_BEHIND}(?:just|only)|[Ff]or|over|[Oo]ver\\s+the|within|after|than|took|take|takes|taking|lasted|last|spent|spend|in|[Ii]n\\s+the|[Dd]uring\\s+the|[Ff]or\\s+the|[Tt]hroughout\\s+the)${SPACE_BEHIND})(?:the\\s+)?(${PLURAL_UNIT})(?:\\s+(?:ahead|to\\s+come))?(?![\\p{L}])|(?<![\\p{L}])(?:[Tt]he\\s+)?(${PLURAL_UNIT})\\s+(?:ahead|to\\s+come)(?![\\p{L}])|(?<![\\p{L}])(${PLURAL_UNIT})(?=\\s+of\\s+\\p{Ll})`,
  'gu',
);
const BARE_PLURAL_NEAR = triggered(BARE_PLURAL, { pattern: PLURAL_UNIT, words: ['the'], chars: '\\s' });

/** A modal or a subject pronoun right before "one day" makes it an adverb of the future. */
const SOMEDAY_BEFORE = /(?:^|[^\p{L}])(?:will|would|could|may|might|can|shall|should|must|I|we|you|he|she|they)\s+$/u;

/**
 * "was taken to a hospital one night": "one night" is a night of the story, as "one day" is a day; it
 * is how long something lasts only after "for" or a verb of spending time ("spent one night in jail").
 */
const SPAN_OF_ONE_NIGHT_BEFORE = /(?:^|[^\p{L}])(?:for|spend|spends|spent|spending|stay|stays|stayed|staying|last|lasts|lasted|lasting|take|takes|took|taking|only|just|per|than|about|over)(?![\p{L}])[^.;:!?]{0,40}$/iu;

/** Words after "to one day" that make it a span ("cut the trial to one day a week"), not "to someday do". */
const SPAN_AFTER_ONE_DAY = /^\s+(?:a|an|of|per|in|on|at|for|after|before|and|or|later|earlier|each|every|off|the|this|that|from|to|with|without|ahead|than)\b/i;

/** "would love to one day purchase ...": "one day" between "to" and its verb is the adverb "someday". */
function isSplitInfinitive(text: string, start: number, end: number): boolean {
  return /(?:^|[^\p{L}])to\s+$/iu.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\p{Ll}{2,}/u.test(text.slice(end, end + 4)) && !SPAN_AFTER_ONE_DAY.test(text.slice(end, end + 10));
}

const PART_OF_VALUE = /^P(T)?(\d+(?:\.\d+)?)([YMWDHS])$/;
/** Rank of a unit, largest first, so that the parts of "1 hour 59 minutes 40.2 seconds" come in order. */
function unitRank(time: boolean, code: string): number {
  return time ? { H: 2, M: 1, S: 0 }[code] ?? -1 : { Y: 6, M: 5, W: 4, D: 3 }[code] ?? -1;
}

/**
 * "1 hour 59 minutes 40.2 seconds", "two years and three months": counts of ever smaller units one after
 * another are one duration (PT1H59M40.2S, P2Y3M), as a race time or a sentence is told.
 */
function compoundDurations(text: string, found: readonly Candidate[]): Candidate[] {
  const parts = found
    .filter((c) => c.rule === 'dates.duration' && c.mod === null)
    .map((c) => ({ candidate: c, part: PART_OF_VALUE.exec(c.value) }))
    .filter((p): p is { candidate: Candidate; part: RegExpExecArray } => p.part !== null)
    .sort((a, b) => a.candidate.start - b.candidate.start);
  const out: Candidate[] = [];
  let run: typeof parts = [];
  const flush = () => {
    if (run.length > 1 && !run.some((p) => p.part[3] === 'W')) {
      const date = run.filter((p) => !p.part[1]).map((p) => `${p.part[2]}${p.part[3]}`).join('');
      const time = run.filter((p) => p.part[1]).map((p) => `${p.part[2]}${p.part[3]}`).join('');
      out.push({ start: run[0]!.candidate.start, end: run[run.length - 1]!.candidate.end, type: 'DURATION', value: `P${date}${time ? `T${time}` : ''}`, mod: null, rule: 'dates.duration:compound-units', priority: 1 });
    }
    run = [];
  };
  for (const p of parts) {
    const last = run[run.length - 1];
    const adjacent = last && /^(?:\s+|,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(last.candidate.end, p.candidate.start));
    if (last && adjacent && unitRank(Boolean(p.part[1]), p.part[3]!) < unitRank(Boolean(last.part[1]), last.part[3]!)) run.push(p);
    else {
      flush();
      run = [p];
    }
  }
  flush();
  return out;
}

function unitCode(unit: string): { code: string; time: boolean; factor: number } {
  const u = unit.toLowerCase();
  if (u === 'decade') return { code: 'Y', time: false, factor: 10 };
  if (u === 'century') return { code: 'Y', time: false, factor: 100 };
  if (u === 'millennium') return { code: 'Y', time: false, factor: 1000 };
  if (u === 'fortnight') return { code: 'W', time: false, factor: 2 };
  if (u === 'quarter') return { code: 'Q', time: false, factor: 1 };
  const entry = UNITS.get(u)!;
  return { code: entry.code, time: entry.time, factor: 1 };
}

// Decades, centuries and millennia are counted in years, as a known count is ("a decade" is P10Y), and
// as TimeBank and MEANTIME write "decades" (PXY).
const UNKNOWN_CODE: Record<string, string> = { quarter: 'Q', fortnight: 'W' };

const VAGUE_COUNT_KEYS = /^(several|a few|few|many|some|numerous|recent|coming|ensuing|a number of)$/;

/** Frames that make a bare singular unit a duration ("the past year"); "the previous year" is a date. */
const SINGLE_PERIOD_FRAMES = new Set(['the past', 'the last', 'the next', 'the coming', 'the first', 'the final', 'past', 'the entire', 'the whole', 'the remaining']);

export function durationValue(count: number | null, unit: string): string {
  const { code, time, factor } = unitCode(unit);
  const prefix = time ? 'PT' : 'P';
  if (count === null) return `${prefix}X${UNKNOWN_CODE[unit.toLowerCase()] ?? code}`;
  const amount = count * factor;
  if (Number.isInteger(amount)) return `${prefix}${amount}${code}`;
  // Seconds have no smaller unit here: ISO 8601 writes their fraction as a decimal ("47.42 seconds" is PT47.42S).
  if (code === 'S') return `${prefix}${Number(amount.toFixed(3))}S`;
  // Halves: "5 1/2 hours" -> PT5H30M, "2 1/2 years" -> P2Y6M.
  const whole = Math.floor(amount);
  const smaller: Record<string, [string, number]> = time
    ? { H: ['M', 60], M: ['S', 60], S: ['S', 1] }
    : { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24] };
  const [subCode, perUnit] = smaller[code] ?? [code, 1];
  const exact = (amount - whole) * perUnit;
  const rest = Math.round(exact);
  // A fraction with no whole number of the smaller unit ("0.004 days", "1.3 years") stays a decimal.
  if (rest === 0 || Math.abs(exact - rest) > 1e-6) return `${prefix}${Number(amount.toFixed(3))}${code}`;
  if (code === 'D' && !time) return whole ? `P${whole}DT${rest}H` : `PT${rest}H`;
  return `${prefix}${whole ? `${whole}${code}` : ''}${rest}${subCode}`;
}

/** A number, or a unit of money or of a number, at the end of the words before an expression. */
const NUMBER_END = '\\d|%|\\b(?:million|billion|trillion|thousand|hundred|dollars?|cents?|euros?|pounds?|percent)';
const AFTER_NUMBER = new RegExp(`(?:${NUMBER_END})\\s*$`, 'u');
const AFTER_AMOUNT = new RegExp(`(?:${NUMBER_END}|\\b(?:times|once|twice)|\\p{Ll}{2,}s)\\s*$`, 'u');

/** Whether the words before `start` end in an amount or a counted noun ("$5 million", "700 seats"). */
function isAfterAmount(text: string, start: number): boolean {
  return AFTER_AMOUNT.test(text.slice(Math.max(0, start - 30), start));
}

/** Whether the words before `start` end in a number or a unit of money ("$5 million a year"). */
function isAfterNumber(text: string, start: number): boolean {
  return AFTER_NUMBER.test(text.slice(Math.max(0, start - 30), start));
}

function modOf(modifier: string | undefined): string | null {
  if (!modifier) return null;
  const m = key(modifier);
  if (/^(about|around|approximately|roughly|nearly|almost|some)$/.test(m)) return 'APPROX';
  if (/^(more than|over|just over|well over)$/.test(m)) return 'MORE_THAN';
  if (/^(less than|under|just under|barely|within)$/.test(m)) return 'LESS_THAN';
  if (m === 'at least' || m === 'no less than') return 'EQUAL_OR_MORE';
  if (m === 'at most' || m === 'up to' || m === 'no more than') return 'EQUAL_OR_LESS';
  return null;
}

export const durationRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of COUNTED_NEAR.matchAll(text)) {
    const [, modifier, frame, range, countText, unitWord, suffix] = m;
    const unit = IRREGULAR_PLURALS[unitWord!] ?? unitWord;
    const plural = unit === unitWord ? suffix : 's';
    let start = m.index;
    const end = start + m[0].length;
    // "a quarter million", "a quarter of the vote", "about a quarter, of its dealers", "the 1988 second
    // quarter", "about a quarter as much money" are not durations; "two consecutive quarters of growth" is one.
    if (unit === 'quarter' && /^,?\s+(?:million|billion|trillion|thousand|of\s|as\s)/.test(text.slice(end, end + 12)) && !CONSECUTIVE_UNITS.test(m[0])) continue;
    if (unit === 'second' && /^\s+(?:quarter|half)\b/.test(text.slice(end, end + 9))) continue;
    // Ages ("52 years old") and fractions ("three-quarters") are not durations.
    if (/^\s+olds?\b/.test(text.slice(end, end + 6))) continue;
    if (unit === 'quarter' && /[\p{L}\d]-$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    // A rate ("$500 million a year", "four flights a week") is neither a duration nor, in TimeBank, a set.
    // "comes a day after the vote" counts time from an event: after a verb, no rate.
    if (!frame && !modifier && countText && /^an?$/i.test(countText.trim()) && isAfterAmount(text, start)) {
      if (isAfterNumber(text, start) || !FROM_EVENT_AFTER.test(text.slice(end, end + 8))) continue;
    }
    // "a second betrayal", "a second A380": the ordinal, not the unit.
    if (unit === 'second' && !plural && /^\s+[\p{L}\d]/u.test(text.slice(end, end + 3)) && !/^\s+(?:later|earlier|ago|or)\b/.test(text.slice(end, end + 9))) continue;
    // "a second-floor apartment", "a second-term president": the ordinal in a compound.
    if (unit === 'second' && !plural && /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
    // "at the last minute": at the latest moment, no minute long.
    if (unit === 'minute' && !plural && frame && key(frame) === 'the last' && /(?:^|[^\p{L}])at\s+$/iu.test(text.slice(Math.max(0, start - 4), start))) continue;
    // "a quarter century", "nearly a quarter-century": twenty-five years.
    if (unit === 'quarter' && !plural && countText && /^an?$/i.test(countText.trim())) {
      const century = /^[\s-]+century(?![\p{L}])/u.exec(text.slice(end, end + 10));
      if (century) {
        out.push({ start, end: end + century[0].length, type: 'DURATION', value: 'P25Y', mod: modOf(modifier), rule: 'dates.duration' });
        continue;
      }
    }
    // "the 1988 quarter": a year, not a count.
    if (countText && /^\d{4}$/.test(countText)) continue;
    // "recent years", "in recent weeks": a stretch of unknown length up to now (TimeML: DURATION PXY, PXW).
    if (countText && key(countText) === 'recent' && plural) {
      out.push({ start, end, type: 'DURATION', value: durationValue(null, unit!), mod: null, rule: 'dates.duration:recent', priority: 1 });
      continue;
    }
    // "Islam will one day be ...", "he hopes he one day follows ...": the adverb "someday", not a day long.
    if (!modifier && !frame && countText && key(countText) === 'one' && unit === 'day' && !plural && (SOMEDAY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || isSplitInfinitive(text, start, end))) {
      out.push({ start, end, type: 'DATE', value: 'FUTURE_REF', mod: null, rule: 'dates.duration:someday' });
      continue;
    }
    if (!modifier && !frame && countText && key(countText) === 'one' && unit === 'night' && !plural && !SPAN_OF_ONE_NIGHT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    // "between two to six days": the range is two expressions; the first is read below.
    if (range && !modifier && !frame && BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 10), start))) start += range.length;
    // "over the past year": a preposition before a frame is not part of the expression, and says
    // nothing of its length ("over" is "during" here, not "more than").
    // So is "over" before a vague count: "over many decades" is during them.
    const vagueCount = countText !== undefined && VAGUE_COUNT_KEYS.test(key(countText));
    const preposition = modifier !== undefined && (frame !== undefined || (vagueCount && key(modifier) === 'over')) && /^(?:over|within|under)$/.test(key(modifier));
    if (preposition) start += m[0].indexOf(frame ?? countText!);
    const frameKey = frame ? key(frame) : '';
    const countKey = countText ? key(countText) : '';
    const vague = VAGUE_COUNT_KEYS.test(countKey);
    // "these days", "those years" without a count are no stretch of time measured ("in those days").
    if (/^th(?:ese|ose)\b/.test(frameKey) && (!countText || vague)) continue;
    let count: number | null;
    if (vague) count = null;
    else if (/couple/.test(countKey)) count = 2;
    else if (countText) count = parseCount(countKey === 'a' || countKey === 'an' ? 'one' : countKey);
    else if (!plural && frame && SINGLE_PERIOD_FRAMES.has(frameKey)) count = 1;
    else if (!plural && modifier && /^(?:an additional|another|a further|a full|the full|a mere)$/.test(key(modifier))) count = 1;
    else if (!plural) continue;
    else if (plural && (frame || modifier)) count = null;
    else continue;
    if (countText && !vague && count === null) continue;
    // "last year"/"next week" are dates; "the night", "the day", "the year" alone are not durations.
    if (!countText && (frameKey === 'last' || frameKey === 'next' || frameKey === 'the' || frameKey === 'the same')) continue;
    // "an additional year", "another month" count one unit through their modifier.
    if (!countText && !frame && !vague && count !== 1) continue;
    if (frameKey === 'the' && !countText) continue;
    // "The next day, protests spread" is a date (relative-period rule); "over the next year" a duration.
    if (!countText && !plural && !modifier && frameKey === 'the next' && /^(?:day|month|year)$/i.test(unit!) && !NEXT_AS_DURATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "the last quarter" is the quarter last reported on, a date (relative-period rule).
    if (!countText && !plural && unit === 'quarter' && (frameKey === 'the last' || frameKey === 'the past') && !/^\s+of\b/.test(text.slice(end, end + 4))) continue;
    // Counts of nights are days in TIMEX3; a bare "night" after a count is rare enough to accept.
    const value = durationValue(count !== null && / and a half$/.test(key(m[0])) ? count + 0.5 : count, unit!);
    out.push({ start, end, type: 'DURATION', value, mod: preposition ? null : modOf(modifier), rule: 'dates.duration', priority: frame ? 1 : 0 });
  }
  out.push(...compoundDurations(text, out));
  for (const m of BETWEEN_COUNTS_NEAR.matchAll(text)) {
    const count = parseCount(m[1]!);
    if (count === null) continue;
    const start = m.index + m[0].indexOf(m[1]!, 'between'.length);
    out.push({ start, end: start + m[1]!.length, type: 'DURATION', value: durationValue(count, m[2]!), mod: null, rule: 'dates.duration:range-start' });
  }
  for (const m of COMPOUND_NEAR.matchAll(text)) {
    // Ages ("a 6-year-old boy") are not temporal expressions in TimeBank; the age of something that
    // lasts is how long it has lasted ("the IRA's 8-month-old truce").
    if (m[3] === '-old' && !LASTING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const count = parseCount(m[1]!);
    if (count === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(count, m[2]!), mod: null, rule: 'dates.duration:compound' });
  }
  for (const m of VAGUE_COMPOUND_NEAR.matchAll(text)) {
    const value = m[2] ? durationValue(null, m[2]) : durationValue(m[4] ? null : 1, m[3]!);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value, mod: null, rule: 'dates.duration:compound' });
  }
  for (const m of BARE_PLURAL_NEAR.matchAll(text)) {
    const plural = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    // "three-quarters of its food", "three quarters of the voters": a fraction, not a time.
    if (/[\p{L}\d]-$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (plural === 'quarters' && FRACTION_COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "in the early hours of this morning", "the small hours": the part of the night, not a stretch of hours.
    if (plural === 'hours' && NIGHT_HOURS_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const unit = IRREGULAR_PLURALS[plural] ?? plural.slice(0, -1);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit), mod: null, rule: 'dates.duration:plural' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { COUNTED_NEAR, VAGUE_COMPOUND_NEAR, COMPOUND_NEAR, BARE_PLURAL_NEAR, BETWEEN_COUNTS_NEAR };
