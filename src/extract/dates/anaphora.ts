/**
 * Resolves expressions counted from a date mentioned before ("that day", "three years later",
 * "7:45 p.m."): the reference is the last fully resolved date before the expression, or the
 * publication day when there is none.
 */
import { type Day, formatDay, parseDay } from './calendar.js';
import type { Candidate } from './candidate.js';
import { periodValue, shiftDay } from './rules/relative-period.js';

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

export function resolveAnaphora(candidates: Candidate[], anchor: Day | null): void {
  const anchorReference = anchor ? { day: anchor, precision: 'day' as const } : null;
  let lastByPrecision: Record<'day' | 'month' | 'year', { day: Day; precision: 'day' | 'month' | 'year' } | null> = {
    day: anchorReference,
    month: anchorReference,
    year: anchorReference,
  };
  let lastQuarter: { year: number; quarter: number } | null = null;
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    const link = candidate.anaphoric;
    if (link && link.unit === 'year' && lastQuarter) {
      candidate.value = `${String(link.year ?? lastQuarter.year + link.shift).padStart(4, '0')}-Q${lastQuarter.quarter}`;
      continue;
    }
    if (link?.fromAnchor) {
      if (!link.opensQuarter) continue;
    } else if (link) {
      let reference = lastByPrecision[link.unit];
      // "3:00 p.m. local time on Monday": a clock time takes the day named right after it.
      const following = candidates[index + 1];
      if (link.timeSuffix && following && following.start - candidate.end <= 8 && !following.anaphoric) {
        const day = referenceFrom(following.value);
        if (day?.precision === 'day') reference = day;
      }
      if (reference) {
        const shifted = shiftDay(reference.day, link.unit, link.shift);
        candidate.value = link.timeSuffix ? formatDay(shifted) + link.timeSuffix : periodValue(shifted, link.unit);
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
  }
}
