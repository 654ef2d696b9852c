import { describe, expect, it } from 'vitest';
import { binaryRatio, cleanText, isAloneOnEarlyLine, normalizeForId } from '../../src/model/text.js';

describe('binaryRatio', () => {
  it('is zero for ordinary text, tabs and newlines included', () => {
    expect(binaryRatio('NATO allies met in Vilnius.\n\tThey agreed a plan.\r\n')).toBe(0);
    expect(binaryRatio('')).toBe(0);
  });

  it('counts NULs, other control characters and replacement characters', () => {
    expect(binaryRatio('ab\u0000\u0007\uFFFD\u001F')).toBeCloseTo(4 / 6);
    expect(binaryRatio('\u000B\u000C')).toBe(1);
  });
});

describe('cleanText', () => {
  it('unifies newlines, drops control characters and composes to NFC', () => {
    expect(cleanText('a\r\nb\rc\u0007d\uFEFF e\u0301')).toBe('a\nb\ncd é');
  });
});

describe('normalizeForId', () => {
  it('ignores case and spacing', () => {
    expect(normalizeForId('  Joint   Declaration\n')).toBe(normalizeForId('joint declaration'));
  });

  it('collapses every run of white space to one space, as /\\s+/ would', () => {
    const samples = ['a b', 'a  b', 'a\tb', 'a \t\n b', 'a\u00a0b', 'a \u00a0b', '\n\na\r\n\r\nb c\u2003\u2003d  ', 'x\u3000 y'];
    for (const sample of samples) {
      expect(normalizeForId(sample)).toBe(sample.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
    }
  });
});

describe('isAloneOnEarlyLine', () => {
  const text = 'Morocco signs pact\nApril 14, 2025\nThe ministers met on April 14, 2025.\nLater:\nMay 2, 2025';
  const at = (needle: string, from = 0) => [text.indexOf(needle, from), text.indexOf(needle, from) + needle.length] as const;

  it('finds a date on a line of its own under the headline', () => {
    expect(isAloneOnEarlyLine(text, ...at('April 14, 2025'))).toBe(true);
  });

  it('refuses a date inside a sentence, or alone on a later line', () => {
    expect(isAloneOnEarlyLine(text, ...at('April 14, 2025', 40))).toBe(false);
    expect(isAloneOnEarlyLine(text, ...at('May 2, 2025'))).toBe(false);
    expect(isAloneOnEarlyLine(text, ...at('May 2, 2025'), 5)).toBe(true);
  });

  it('does not count blank lines between headline, byline and date', () => {
    const spaced = 'Morocco signs pact\n\nBy Jane Doe\n\n  April 14, 2025  \n\nThe ministers met.';
    const start = spaced.indexOf('April');
    expect(isAloneOnEarlyLine(spaced, start, start + 'April 14, 2025'.length)).toBe(true);
  });

  it('refuses a date on the fourth non-empty line', () => {
    const late = 'Morocco signs pact\n\nBy Jane Doe\nRabat\n\nApril 14, 2025\nText.';
    const start = late.indexOf('April');
    expect(isAloneOnEarlyLine(late, start, start + 'April 14, 2025'.length)).toBe(false);
  });
});
