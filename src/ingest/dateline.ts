import { earlyLines } from '../model/text.js';
import { normalizePublished } from './dates.js';

/** Longer lines are sentences that happen to parse, not a date set on a line of its own. */
const MAX_DATELINE_CHARS = 40;

/**
 * The publication date printed on a line of its own among the first lines of the text, as
 * Wikinews and many copied pages put it under the headline ("Tuesday, February 3, 2009"), for an
 * article whose source gave none. Only a full date counts (with its year), so that "April 14"
 * is never guessed into a year. The lines are those where the dates stage leaves a date out as
 * the dateline (`isAloneOnEarlyLine`), so a date that anchors the article is never also a fact of it.
 */
export function datelineDate(text: string): { value: string; line: number } | null {
  for (const line of earlyLines(text)) {
    if (line.text.length > MAX_DATELINE_CHARS) continue;
    const date = normalizePublished(line.text);
    if (date.status === 'ok') return { value: date.value, line: line.number };
  }
  return null;
}
