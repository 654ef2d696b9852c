/** Finds and normalizes the temporal expressions of a text (TimeML TIMEX3). */
import type { Sentence } from '../../model/doc.js';
import { sentenceIndexAt } from '../../model/doc.js';
import type { Timex } from '../../model/facts.js';
import { isAloneOnEarlyLine } from '../../model/text.js';
import { dayRange, parseDay } from './calendar.js';
import type { Candidate, DateRule, RuleContext } from './candidate.js';
import { markEventDays, resolveAnaphora } from './anaphora.js';
import { agoRule } from './rules/ago.js';
import { calendarDateRule } from './rules/calendar-date.js';
import { clockTimeRule } from './rules/clock-time.js';
import { deicticPeriodRule } from './rules/deictic-period.js';
import { discussedPeriodRule } from './rules/discussed-period.js';
import { durationRule } from './rules/duration.js';
import { holidayRule } from './rules/holiday.js';
import { partOfDayRule } from './rules/part-of-day.js';
import { periodBeforeRule } from './rules/period-before.js';
import { quarterHalfRule } from './rules/quarter-half.js';
import { referenceRule } from './rules/reference.js';
import { relativeDayRule } from './rules/relative-day.js';
import { reportingPeriodRule } from './rules/reporting-period.js';
import { samePeriodRule } from './rules/same-period.js';
import { seasonRule } from './rules/season.js';
import { setRule } from './rules/set.js';
import { weekOfRule } from './rules/week-of.js';
import { yearRule } from './rules/year.js';
import { yearAgoRule } from './rules/year-ago.js';
import { yearRangeRule } from './rules/year-range.js';
import { keepSentenceOrder } from './resolve.js';
import { selectCandidates } from './select.js';
import { tenseAround } from './tense.js';

export const DATE_RULES: readonly DateRule[] = [
  calendarDateRule,
  yearRule,
  yearRangeRule,
  relativeDayRule,
  // Order matters: on a tie (same extent and priority) the candidate produced first is kept, and
  // "the last quarter" is both a deictic period and an ordinal quarter; the rule it cites follows this order.
  deicticPeriodRule,
  periodBeforeRule,
  agoRule,
  yearAgoRule,
  partOfDayRule,
  quarterHalfRule,
  seasonRule,
  reportingPeriodRule,
  durationRule,
  setRule,
  referenceRule,
  clockTimeRule,
  holidayRule,
  weekOfRule,
  samePeriodRule,
  discussedPeriodRule,
];

/**
 * The article's own dateline ("WASHINGTON, August 11 (Xinhua) --", or a date on a line of its
 * own under the headline, as Wikinews prints it) restates the publication date and is not a
 * fact of the story.
 */
function isDateline(text: string, candidate: Candidate): boolean {
  if (candidate.type !== 'DATE' || candidate.start > DATE_LINE_REACH) return false;
  if (isAloneOnEarlyLine(text, candidate.start, candidate.end)) return true;
  if (candidate.start > 80) return false;
  const before = text.slice(0, candidate.start);
  const lineStart = before.lastIndexOf('\n') + 1;
  if (!/^\s*(?:[\p{Lu}][\p{Lu}\p{Lu}.'’ -]*,\s*)?(?:[\p{Lu}][\p{L}.]*,?\s*)?$/u.test(before.slice(lineStart))) return false;
  // A dash before a digit continues a range ("The 2024–25 budget"); a dateline's dash opens the story.
  return /^\s*(?:\(|--|[—–](?!\d)|-\s)/.test(text.slice(candidate.end, candidate.end + 4));
}

/** How far into the text a date alone on one of the first lines is still a dateline. */
const DATE_LINE_REACH = 400;

function wholeText(text: string): Sentence[] {
  return [{ index: 0, start: 0, end: text.length }];
}

export interface TagOptions {
  /**
   * Keep a date in the article's own dateline ("WASHINGTON, August 11 (Xinhua) --"). The gold
   * guidelines leave it out; TimeML corpora annotate it.
   */
  keepDateline?: boolean;
}

/**
 * Tags the temporal expressions of `text`, resolving relative ones against `anchor`
 * (publication day, YYYY-MM-DD). Without `sentences`, the whole text counts as one sentence.
 */
export function tagDates(text: string, anchor: string | null, sentences?: readonly Sentence[], options: TagOptions = {}): Timex[] {
  const sentenceList = sentences && sentences.length > 0 ? [...sentences] : wholeText(text);
  const holder = { sentences: sentenceList };
  const anchorDay = anchor ? parseDay(anchor) : null;
  const context: RuleContext = {
    text,
    anchor: anchorDay,
    tenseAt(start: number, end: number) {
      const sentence = sentenceList[sentenceIndexAt(holder, start)];
      return tenseAround(text, sentence?.start ?? 0, sentence?.end ?? text.length, start, end);
    },
    sentenceStartAt(start: number) {
      return sentenceList[sentenceIndexAt(holder, start)]?.start ?? 0;
    },
  };
  const candidates: Candidate[] = [];
  for (const rule of DATE_RULES) candidates.push(...rule(context));
  const chosen = selectCandidates(candidates, text.length).filter((c) => options.keepDateline || !isDateline(text, c));
  keepSentenceOrder(chosen, context.sentenceStartAt, anchorDay);
  markEventDays(text, chosen);
  resolveAnaphora(chosen, anchorDay);
  return chosen.map((c) => {
    const range = c.type === 'DATE' || c.type === 'TIME' ? dayRange(c.value) : null;
    return {
      sentence: Math.max(0, sentenceIndexAt(holder, c.start)),
      start: c.start,
      end: c.end,
      rule: c.rule,
      text: text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      mod: c.mod,
      firstDay: range?.firstDay ?? null,
      lastDay: range?.lastDay ?? null,
    };
  });
}
