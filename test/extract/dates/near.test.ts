import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triggered, wordsOf } from '../../../src/extract/dates/near.js';

/** The plain scan that a triggered pattern must reproduce, match for match. */
function plain(pattern: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(pattern)];
}

function summary(matches: readonly RegExpExecArray[]): unknown[] {
  return matches.map((m) => [m.index, ...m]);
}

// Shaped like the rule patterns: optional leading words, then a required core.
const UNIT = '(?:day|week|month|year)';
const DURATION = new RegExp(
  `(?<![\\p{L}\\d])(?:(about|over|the\\s+past|the\\s+last|the)\\s+)?(?:(\\d+|a\\s+few|two|three|twenty)[\\s-]+)?(${UNIT})(s?)(?![\\p{L}])`,
  'gu',
);
const DURATION_NEAR = triggered(DURATION, {
  pattern: UNIT,
  words: wordsOf(['about over the past last a few two three twenty']),
  chars: '[\\s\\d-]',
});
const AGO = /(?<![\p{L}])(?:(a|two|several)\s+)?(day|year)s?\s+(ago|later)(?![\p{L}])/giu;
const AGO_NEAR = triggered(AGO, { pattern: '(?:ago|later)', words: ['a', 'two', 'several', 'day', 'days', 'year', 'years'], chars: '\\s' });

const VOCABULARY = [
  'the', 'The', 'past', 'last', 'about', 'over', 'a', 'few', 'two', 'Three', 'twenty', '3', '48', 'day', 'days', 'year',
  'years', 'Years', 'yearly', 'ago', 'AGO', 'later', 'Monday', 'today', 'said', 'troops', 'week', 'months', 'birthday',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '-', '\n', ', ', '. ', '(', '"', ''];

/** A deterministic pseudo-random text over words that the patterns care about. */
function randomText(seed: number, words: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  let text = '';
  for (let i = 0; i < words; i++) text += VOCABULARY[next(VOCABULARY.length)]! + SEPARATORS[next(SEPARATORS.length)]!;
  return text;
}

describe('triggered patterns', () => {
  it.each([
    'about three years',
    'over the past 48 days and the last two-year term',
    'It lasted years, yearly, over years-long talks.',
    'the the the the past the year',
    'birthday days day-day',
    'Two days later and a year ago, several YEARS AGO.',
    '',
    'nothing temporal here',
    'year',
  ])('finds exactly what matchAll finds in %j', (text) => {
    expect(summary(DURATION_NEAR.matchAll(text))).toEqual(summary(plain(DURATION, text)));
    expect(summary(AGO_NEAR.matchAll(text))).toEqual(summary(plain(AGO, text)));
  });

  it('finds exactly what matchAll finds in random texts', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, 60);
      expect(summary(DURATION_NEAR.matchAll(text)), text).toEqual(summary(plain(DURATION, text)));
      expect(summary(AGO_NEAR.matchAll(text)), text).toEqual(summary(plain(AGO, text)));
    }
  });

  it('finds exactly what matchAll finds in a real article', () => {
    const { text } = JSON.parse(readFileSync(new URL('../../fixtures/dates/seed-article.json', import.meta.url), 'utf8')) as { text: string };
    expect(summary(DURATION_NEAR.matchAll(text))).toEqual(summary(plain(DURATION, text)));
    expect(summary(AGO_NEAR.matchAll(text))).toEqual(summary(plain(AGO, text)));
  });

  it('gets through long runs of words that may precede a trigger', () => {
    const junk = 'the '.repeat(30_000) + 'year '.repeat(10_000) + 'about '.repeat(10_000) + 'a few days ago '.repeat(3_000);
    expect(DURATION_NEAR.matchAll(junk)).toHaveLength(10_000 + 3_000);
    expect(AGO_NEAR.matchAll(junk)).toHaveLength(3_000);
  });

  it('refuses a pattern without the g flag', () => {
    expect(() => triggered(/year/u, { pattern: 'year' })).toThrow();
  });
});
