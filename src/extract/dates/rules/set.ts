/** Recurring times: "annual", "every year", "weekly", "per year", "twice a month", "each July". */
import type { Candidate, DateRule } from '../candidate.js';
import { MEASURE_NOUNS, MONTHS, PARTS_OF_DAY, RATE_NOUNS } from '../lexicon.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { MONTH, anyOf, key } from '../patterns.js';

const ADVERBS: ReadonlyMap<string, string> = new Map([
  ['annual', 'P1Y'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['year-round', 'P1Y'],
  ['monthly', 'P1M'], ['weekly', 'P1W'], ['daily', 'P1D'], ['nightly', 'P1D'], ['hourly', 'PT1H'],
  ['biannual', 'P6M'], ['semiannual', 'P6M'], ['semi-annual', 'P6M'], ['biennial', 'P2Y'],
  ['fortnightly', 'P2W'], ['bimonthly', 'P2M'], ['biweekly', 'P2W'],
]);
const UNIT_VALUE: Record<string, string> = { second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y' };

const ADVERB_WORD = anyOf(ADVERBS.keys());
const ADVERB = triggered(new RegExp(`(?<![\\p{L}-])(${ADVERB_WORD})(?![\\p{L}-])`, 'gu'), { pattern: ADVERB_WORD });
const EVERY = new RegExp(
  `(?<![\\p{L}])(?:(?:once|twice|three\\s+times|several\\s+times)\\s+(?:a|an|per|every|each)|[Ee]very|[Ee]ach|per)\\s+(?:(other|two|three|four|few|\\d{1,3}(?:\\s*[–-]\\s*\\d{1,3})?)\\s+)?(second|minute|hour|day|night|morning|afternoon|evening|week|month|quarter|year|decade)s?(?![\\p{L}])`,
  'gu',
);
// "year after year", "day after day": the unit recurring, one after another.
const UNIT_AFTER_UNIT = /(?<![\p{L}])(day|week|month|year|decade)\s+after\s+\1(?![\p{L}])/giu;
const UNIT_AFTER_UNIT_NEAR = triggered(UNIT_AFTER_UNIT, { pattern: '(?:[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade)\\s+after', words: [], chars: '\\s' });
// "once a year" holds no "every", "each" or "per", but "once", "twice" or "times".
const EVERY_NEAR = triggered(EVERY, { pattern: '(?:[Ee]very|[Ee]ach|per|once|twice|times)', words: ['three', 'several'], chars: '\\s' });
const EACH_MONTH = new RegExp(`(?<![\\p{L}])(?:[Ee]very|[Ee]ach)\\s+(${MONTH})(?![\\p{L}])`, 'gu');

const RATE_AFTER = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${RATE_NOUNS.join('|')})(?![\\p{L}])`, 'u');
const AMOUNT_BEFORE = /(?:\d|%|\b(?:percent|million|billion|trillion|thousand))(?:\s+\p{Ll}+)?\s+$/u;
/** "75 miles per hour", "60 frames per second": a speed or frequency, no recurring time. */
const MEASURE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MEASURE_NOUNS.join('|')})\\s+$`, 'iu');
/** A capitalized word or a possessive before a capitalized "Daily": a title ("People's Daily", "Motor Cycle Monthly"). */
const TITLE_WORD_BEFORE = /(?:\p{Lu}[\p{L}'’]*|['’]s)[ \t]+$/u;
/**
 * "5,200 pounds of fuel per second": an amount a few words before "per second/minute/hour" is a
 * speed or a flow, whatever it counts, as after a unit of measure ("3 times per hour" still recurs;
 * "10 bcm per year" stays a set, as TimeML tags "per year").
 */
const AMOUNT_PER_BEFORE = /\d(?:[\d,.]*\d)?%?(?:\s+(?!times\b)\p{L}+){1,3}\s+$/u;
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her|our|this|that)\s+$/iu;

export const setRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of ADVERB.matchAll(text)) {
    // "the Daily Mail", "Greek daily Kathimerini": a newspaper, not a recurrence.
    if (/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // "the People's Daily", "Motor Cycle Monthly": the title of a periodical, after a word of its name.
    if (/^\p{Lu}/u.test(m[1]!) && TITLE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "annual sales", "average daily share turnover": a rate, not a recurrence.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (RATE_AFTER.test(after) || /(?:^|[^\p{L}])average\s+$/iu.test(before)) continue;
    // "to rise 8.5% annually", "10,000 units annually": the adverb after an amount makes a rate too.
    if (AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "the annual meeting", "its annual parade": one occurrence of a yearly event, named by it, not a set.
    if (/^annual$/i.test(m[1]!) && DEFINITE_BEFORE.test(before)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: ADVERBS.get(key(m[1]!))!, mod: null, rule: 'dates.set:adverb' });
  }
  for (const m of EVERY_NEAR.matchAll(text)) {
    const unit = m[2]!.toLowerCase();
    if (/^per\b/i.test(m[0]) && MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (/^per\b/i.test(m[0]) && /^(?:second|minute|hour)$/.test(unit) && AMOUNT_PER_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    // "every night", "each morning": that part of any day (TimeML: XXXX-XX-XXTNI), not a day-long step.
    const part = PARTS_OF_DAY.get(unit);
    if (part && !m[1]) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: `XXXX-XX-XXT${part}`, mod: null, rule: 'dates.set:every' });
      continue;
    }
    let value = UNIT_VALUE[unit] ?? 'P1D';
    if (m[1]) {
      // "every 2–3 hours": a range recurs at an unknown step (X); "every 6 hours" at its own.
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : key(m[1]) === 'other' ? 2 : key(m[1]) === 'two' ? 2 : key(m[1]) === 'three' ? 3 : key(m[1]) === 'four' ? 4 : null;
      value = n ? value.replace('1', String(n)) : value.replace('1', 'X');
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value, mod: null, rule: 'dates.set:every' });
  }
  for (const m of UNIT_AFTER_UNIT_NEAR.matchAll(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: UNIT_VALUE[m[1]!.toLowerCase()]!, mod: null, rule: 'dates.set:every' });
  }
  for (const m of text.matchAll(EACH_MONTH)) {
    const month = MONTHS.get(key(m[1]!))!;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}`, mod: null, rule: 'dates.set:month' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { ADVERB, EVERY_NEAR, UNIT_AFTER_UNIT_NEAR };
