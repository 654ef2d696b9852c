import { normalizePublished } from './dates.js';

/** How far down a dateline may stand: under a headline and a byline at most. */
const DATELINE_LINES = 3;
/** Longer lines are sentences that happen to parse, not a date set on a line of its own. */
const MAX_DATELINE_CHARS = 40;

/**
 * The publication date printed on a line of its own among the first lines of the text, as
 * Wikinews and many copied pages put it under the headline ("Tuesday, February 3, 2009"), for an
 * article whose source gave none. Only a full date counts (with its year), so that "April 14"
 * is never guessed into a year.
 */
export function datelineDate(text: string): { value: string; line: number } | null {
  let line = 0;
  for (const raw of text.split('\n', DATELINE_LINES * 4)) {
    const candidate = raw.trim();
    if (candidate === '') continue;
    if (++line > DATELINE_LINES) return null;
    if (candidate.length > MAX_DATELINE_CHARS) continue;
    const date = normalizePublished(candidate);
    if (date.status === 'ok') return { value: date.value, line };
  }
  return null;
}
