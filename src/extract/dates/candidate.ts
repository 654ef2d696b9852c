import type { TimexType } from '../../model/facts.js';
import type { Day } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * A value that depends on a date mentioned earlier in the article ("that day", "a year
 * later", "7:45 p.m."), resolved once the expressions before it are known.
 */
export interface AnaphoricValue {
  /** Unit of the shift and of the result's granularity. */
  unit: 'day' | 'month' | 'year';
  /** Signed shift from the reference date, in `unit`s. */
  shift: number;
  /** Appended to a day value, e.g. "T19:45" or "TMO". */
  timeSuffix?: string;
  /** Counted from publication, not from the date mentioned before ("two years ago"). */
  fromAnchor?: boolean;
  /** A named year whose quarter under discussion is meant ("the 1988 period"); `shift` is then ignored. */
  year?: number;
  /** Without a quarter under discussion, the value stands and becomes the quarter under discussion ("the quarter"). */
  opensQuarter?: boolean;
  /**
   * "The same period last year": the period just discussed (a quarter under discussion, else the
   * last date mentioned, at its own precision), or its month, quarter or day, `shift` years away.
   */
  samePeriod?: 'any' | 'day' | 'month' | 'quarter';
  /**
   * A weekday (1 = Monday) counted from the reference day: the nearest one before it (shift < 0) or
   * after it (shift > 0), as in "the previous Friday", "the following Monday".
   */
  weekday?: number;
  /** "that day", "the same day": the day of the date named last, even when only its month was named. */
  demonstrative?: boolean;
  /** Told in the past tense: a reference after publication (a plan) is passed over for the last one before it. */
  past?: boolean;
}

/** A temporal expression found by one rule, before overlaps between rules are settled. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod: string | null;
  rule: string;
  /** Breaks ties between candidates with the same extent; higher wins. */
  priority?: number;
  anaphoric?: AnaphoricValue;
  /** A day dating the event named after it ("Trump's July 25 phone call"), not the day under discussion. */
  namesEvent?: boolean;
}

export interface RuleContext {
  readonly text: string;
  /** Publication day, or null when unknown (relative values then keep X digits). */
  readonly anchor: Day | null;
  /** Tense of the clause around [start, end), for choosing the direction of weekdays and months. */
  tenseAt(start: number, end: number): Tense;
  /** Start of the sentence that holds `start`. */
  sentenceStartAt(start: number): number;
}

/** One kind of expression: finds candidates in the whole text. */
export type DateRule = (context: RuleContext) => Candidate[];
