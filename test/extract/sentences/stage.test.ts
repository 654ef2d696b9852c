import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences/stage.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends and on newlines, trimming white space', () => {
    expect(texts('  France signed. Morocco agreed!\nA new paragraph without a stop\n\nLast one?  ')).toEqual([
      'France signed.',
      'Morocco agreed!',
      'A new paragraph without a stop',
      'Last one?',
    ]);
  });

  it('keeps quotations whole', () => {
    expect(texts('He said “We will sign the accord.” Then he left.')).toEqual([
      'He said “We will sign the accord.”',
      'Then he left.',
    ]);
  });

  it('numbers sentences in order with offsets into the text', () => {
    const text = 'One. Two.\nThree.';
    expect(splitSentences(text)).toEqual([
      { index: 0, start: 0, end: 4 },
      { index: 1, start: 5, end: 9 },
      { index: 2, start: 10, end: 16 },
    ]);
  });

  it('splits a long paragraph in windows without losing or duplicating text', () => {
    const sentence = 'The minister said the agreement was signed on Monday in Rabat. ';
    const text = sentence.repeat(2_000);
    const sentences = texts(text);
    expect(sentences).toHaveLength(2_000);
    expect(new Set(sentences)).toEqual(new Set([sentence.trim()]));
  });

  it('cuts a long paragraph with no sentence end at spaces, covering every word', () => {
    const text = 'word '.repeat(5_000);
    const words = texts(text).join(' ').split(' ');
    expect(words).toHaveLength(5_000);
  });
});
