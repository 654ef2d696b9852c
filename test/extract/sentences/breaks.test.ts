import { describe, expect, it } from 'vitest';
import { plainSentenceBreaks } from '../../../src/extract/sentences/breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icu = (text: string) => [...segmenter.segment(text)].map((s) => s.index + s.segment.length);

/** Characters of every class the fast path knows, weighted towards the ones around sentence ends. */
const ALPHABET = ['a', 'e', 'x', 'A', 'T', 'Z', '0', '7', '.', '.', '.', '!', '?', ' ', ' ', ' ', '\t', '\u00a0', '"', "'", '(', ')', ']', '’', '“', '”', '»', ',', '-', ':', ';', '–', '—', '#', '%', '/', '…', 'é', 'É', 'ß', 'ÿ', '€', '°', '×', '¿'];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

describe('plainSentenceBreaks', () => {
  it('ends segments where ICU does, on random text of the characters it knows', () => {
    const next = random(7);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      if (next() < 0.2) text += '\n';
      const breaks = plainSentenceBreaks(text, 0, text.length);
      if (JSON.stringify(breaks) !== JSON.stringify(icu(text))) expect({ text, breaks }).toEqual({ text, breaks: icu(text) });
    }
  });

  it('reads offsets inside a longer text', () => {
    const text = 'Skip this. He left at 5 p.m. on Monday. "Why?" she asked. It was 3.5 km.\n';
    expect(plainSentenceBreaks(text, 11, text.length)).toEqual(icu(text.slice(11)).map((end) => end + 11));
  });

  it('leaves text with other characters to ICU', () => {
    for (const text of ['उन्होंने कहा। ठीक है।', 'Cafe\u0301 open. Yes.', 'Zoom\u200bed in. Yes.']) expect(plainSentenceBreaks(text, 0, text.length)).toBeNull();
  });
});
