import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../src/extract/entities/tokens.js';

/** The tokenizer as first written, with a regular expression: the scanner must agree with it. */
function referenceTokenize(text: string): Token[] {
  const pattern = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu;
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const value = m[0];
    const first = value[0]!;
    const word = /[\p{L}\p{N}]/u.test(first);
    const letters = value.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: value,
      start: m.index,
      end: m.index + value.length,
      lower: value.toLowerCase(),
      cap: word && first !== first.toLowerCase(),
      allCaps: letters.length >= 2 && value === value.toUpperCase() && value !== value.toLowerCase(),
      word,
      spaceBefore: previousEnd !== m.index,
    });
    previousEnd = m.index + value.length;
  }
  return tokens;
}

describe('tokenize', () => {
  it('reads words, initialisms and punctuation with their shapes', () => {
    const tokens = tokenize('The U.S. and NATO met iPhone makers (9AB), al-Qaeda’s.');
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'and', 'NATO', 'met', 'iPhone', 'makers', '(', '9AB', ')', ',', 'al', '-', 'Qaeda', '’', 's', '.']);
    const byText = new Map(tokens.map((t) => [t.text, t]));
    expect(byText.get('The')).toMatchObject({ lower: 'the', cap: true, allCaps: false, word: true, spaceBefore: true });
    expect(byText.get('U.S.')).toMatchObject({ lower: 'u.s.', cap: true, allCaps: true, word: true });
    expect(byText.get('iPhone')).toMatchObject({ lower: 'iphone', cap: false, allCaps: false });
    expect(byText.get('9AB')).toMatchObject({ cap: false, allCaps: true, word: true, spaceBefore: false });
    expect(byText.get('(')).toMatchObject({ word: false, cap: false, allCaps: false });
  });

  it('reads accented, astral and combining characters as the regular expression does', () => {
    const samples = [
      'Ünal ÉTATS Élysée École ﬀ İstanbul ǅemal',
      '𝐀𝐁 𝐀.𝐁. 😀x x😀 \ud800.a a\udc00b',
      'e\u0301tat \u0301x ٣٤ Ⅻ² x\u00a0y\u2003z\ufeffw',
      'A.B A.B. A.B.C é.É. a.b.c.d.',
      // Lower case read from the whole text, then by token where Σ or İ makes that differ.
      'ΟΔΟΣ ΟΔΟΣ\'Α ΣΑ', 'Ünal ǅemal ΣΤΑ', 'İSTANBUL Ankara',
      '',
      '   ',
    ];
    for (const text of samples) expect(tokenize(text)).toEqual(referenceTokenize(text));
  });

  it('agrees with the regular expression on random text', () => {
    const alphabet = [...'ⒶⓐΣ°€—aAzZ09.,-’\' \t\nÉéßÜüİıǅﬀ𝐀\u0301()“”٣²\ud800😀'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 500; k++) {
      let text = '';
      for (let n = Math.floor(random() * 30); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(tokenize(text)).toEqual(referenceTokenize(text));
    }
  });

  it('leaves out tokens that start at or after `to`', () => {
    expect(tokenize('one two three', 0, 5).map((t) => t.text)).toEqual(['one', 'two']);
  });

  it('finds no token in white space alone and stays linear on junk', () => {
    expect(tokenize(' \n\t\u00a0')).toEqual([]);
    expect(tokenize('.'.repeat(100_000))).toHaveLength(100_000);
    expect(tokenize('A.'.repeat(50_000))).toHaveLength(1);
  });
});
