import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences/stage.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences does not break', () => {
  it.each([
    ['after a title', 'Mr. Smith met Gen. Lee and Dr. Brown.'],
    ['after a month abbreviation', 'The deal was signed on Aug. 2 in Paris.'],
    ['after an initialism before a name', 'The U.N. Security Council met on Monday.'],
    ['after a.m./p.m. before a weekday', 'They met at 5 p.m. Friday in Rabat.'],
  ])('%s', (_label, text) => {
    expect(texts(text)).toEqual([text]);
  });

  it('but does break after an initialism that ends a sentence', () => {
    expect(texts('He lives in the U.S. The talks ended.')).toEqual(['He lives in the U.S.', 'The talks ended.']);
  });

  it('returns no sentence for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n'.repeat(10_000))).toEqual([]);
    expect(splitSentences(' \t\n ')).toEqual([]);
  });
});
