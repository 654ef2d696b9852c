/**
 * Resolves expressions counted from a date mentioned before ("that day", "three years later",
 * "7:45 p.m."): the reference is the last fully resolved date before the expression, or the
 * publication day when there is none.
 */
import { addDays, type Day, daysBetween, formatDay, parseDay, weekday } from './calendar.js';
import type { AnaphoricValue, Candidate } from './candidate.js';
import { periodValue, shiftDay } from './period.js';

function referenceFrom(value: string): { day: Day; precision: 'day' | 'month' | 'year' } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { day: parseDay(value)!, precision: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { day: { year: Number(m[1]), month: Number(m[2]), day: 1 }, precision: 'month' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { day: { year: Number(m[1]), month: 1, day: 1 }, precision: 'year' };
  return null;
}

function isInQuarter(value: string, quarter: { year: number; quarter: number }): boolean {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value);
  return m !== null && Number(m[1]) === quarter.year && Math.floor((Number(m[2]) - 1) / 3) + 1 === quarter.quarter;
}

const RANK = { day: 3, month: 2, year: 1 } as const;

type Reference = { day: Day; precision: 'day' | 'month' | 'year' };

/**
 * Value of "the same period/month/quarter last year": the quarter under discussion, or the date
 * mentioned last at its precision, `shift` years away; null keeps the rule's own value.
 */
function samePeriodValue(
  link: AnaphoricValue,
  lastQuarter: { year: number; quarter: number } | null,
  lastMentioned: Reference | null,
  lastByPrecision: Record<'day' | 'month' | 'year', Reference | null>,
): string | null {
  const kind = link.samePeriod!;
  if ((kind === 'any' || kind === 'quarter') && lastQuarter) return `${String(lastQuarter.year + link.shift).padStart(4, '0')}-Q${lastQuarter.quarter}`;
  if (kind === 'quarter') return null;
  const reference = kind === 'any' ? lastMentioned : lastByPrecision[kind];
  if (!reference) return null;
  const shifted = shiftDay(reference.day, 'year', link.shift);
  return periodValue(shifted, reference.precision);
}

/** The references of `byPrecision` that a date of `precision` sets. */
function pick(byPrecision: Record<'day' | 'month' | 'year', Reference | null>, precision: Reference['precision']): Partial<Record<'day' | 'month' | 'year', Reference | null>> {
  const out: Partial<Record<'day' | 'month' | 'year', Reference | null>> = {};
  for (const unit of ['day', 'month', 'year'] as const) if (RANK[precision] >= RANK[unit]) out[unit] = byPrecision[unit];
  return out;
}

const CLOCK_SUFFIX = /^T(\d\d):(\d\d)$/;
const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})T(\d\d):(\d\d)$/;

/**
 * The day of a clock time that converts the one right before it to another zone: the earlier
 * clock's day, moved by a day when the two clocks are further apart than any zone offset
 * (UTC is at most 14 hours behind and 12 hours ahead of local time).
 */
function conversionDay(previous: Candidate | undefined, candidate: Candidate, suffix: string): Day | null {
  if (!previous || previous.type !== 'TIME' || candidate.start - previous.end > 3) return null;
  const own = CLOCK_SUFFIX.exec(suffix);
  const before = CLOCK_VALUE.exec(previous.value);
  if (!own || !before) return null;
  const day = parseDay(before[1]!);
  if (!day) return null;
  const difference = Number(own[1]) * 60 + Number(own[2]) - (Number(before[2]) * 60 + Number(before[3]));
  if (difference < -14 * 60) return addDays(day, 1);
  if (difference > 12 * 60) return addDays(day, -1);
  return day;
}

