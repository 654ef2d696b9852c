/**
 * Days named relative to publication: "today", "yesterday", "tomorrow", "tonight",
 * "Monday", "last Tuesday", "next Friday", "Tuesday morning", "this morning", "last night".
 */
import { addDays, type Day, formatDay, weekday } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { ERA_NOUNS, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_NAME_PREFIXES, WEEKLY_NOUNS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { WEEKDAY, anyOf, key } from '../patterns.js';
import { weekdayDay } from '../resolve.js';

const PART_OF_DAY = anyOf([...PARTS_OF_DAY.keys()].filter((p) => p !== 'tonight' && p !== 'overnight'));
const DEICTIC = /(?<![\p{L}])(?:([Ee]arlier|[Ll]ater)\s+)?(?:([Tt]he\s+day\s+before\s+yesterday|[Tt]he\s+day\s+after\s+tomorrow)|([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:\s+(morning|afternoon|evening|night))?|([Tt]his|[Ll]ast)\s+(morning|afternoon|evening|night))(?![\p{L}])/gu;
const NAMED_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:((?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Ee]very|[Ee]ach|[Tt]he\\s+previous|[Tt]he\\s+preceding|[Tt]he\\s+following)\\s+))?(${WEEKDAY})(?:\\s+(${PART_OF_DAY})(s)?)?(?![\\p{L}])`,
  'gu',
);

const NAME_PREFIX_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${WEEKDAY_NAME_PREFIXES.join('|')})\\s+$`, 'u');

/** An acronym or "the" right before a title-case "Today" makes it a title: "USA Today", "the Today programme". */
const NAME_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}{2,}|the)\s+$/u;

const WEEKLY_NOUN_AFTER = new RegExp(`^\\s+(?:${WEEKLY_NOUNS.join('|')})(?![\\p{L}])`, 'u');

const PLURAL_PART_AFTER = new RegExp(`^\\s+(?:and|or)\\s+${WEEKDAY}\\s+(${PART_OF_DAY})s(?![\\p{L}])`, 'u');

// A part of the day itself ("the end of tomorrow", "the morning of tomorrow") is still that day.
const OF_TOMORROW_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?(?!(?:end|start|beginning|middle|rest|course|morning|afternoon|evening|night|dawn|eve)\s)\p{Ll}+\s+of\s+$/u;

// "three days of mourning, Wednesday through Friday": the second weekday of a span follows the first.
const SPAN_BETWEEN = /^\s*(?:through|thru|to|until|till|-|–|—)\s*$/;

const TODAYS_ERA = new RegExp(`^['’]s\\s+(?:${ERA_NOUNS.join('|')})(?![\\p{L}])`, 'u');

// Each pattern is only run near a word that every match of it holds (see near.ts).
const DEICTIC_NEAR = triggered(DEICTIC, {
  pattern: '(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|morning|afternoon|evening|night)',
  words: wordsOf(['earlier later the day before after this last']),
  chars: '\\s',
});
const NAMED_WEEKDAY_NEAR = triggered(NAMED_WEEKDAY, {
  pattern: WEEKDAY,
  words: wordsOf(['last next this past coming early late earlier later every each the previous preceding following']),
  chars: '\\s',
});

function dayOffset(word: string): number {
  const w = key(word);
  if (w.startsWith('the day before')) return -2;
  if (w.startsWith('the day after')) return 2;
  if (w === 'yesterday') return -1;
  if (w === 'tomorrow') return 1;
  return 0;
}

function dayValue(anchor: Day | null, offset: number): string {
  return anchor ? formatDay(addDays(anchor, offset)) : 'XXXX-XX-XX';
}

