import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/stage.js';
import { makeDoc, type EntitySpec } from '../commitments/helpers.js';

const MACRON: EntitySpec = { name: 'Emmanuel Macron', type: 'PERSON', country: 'FRA', forms: ['Emmanuel Macron', 'Macron'] };

function quotesOf(text: string) {
  return extractQuotes(makeDoc(text, '2024-10-30', [MACRON]));
}

describe('quotes: text that must not produce a quote', () => {
  it('scare quotes around a term or a short phrase', () => {
    expect(quotesOf('Macron announced a “strengthened partnership” between the two countries.')).toEqual([]);
    expect(quotesOf('He called the border agreement "null and void" and "geographically ridiculous".')).toEqual([]);
    expect(quotesOf('Interpol said it "would not consider requests of this nature" at all.')).toEqual([]);
  });

  it('names and titles in quotes', () => {
    expect(quotesOf('The site was known as "Welcome To Video" and its operator as "Mr. A".')).toEqual([]);
  });

  it('a stray mark does not open a quote across paragraphs', () => {
    expect(quotesOf('Macron said the "reform is urgent\nand a new paragraph follows here with many words in it, and then " a mark.')).toEqual([]);
  });

  it('a quote without any attribution gets no invented speaker', () => {
    const [q] = quotesOf('They concluded that the deal "infringes upon the sovereign rights of third states and cannot produce any legal consequences".');
    expect(q?.speaker).toBeNull();
  });

  it('junk input yields nothing', () => {
    expect(quotesOf('"'.repeat(10_000))).toEqual([]);
    expect(quotesOf('“'.repeat(10_000) + '”'.repeat(10_000))).toEqual([]);
    expect(quotesOf('.,;:!?'.repeat(10_000))).toEqual([]);
  });
});
