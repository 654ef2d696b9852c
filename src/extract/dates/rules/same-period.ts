/**
 * Comparison periods of business news: "the same period last year", "the same month a year ago",
 * "the corresponding period of the previous year", "last year's quarter", "the quarter a year
 * earlier". They name the period just discussed ("sales rose 43% in February compared to the
 * same period last year" is 2009-02), a year back: resolved in the anaphora pass.
 */
import { daysInMonth, pad, quarterOf } from '../calendar.js';
import type { AnaphoricValue, Candidate, DateRule } from '../candidate.js';
import { COMPARISON_ADJECTIVES } from '../lexicon.js';
import { type TriggeredPattern, triggered } from '../near.js';

const NOUN = '(period|month|quarter|day|time)';
// "the same period of the last year" (Xinhua English) is last year's.
const YEAR_BACK = `(?:(?:of|in)\\s+)?(?:(?:the\\s+)?last\\s+year|(?:a|one)\\s+year\\s+(?:ago|earlier|before)|the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before)`;
// "the same period last year", "the corresponding quarter of the previous year".
const SAME_PERIOD = new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?(?:${COMPARISON_ADJECTIVES.join('|')})\\s+${NOUN}\\s+${YEAR_BACK}(?![\\p{L}])`, 'gu');
// "the quarter a year ago", "last year's quarter".
const PERIOD_YEAR_BACK = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he\\s+(period|month|quarter)\\s+(?:a|one)\\s+year\\s+(?:ago|earlier|before)|[Ll]ast\\s+year['’]s\\s+(period|quarter))(?![\\p{L}])`,
  'gu',
);
const SAME_PERIOD_NEAR = triggered(SAME_PERIOD, { pattern: `(?:${COMPARISON_ADJECTIVES.join('|')})\\s+(?:period|month|quarter|day|time)`, words: ['the'], chars: '\\s' });
const PERIOD_YEAR_BACK_NEAR = triggered(PERIOD_YEAR_BACK, { pattern: "(?:period|month|quarter)\\s+(?:a|one)\\s+year|year['’]s\\s+(?:period|quarter)", words: ['the', 'last'], chars: '\\s' });

function kindOf(noun: string): AnaphoricValue['samePeriod'] {
  if (noun === 'month' || noun === 'quarter' || noun === 'day') return noun;
  return 'any';
}

export const samePeriodRule: DateRule = (context) => {
  const { anchor } = context;
  const out: Candidate[] = [];
  const push = (start: number, end: number, noun: string) => {
    const kind = kindOf(noun);
    // Without a period under discussion: the publication's month or day, or (for a quarter or a
    // period) the last quarter reported on, a year back.
    let value = kind === 'month' ? 'XXXX-XX' : kind === 'day' ? 'XXXX-XX-XX' : kind === 'quarter' ? 'XXXX-QX' : 'XXXX';
    if (anchor) {
      const current = quarterOf(anchor.month);
      const reported = current === 1 ? { year: anchor.year - 1, quarter: 4 } : { year: anchor.year, quarter: current - 1 };
      if (kind === 'month') value = `${pad(anchor.year - 1, 4)}-${pad(anchor.month)}`;
      // The same day a year back; 29 February falls back to the 28th.
      else if (kind === 'day') value = `${pad(anchor.year - 1, 4)}-${pad(anchor.month)}-${pad(Math.min(anchor.day, daysInMonth(anchor.year - 1, anchor.month)))}`;
      else if (kind === 'quarter') value = `${pad(reported.year - 1, 4)}-Q${reported.quarter}`;
      else value = pad(anchor.year - 1, 4);
    }
    out.push({ start, end, type: 'DATE', value, mod: null, rule: 'dates.same-period', anaphoric: { unit: 'year', shift: -1, samePeriod: kind } });
  };
  for (const m of SAME_PERIOD_NEAR.matchAll(context.text)) push(m.index, m.index + m[0].length, m[1]!);
  for (const m of PERIOD_YEAR_BACK_NEAR.matchAll(context.text)) push(m.index, m.index + m[0].length, (m[1] ?? m[2])!);
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { SAME_PERIOD_NEAR, PERIOD_YEAR_BACK_NEAR };
