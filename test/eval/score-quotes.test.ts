import { describe, expect, it } from 'vitest';
import type { GoldQuote } from '../../src/eval/gold-schema.js';
import { scoreGold } from '../../src/eval/score.js';
import { article } from '../fixtures/eval/gold-article.js';

function scoreQuotes(gold: GoldQuote[], predicted: GoldQuote[]) {
  const report = scoreGold([{ gold: article({ quotes: gold }), predicted: article({ quotes: predicted }) }]);
  return { ...report.quotes, counts: report.counts.quotes };
}

const retailleau: GoldQuote = {
  speaker: 'Bruno Retailleau',
  text: 'I believe that having French and Moroccan joint teams to carry out this verification will make a significant difference',
};

describe('quote scoring', () => {
  it('gives 1.0 for a perfect prediction', () => {
    expect(scoreQuotes([retailleau], [retailleau])).toMatchObject({ p: 1, r: 1, f1: 1 });
  });

  it('matches a gold opening inside the full predicted quote', () => {
    const gold: GoldQuote = { speaker: 'Bruno Retailleau', text: 'I believe that having French and Moroccan joint teams …' };
    expect(scoreQuotes([gold], [retailleau]).f1).toBe(1);
  });

  it('matches texts whose word sets have a Jaccard similarity of at least 0.5', () => {
    const gold: GoldQuote = { speaker: 'X', text: 'a b c d e f' };
    // 4 shared of 8 words: 0.5.
    expect(scoreQuotes([gold], [{ speaker: 'X', text: 'a b c d g h' }]).f1).toBe(1);
    // 3 shared of 9 words: 0.33.
    expect(scoreQuotes([gold], [{ speaker: 'X', text: 'a b c g h i' }]).f1).toBe(0);
  });

  it('compares speakers after normalization and needs the same one', () => {
    expect(scoreQuotes([retailleau], [{ ...retailleau, speaker: 'BRUNO  RETAILLEAU' }]).f1).toBe(1);
    expect(scoreQuotes([retailleau], [{ ...retailleau, speaker: 'Retailleau' }]).f1).toBe(0);
    expect(scoreQuotes([retailleau], [{ ...retailleau, speaker: null }]).f1).toBe(0);
  });

  it('matches an unattributed quote with an unattributed prediction', () => {
    const gold: GoldQuote = { speaker: null, text: 'infringes upon the sovereign rights of Libya' };
    expect(scoreQuotes([gold], [{ ...gold }]).f1).toBe(1);
  });

  it('compares texts after normalization of quotes marks, accents and case', () => {
    const gold: GoldQuote = { speaker: 'Abdelouafi Laftit', text: 'Morocco’s full commitment to establishing a common référence' };
    const predicted: GoldQuote = { speaker: 'Abdelouafi Laftit', text: "morocco's FULL commitment to establishing a common reference" };
    expect(scoreQuotes([gold], [predicted]).f1).toBe(1);
  });

  it('matches one to one and gives the exact P/R/F1 of a partial prediction', () => {
    const other: GoldQuote = { speaker: 'Bruno Retailleau', text: 'reinforcing the progress made with this country' };
    const score = scoreQuotes([retailleau, other], [retailleau, { ...retailleau, text: retailleau.text + ' today' }, { speaker: 'Y', text: 'z' }]);
    // The near-copy of the first quote cannot take it a second time, and does not overlap the other.
    expect(score.counts).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(score.p).toBeCloseTo(1 / 3, 12);
    expect(score.r).toBe(1 / 2);
    expect(score.f1).toBe(2 / 5);
  });
});