export function resolveAnaphora(candidates: Candidate[], anchor: Day | null): void {
  const anchorReference = anchor ? { day: anchor, precision: 'day' as const } : null;
  let lastByPrecision: Record<'day' | 'month' | 'year', Reference | null> = {
    day: anchorReference,
    month: anchorReference,
    year: anchorReference,
  };
  let lastQuarter: { year: number; quarter: number } | null = null;
  // The last date mentioned in the text (not the publication day), at its own precision.
  let lastMentioned: Reference | null = null;
  // The last references on or before publication, for past-tense links.
  let lastNotAfter = lastByPrecision;
  // The same, leaving out days that date an event named after them ("Trump's July 25 phone call"): what
  // "later in the day" and a bare clock time lean on is the day the story tells, not such a day.
  let storyByPrecision = lastByPrecision;
  let storyNotAfter = lastByPrecision;
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    const link = candidate.anaphoric;
    if (link?.samePeriod) {
      candidate.value = samePeriodValue(link, lastQuarter, lastMentioned, lastByPrecision) ?? candidate.value;
      // A comparison period does not change what is under discussion.
      continue;
    }
    if (link && link.unit === 'year' && lastQuarter) {
      candidate.value = `${String(link.year ?? lastQuarter.year + link.shift).padStart(4, '0')}-Q${lastQuarter.quarter}`;
      continue;
    }
    if (link?.fromAnchor) {
      // "A year ago" is mostly the period compared with ("up from a year ago") and leaves the one under
      // discussion alone; "ten years ago" starts a story ("began 10 years ago ... almost a decade later").
      if (!link.opensQuarter && Math.abs(link.shift) < 2) continue;
    } else if (link) {
      const implicit = candidate.rule === 'dates.relative-period:part-of-day' || candidate.rule === 'dates.clock-time';
      let reference = (implicit ? storyByPrecision : lastByPrecision)[link.unit];
      // Told in the past tense, "the same day" is a day of the story, not a date still to come
      // ("announced on Friday new rules, to take effect on December 10; the rules were released
      // later the same day").
      if (link.past && reference && anchor && daysBetween(anchor, reference.day) > 0) reference = (implicit ? storyNotAfter : lastNotAfter)[link.unit];
      // "3:00 p.m. local time on Monday": a clock time takes the day named right after it, also
      // past a clock time in another zone ("8:30 p.m. BST (1930 UTC) on August 27").
      let following = candidates[index + 1];
      let near = following !== undefined && following.start - candidate.end <= 8;
      if (link.timeSuffix && near && following?.anaphoric?.timeSuffix) {
        const next = candidates[index + 2];
        near = next !== undefined && next.start - following.end <= 8;
        following = next;
      }
      if (link.timeSuffix && following && near && !following.anaphoric) {
        const day = referenceFrom(following.value);
        if (day?.precision === 'day') reference = day;
      }
      // A clock time given in another zone right after one ("8:30 p.m. (0030 UTC)") is the same
      // moment: its day is the one that keeps the two clocks within a time-zone offset.
      const converted = link.timeSuffix ? conversionDay(candidates[index - 1], candidate, link.timeSuffix) : null;
      if (converted) reference = { day: converted, precision: 'day' };
      if (reference && link.weekday !== undefined) {
        // "the previous Friday": the Friday before the day under discussion, a week back from a Friday.
        const current = weekday(reference.day);
        const back = (current - link.weekday + 7) % 7 || 7;
        const ahead = (link.weekday - current + 7) % 7 || 7;
        candidate.value = formatDay(addDays(reference.day, link.shift < 0 ? -back : ahead)) + (link.timeSuffix ?? '');
      } else if (reference && link.demonstrative && lastMentioned?.precision === 'month' && lastMentioned !== reference) {
        // "most recently last October when Dr. Slepian was killed ... crossed out that same day": the day is
        // one of the month just named, not the last full day mentioned before it.
        candidate.value = `${periodValue(lastMentioned.day, 'month')}-XX`;
      } else if (reference) {
        const shifted = shiftDay(reference.day, link.unit, link.shift);
        // Told in the past tense, "the next day" cannot lie after publication: with no earlier date to
        // count from, it stays unresolved rather than becoming tomorrow.
        const impossible = link.past && link.shift > 0 && anchor !== null && reference.day === anchor && daysBetween(anchor, shifted) > 0;
        if (!impossible) candidate.value = link.timeSuffix ? formatDay(shifted) + link.timeSuffix : periodValue(shifted, link.unit);
      }
    }
    if (candidate.type !== 'DATE' && candidate.type !== 'TIME') continue;
    const quarter = /^(\d{4})-Q([1-4])$/.exec(candidate.value);
    // A forecast ("losses through the third quarter of 1990") is not the period being reported on,
    // which "a year ago" and "the 1988 period" are compared with.
    if (quarter && anchor && Number(quarter[1]) * 4 + Number(quarter[2]) > anchor.year * 4 + Math.floor((anchor.month - 1) / 3) + 1) continue;
    if (quarter) lastQuarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
    // A day or month inside the quarter ("the quarter ended Sept. 30") keeps it under discussion.
    else if (/^\d{4}/.test(candidate.value) && !(lastQuarter && isInQuarter(candidate.value, lastQuarter))) lastQuarter = null;
    const reference = referenceFrom(candidate.value);
    if (!reference) continue;
    // A day also serves as month and year reference; a year only as a year reference.
    const next = { ...lastByPrecision };
    for (const unit of ['day', 'month', 'year'] as const) {
      if (RANK[reference.precision] >= RANK[unit]) next[unit] = reference;
    }
    lastByPrecision = next;
    lastMentioned = reference;
    const notAfter = !anchor || daysBetween(anchor, reference.day) <= 0;
    if (notAfter) lastNotAfter = { ...lastNotAfter, ...pick(next, reference.precision) };
    if (candidate.namesEvent) continue;
    const story = { ...storyByPrecision };
    for (const unit of ['day', 'month', 'year'] as const) {
      if (RANK[reference.precision] >= RANK[unit]) story[unit] = reference;
    }
    storyByPrecision = story;
    if (notAfter) storyNotAfter = { ...storyNotAfter, ...pick(story, reference.precision) };
  }
}

/** A possessive or a determiner before a day: "Trump's July 25 phone call", "the Oct. 23 slaying". */
const DETERMINER_BEFORE = /(?:['’]s|(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|whose))\s{1,8}$/iu;
/** A noun after the day, not a verb or a preposition that would make the day an adverbial of the clause. */
const NOUN_AFTER = /^[ \t]+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|as|after|before|until|through|is|was|were|are|will|would|has|had|have|be|been)(?![\p{L}]))\p{Ll}{2,}/u;

/**
 * Marks the days that date an event named right after them ("Trump's July 25 phone call"): they name
 * the event, not the day under discussion.
 */
export function markEventDays(text: string, candidates: readonly Candidate[]): void {
  for (const candidate of candidates) {
    if (candidate.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(candidate.value)) continue;
    if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))) continue;
    if (NOUN_AFTER.test(text.slice(candidate.end, candidate.end + 24))) candidate.namesEvent = true;
  }
}