export const relativeDayRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of DEICTIC_NEAR.matchAll(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[2]) {
      out.push({ start, end, type: 'DATE', value: dayValue(anchor, dayOffset(m[2])), mod: null, rule: 'dates.relative-day:deictic' });
      continue;
    }
    if (m[3]) {
      const word = key(m[3]);
      // "today's world", "today's youth": the present era, not a day.
      if (word === 'today' && !m[1] && !m[4] && TODAYS_ERA.test(text.slice(end, end + 30))) continue;
      // "the people of tomorrow", "the cars of tomorrow": the future, as "today's world" is the present era.
      if (word === 'tomorrow' && !m[1] && !m[4] && !/^['’]s/.test(text.slice(end, end + 2)) && OF_TOMORROW_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "USA Today", "VOA Today": a title-case "Today" after an acronym is part of a name.
      if (m[3] === 'Today' && !m[1] && NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      const part = m[4] ? PARTS_OF_DAY.get(m[4].toLowerCase()) : word === 'tonight' ? 'NI' : undefined;
      const value = dayValue(anchor, dayOffset(word)) + (part ? `T${part}` : '');
      out.push({ start, end, type: part ? 'TIME' : 'DATE', value, mod: null, rule: 'dates.relative-day:deictic' });
      continue;
    }
    // "last night" is the night before publication; "this morning" the publication day's.
    const offset = key(m[5]!) === 'last' ? -1 : 0;
    const part = PARTS_OF_DAY.get(m[6]!.toLowerCase())!;
    out.push({ start, end, type: 'TIME', value: `${dayValue(anchor, offset)}T${part}`, mod: null, rule: 'dates.relative-day:part-of-day' });
  }
  // The last weekday of this week's reckoning, for the end of a span ("Wednesday through Friday").
  let spanStart: { end: number; day: Day } | null = null;
  for (const m of NAMED_WEEKDAY_NEAR.matchAll(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const relationWord = m[1] ? key(m[1]) : null;
    const name = m[2]!;
    // "Super Tuesday", "Bloody Sunday": a name (or a holiday of its own), not a day of this week.
    if (!relationWord && NAME_PREFIX_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const target = WEEKDAYS.get(name.toLowerCase().replace(/s$/, ''))!;
    // "Tuesday nights", and "Monday" in "Monday and Tuesday nights", recur like "Tuesdays".
    const pluralPart = m[4] ? m[3] : PLURAL_PART_AFTER.exec(text.slice(end, end + 40))?.[1];
    if (pluralPart && !relationWord) {
      out.push({ start, end, type: 'SET', value: `XXXX-WXX-${target}T${PARTS_OF_DAY.get(pluralPart.toLowerCase())}`, mod: null, rule: 'dates.set:weekday' });
      continue;
    }
    // "the Sunday trade ban", "end Saturday publication": any such day, a recurring one.
    if (!relationWord && !m[3] && WEEKLY_NOUN_AFTER.test(text.slice(end, end + 16))) {
      out.push({ start, end, type: 'SET', value: `XXXX-WXX-${target}`, mod: null, rule: 'dates.set:weekday' });
      continue;
    }
    if (relationWord === 'every' || relationWord === 'each' || /s$/.test(name)) {
      // Plural or quantified weekdays recur ("on Fridays", "every Thursday").
      if (!relationWord && !/^(?:on|On)\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      out.push({ start, end, type: 'SET', value: `XXXX-WXX-${target}`, mod: null, rule: 'dates.set:weekday' });
      continue;
    }
    // "the previous Friday", "the following Monday": counted from the day under discussion (anaphora pass).
    if (relationWord === 'the previous' || relationWord === 'the preceding' || relationWord === 'the following') {
      const shift = relationWord === 'the following' ? 1 : -1;
      const fallback = anchor ? formatDay(weekdayDay(target, anchor, shift < 0 ? 'past' : 'future', shift < 0 ? 'last' : 'next')) : 'XXXX-XX-XX';
      const dayPart = m[3] ? PARTS_OF_DAY.get(m[3].toLowerCase()) : undefined;
      const suffix = dayPart ? `T${dayPart}` : '';
      out.push({ start, end, type: dayPart ? 'TIME' : 'DATE', value: fallback + suffix, mod: null, rule: 'dates.relative-day:weekday', anaphoric: { unit: 'day', shift, weekday: target, ...(dayPart ? { timeSuffix: suffix } : {}) } });
      continue;
    }
    const relation = relationWord === 'last' || relationWord === 'this past' ? 'last' : relationWord === 'next' || relationWord === 'this coming' ? 'next' : relationWord === 'this' ? 'this' : null;
    const part = m[3] ? PARTS_OF_DAY.get(m[3].toLowerCase()) : undefined;
    let value = 'XXXX-XX-XX';
    // A weekday in the possessive names an event already reported ("Wednesday's ruling"): the day just past.
    const possessive = /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));
    let day = anchor ? weekdayDay(target, anchor, possessive ? 'past' : context.tenseAt(start, end), relation) : null;
    if (day && !relation && spanStart && SPAN_BETWEEN.test(text.slice(spanStart.end, start))) {
      day = addDays(spanStart.day, (target - weekday(spanStart.day) + 7) % 7 || 7);
    }
    spanStart = day ? { end, day } : null;
    if (day) value = formatDay(day);
    const mod = relationWord === 'early' || relationWord === 'earlier' ? 'START' : relationWord === 'late' || relationWord === 'later' ? 'END' : null;
    // "early"/"late" modify the day but TimeML keeps them outside when they are adverbs; keep them in, as TimeBank does.
    out.push({ start, end, type: part ? 'TIME' : 'DATE', value: part ? `${value}T${part}` : value, mod, rule: 'dates.relative-day:weekday' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { DEICTIC_NEAR, NAMED_WEEKDAY_NEAR };
