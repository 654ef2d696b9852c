/** "The day before.", "the year previous": the period before the one under discussion. */
import type { Candidate, DateRule } from '../candidate.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { anaphoric, unitOf, unknownValue } from '../period.js';

// "the year previous", "the day before." : the period before the one under discussion. Only at the end
// of a phrase: in "the day before the vote" the day is counted from an event, not a date.
const PERIOD_BEFORE = /(?<![\p{L}])[Tt]he\s+(day|month|year)\s+(?:previous|before)(?=\s*(?:[.,;:)"'”’]|$))/gu;
const PERIOD_BEFORE_NEAR = triggered(PERIOD_BEFORE, { pattern: '(?:previous|before)', words: ['the', 'day', 'month', 'year'], chars: '\\s' });

export const periodBeforeRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of PERIOD_BEFORE_NEAR.matchAll(text)) {
    const unit = unitOf(m[1]!)!;
    const end = m.index + m[0].length;
    const link = anaphoric(unit, -1)!;
    if (context.tenseAt(m.index, end) === 'past') link.past = true;
    out.push({ start: m.index, end, type: 'DATE', value: unknownValue(unit), mod: null, rule: 'dates.relative-period:anaphoric', anaphoric: link });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { PERIOD_BEFORE_NEAR };
