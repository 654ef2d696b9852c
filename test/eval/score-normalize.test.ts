import { describe, expect, it } from 'vitest';
import { containsAsWholeWords, normalizeText, normalizedWords, wordJaccard } from '../../src/eval/score-normalize.js';

describe('normalizeText', () => {
  it('folds case, drops accents and turns punctuation into single spaces', () => {
    expect(normalizeText('Gérald  DARMANIN')).toBe('gerald darmanin');
    expect(normalizeText('Abdel Fattah el-Sisi')).toBe('abdel fattah el sisi');
    expect(normalizeText('U.S.')).toBe('u s');
    expect(normalizeText('April 14, 2025')).toBe('april 14 2025');
    expect(normalizeText('Morocco’s “full” commitment…')).toBe('morocco s full commitment');
    expect(normalizeText("Morocco's")).toBe(normalizeText('Morocco’s'));
  });

  it('treats every kind of white space as one space and trims', () => {
    expect(normalizeText(' \tjoint\n\u00a0task   force ')).toBe('joint task force');
  });

  it('folds letters whose lower case is not their folded form', () => {
    expect(normalizeText('Straße')).toBe('strasse');
    expect(normalizeText('İstanbul')).toBe('istanbul');
    expect(normalizeText('Ｐａｒｉｓ')).toBe('paris');
  });

  it('leaves nothing of a text of punctuation only', () => {
    expect(normalizeText('— … !?')).toBe('');
    expect(normalizedWords('— … !?')).toEqual([]);
  });
});

describe('containsAsWholeWords', () => {
  it('finds one text inside the other as whole words, in either direction', () => {
    expect(containsAsWholeWords('the summer of 2024', 'summer of 2024')).toBe(true);
    expect(containsAsWholeWords('Monday', 'last Monday')).toBe(true);
    expect(containsAsWholeWords('October, 2024', 'october 2024')).toBe(true);
  });

  it('does not match inside a word or across a gap', () => {
    expect(containsAsWholeWords('May', 'Mayday')).toBe(false);
    expect(containsAsWholeWords('2024', '20245')).toBe(false);
    expect(containsAsWholeWords('summer 2024', 'summer of 2024')).toBe(false);
  });

  it('never matches an empty text', () => {
    expect(containsAsWholeWords('...', 'Monday')).toBe(false);
    expect(containsAsWholeWords('', '')).toBe(false);
  });
});

describe('wordJaccard', () => {
  it('is shared words over all words of the two word sets', () => {
    expect(wordJaccard('a b c', 'b c d')).toBe(2 / 4);
    expect(wordJaccard('Joint Task-Force', 'joint task force')).toBe(1);
    expect(wordJaccard('a a b', 'a b')).toBe(1);
  });

  it('is 0 when either side has no word', () => {
    expect(wordJaccard('', 'a')).toBe(0);
    expect(wordJaccard('!!', '??')).toBe(0);
  });
});
