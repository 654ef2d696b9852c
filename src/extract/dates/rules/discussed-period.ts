/**
 * The period under discussion named again: "by that time", "until that time" (the date just mentioned,
 * at its own precision), and "for a second consecutive day", "the third straight year" (the day or
 * year being reported on, the last in the run). Resolved in the anaphora pass.
 */
import type { Candidate, DateRule } from '../candidate.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { ORDINAL, SPACE_BEHIND, key } from '../patterns.js';
import { ORDINALS } from '../lexicon.js';

// "that time" only as a deadline, "by/until that time": "at that time" far more often points back at an
// event than at a date ("was living in Iran at that time"), and "that time of year", "spent that time" are no date.
const THAT_TIME = new RegExp(`(?<![\\p{L}])(?:[Bb]y|[Uu]ntil)\\s+(that\\s+time)(?![\\p{L}])(?!\\s+of\\b)`, 'gu');
const THAT_TIME_NEAR = triggered(THAT_TIME, { pattern: 'that\\s+time', words: wordsOf(['by until']), chars: '\\s' });

// "for a second consecutive day", "for the third straight year": the ordinal counts a run that ends on
// the day (year) being told about. Only as an adverbial after "for": in "it was the third consecutive
// month that ..." the run is a predicate, untagged in TimeBank.
const RUN = new RegExp(`(?<=(?<![\\p{L}])[Ff]or${SPACE_BEHIND})(?:a|the)\\s+(${ORDINAL})\\s+(?:consecutive|straight|successive)\\s+(day|month|year)(?![\\p{L}])`, 'gu');
const RUN_NEAR = triggered(RUN, { pattern: '(?:consecutive|straight|successive)\\s+(?:day|month|year)', words: [...wordsOf(['a the']), ...wordsOf(ORDINALS.keys())], chars: '[\\s\\d-]' });

export const discussedPeriodRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of THAT_TIME_NEAR.matchAll(text)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    // With nothing mentioned before, a time in the past ("by that time, the troops had left").
    out.push({ start, end, type: 'DATE', value: 'PAST_REF', mod: null, rule: 'dates.discussed-period:that-time', anaphoric: { unit: 'year', shift: 0, samePeriod: 'any' } });
  }
  for (const m of RUN_NEAR.matchAll(text)) {
    const ordinal = ORDINALS.get(key(m[1]!));
    // "the last consecutive day" is no count of a run.
    if (ordinal === undefined || ordinal < 2 || key(m[1]!) === 'last' || key(m[1]!) === 'final') continue;
    const unit = m[2] as 'day' | 'month' | 'year';
    const start = m.index;
    const end = start + m[0].length;
    const past = context.tenseAt(start, end) === 'past';
    out.push({ start, end, type: 'DATE', value: unit === 'day' ? 'XXXX-XX-XX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', mod: null, rule: 'dates.discussed-period:run', anaphoric: { unit, shift: 0, past } });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { THAT_TIME_NEAR, RUN_NEAR };
