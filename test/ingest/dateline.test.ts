import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../src/ingest/dateline.js';
import { isAloneOnEarlyLine } from '../../src/model/text.js';

describe('datelineDate', () => {
  it.each([
    ['Pact signed\nTuesday, February 3, 2009\nThe two countries...', '2009-02-03', 2],
    ['February 03, 2009\n\nThe two countries...', '2009-02-03', 1],
    ['Pact signed\n\nBy Jane Doe\n14 April 2025\nText.', '2025-04-14', 3],
    ['Pact signed\n  2025-04-14  \nText.', '2025-04-14', 2],
  ])('finds the date alone on an early line of %j', (text, value, line) => {
    expect(datelineDate(text)).toEqual({ value, line });
  });

  it.each([
    // A date without its year is not guessed into one.
    'Pact signed\nApril 14\nText.',
    // A date inside a sentence is a fact of the story, not a dateline.
    'On February 3, 2009, the two countries signed a pact.\nMore text.',
    // Below the first three lines it is no longer under the headline.
    'Pact signed\nBy Jane Doe\nRabat\nFebruary 3, 2009\nText.',
    // Not a real day.
    'Pact signed\nFebruary 30, 2009\nText.',
    'Pact signed\nThe two countries signed a pact.',
    '',
  ])('finds none in %j', (text) => {
    expect(datelineDate(text)).toBeNull();
  });

  it.each([
    'Pact signed\n\nBy Jane Doe\n\n  April 14, 2025  \n\nThe ministers met.',
    'Pact signed\nBy Jane Doe\n\n\n\n\n14 April 2025\nText.',
  ])('takes a date only where the dates stage leaves it out as the dateline: %j', (text) => {
    const found = datelineDate(text);
    expect(found).not.toBeNull();
    const line = text.split('\n').filter((l) => l.trim() !== '')[found!.line - 1]!.trim();
    const start = text.indexOf(line);
    expect(isAloneOnEarlyLine(text, start, start + line.length)).toBe(true);
  });
});
