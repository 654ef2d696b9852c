/**
 * The reporting period a year before: "year-earlier profit", "the year-ago quarter", "the
 * comparable year-earlier period", "the year-ago third quarter".
 */
import { pad, quarterOf } from '../calendar.js';
import type { Candidate, DateRule } from '../candidate.js';
import { ORDINALS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { ORDINAL, key } from '../patterns.js';

// "year-earlier profit", "the year-ago quarter", "the comparable year-earlier period".
const YEAR_AGO = new RegExp(
  `(?<![\\p{L}-])(?:[Tt]he\\s+(?:comparable\\s+|same\\s+)?)?[Yy]ear[-\\s](?:ago|earlier)(?:\\s+(?:(${ORDINAL})[\\s-]+)?(quarter|period))?(?![\\p{L}-])`,
  'gu',
);
const YEAR_AGO_NEAR = triggered(YEAR_AGO, { pattern: '[Yy]ear[-\\s](?:ago|earlier)', words: wordsOf(['the comparable same']), chars: '\\s' });

export const yearAgoRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
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
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { YEAR_AGO_NEAR };
