/**
 * A week or weekend named by one of its days: "the week of March 6" (2000-W10), "the weekend
 * of June 12".
 */
import { formatWeek, isValidDay, parseDay } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { MONTHS } from '../lexicon.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { MONTH, key } from '../patterns.js';
import { monthDayValue } from '../resolve.js';

const WEEK_OF = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Tt]hat|[Tt]his)\\s+(week|weekend)\\s+of\\s+(${MONTH})\\s+([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\d])`,
  'gu',
);
const WEEK_OF_NEAR = triggered(WEEK_OF, { pattern: 'week(?:end)?\\s+of', words: ['the', 'that', 'this'], chars: '\\s' });

export const weekOfRule: DateRule = (context) => {
  const out: Candidate[] = [];
  for (const m of WEEK_OF_NEAR.matchAll(context.text)) {
    const month = MONTHS.get(key(m[2]!))!;
    const dayNumber = Number(m[3]);
    if (!isValidDay(2000, month, dayNumber)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const day = parseDay(monthDayValue(month, dayNumber, context.anchor, context.tenseAt(start, end)));
    const weekend = m[1] === 'weekend';
    const value = day ? formatWeek(day) + (weekend ? '-WE' : '') : weekend ? 'XXXX-WXX-WE' : 'XXXX-WXX';
    out.push({ start, end, type: 'DATE', value, mod: null, rule: 'dates.week-of' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { WEEK_OF_NEAR };
