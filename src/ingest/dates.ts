import { isRealIsoDate } from '../model/article.js';
import { MONTHS, ZONE_OFFSETS } from './date-words.js';

/** A publication date as given by a source, normalized to ISO 8601, or why it could not be. */
export type PublishedDate =
  | { status: 'ok'; value: string }
  | { status: 'missing' }
  | { status: 'invalid'; reason: string };

// Each pattern is anchored and made of bounded, non-overlapping pieces, so matching is linear.
const ISO_SHAPED = /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/;
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const WEEKDAY_PREFIX = /^[a-z]{3,9}\.?,?\s+/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const RFC_2822 =
  /^(\d{1,2})\s+([a-z]{3,9})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?$/i;

/** Longer strings are not dates; refusing them early keeps junk input cheap. */
const MAX_DATE_LENGTH = 80;

/**
 * Accepts ISO dates and date-times, "April 14, 2025", "14 Apr 2025", "2025/04/14" and RFC 2822
 * ("Mon, 14 Apr 2025 10:00:00 +0000"). A date-time keeps its own offset, because the local
 * calendar day is the one relative dates in the text refer to.
 */
export function normalizePublished(raw: unknown): PublishedDate {
  if (raw === undefined || raw === null) return { status: 'missing' };
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? { status: 'invalid', reason: 'invalid Date value' } : { status: 'ok', value: raw.toISOString() };
  }
  if (typeof raw !== 'string') return { status: 'invalid', reason: `expected a date string, got ${typeof raw}` };
  const value = raw.trim();
  if (value === '') return { status: 'missing' };
  if (value.length > MAX_DATE_LENGTH) return { status: 'invalid', reason: 'too long to be a date' };

  if (ISO_SHAPED.test(value)) {
    const iso = value.replace(' ', 'T');
    return isRealIsoDate(iso) ? { status: 'ok', value: iso } : invalid(value);
  }
  const parsed = parseSlashed(value) ?? parseWritten(value.replace(WEEKDAY_PREFIX, '')) ?? parseWritten(value);
  if (parsed === undefined) return { status: 'invalid', reason: `unrecognized date "${value}"` };
  return parsed !== null && isRealIsoDate(parsed) ? { status: 'ok', value: parsed } : invalid(value);
}

function invalid(value: string): PublishedDate {
  return { status: 'invalid', reason: `"${value}" is not a real calendar date` };
}

/** undefined: not this shape; null: this shape but impossible (unknown month name). */
function parseSlashed(value: string): string | null | undefined {
  const m = SLASHED_YMD.exec(value);
  return m ? day(m[1]!, Number(m[2]), m[3]!) : undefined;
}

function parseWritten(value: string): string | null | undefined {
  let m = MONTH_DAY_YEAR.exec(value);
  if (m) return day(m[3]!, MONTHS[m[1]!.toLowerCase()], m[2]!);
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return day(m[3]!, MONTHS[m[2]!.toLowerCase()], m[1]!);
  m = RFC_2822.exec(value);
  if (m) {
    const date = day(m[3]!, MONTHS[m[2]!.toLowerCase()], m[1]!);
    const zone = zoneOffset(m[7]);
    if (date === null || zone === null) return null;
    return `${date}T${pad(m[4]!)}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  return undefined;
}

function day(year: string, month: number | undefined, dayOfMonth: string): string | null {
  if (month === undefined) return null;
  return `${year}-${pad(String(month))}-${pad(dayOfMonth)}`;
}

/** RFC 2822 says a missing zone means unknown; UTC is the least surprising reading. */
function zoneOffset(zone: string | undefined): string | null {
  if (zone === undefined) return 'Z';
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONE_OFFSETS[zone.toLowerCase()] ?? null;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}
