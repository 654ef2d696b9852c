import { describe, expect, it } from 'vitest';
import type { GoldDate } from '../../src/eval/gold-schema.js';
import { scoreGold } from '../../src/eval/score.js';
import { article } from '../fixtures/eval/gold-article.js';

function scoreDates(gold: GoldDate[], predicted: GoldDate[]) {
  const report = scoreGold([{ gold: article({ dates: gold }), predicted: article({ dates: predicted }) }]);
  return { ...report.dates, counts: report.counts.dates };
}

const date = (text: string, value: string, span?: [number, number]): GoldDate => ({
  text,
  type: 'DATE',
  value,
  ...(span ? { start: span[0], end: span[1] } : {}),
});

describe('date scoring', () => {
  it('gives 1.0 on all three scores for a perfect prediction', () => {
    const gold = [date('Monday', '2025-04-14'), date('the summer of 2024', '2024-SU'), date('2021', '2021')];
    const score = scoreDates(gold, gold);
    for (const s of [score.relaxed, score.strict, score.value]) expect(s).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('separates relaxed extent, strict extent and value', () => {
    const gold = [date('the summer of 2024', '2024-SU'), date('Monday', '2025-04-14'), date('October 2024', '2024-10')];
    const predicted = [
      date('summer of 2024', '2024-SU'), // relaxed + value, not strict
      date('Monday', '2025-04-07'), // relaxed + strict, wrong value
      date('2023', '2023'), // nothing
    ];
    const score = scoreDates(gold, predicted);
    expect(score.counts.relaxed).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.counts.strict).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.counts.value).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.relaxed.f1).toBeCloseTo(2 / 3, 12);
    expect(score.strict.p).toBeCloseTo(1 / 3, 12);
    expect(score.value.r).toBeCloseTo(1 / 3, 12);
  });

  it('needs whole words for a relaxed match without offsets', () => {
    const score = scoreDates([date('May', '2025-05')], [date('Mayday', '2025-05')]);
    expect(score.counts.relaxed.tp).toBe(0);
  });

  it('compares texts after normalization for the strict extent', () => {
    const score = scoreDates([date('April 14, 2025', '2025-04-14')], [date('april 14 2025', '2025-04-14')]);
    expect(score.strict.f1).toBe(1);
  });

  it('matches gold dates as a multiset, one to one', () => {
    // The same text twice in the gold with two values needs two predictions.
    const gold = [date('Monday', '2025-04-14'), date('Monday', '2025-04-07')];
    const one = scoreDates(gold, [date('Monday', '2025-04-07')]);
    expect(one.counts.strict).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(one.counts.value).toEqual({ tp: 1, fp: 0, fn: 1 });
    const both = scoreDates(gold, [date('Monday', '2025-04-07'), date('Monday', '2025-04-14')]);
    expect(both.counts.value).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts a prediction repeated in the text once against gold without offsets', () => {
    const gold = [date('2024', '2024')];
    const predicted = [date('2024', '2024', [10, 14]), date('2024', '2024', [80, 84])];
    expect(scoreDates(gold, predicted).counts.relaxed).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('keeps predictions apart when their texts differ as written', () => {
    const gold = [date('March 2018', '2018-03'), date('March, 2018', '2018-03')];
    expect(scoreDates(gold, gold).counts.strict).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts no false alarm for a variant of a matched prediction that the guidelines compare as the same text', () => {
    // Gold lists "tonight" once; "Tonight" at the start of another sentence is the same fact.
    const gold = [date('tonight', '2019-02-05')];
    const predicted = [date('Tonight', '2019-02-05'), date('tonight', '2019-02-05')];
    const scores = scoreDates(gold, predicted);
    expect(scores.counts.value).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.counts.strict).toEqual({ tp: 1, fp: 0, fn: 0 });
    // With another value it is another fact, and a false alarm.
    expect(scoreDates(gold, [...predicted, date('Tonight', '2019-02-04')]).counts.value).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches by character spans when both sides have offsets', () => {
    const gold = [date('2024', '2024', [10, 14]), date('2024', '2024', [80, 84])];
    const predicted = [date('2024', '2024', [80, 84]), date('in 2024', '2024', [7, 14]), date('2024', '2024', [200, 204])];
    const score = scoreDates(gold, predicted);
    expect(score.counts.relaxed).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(score.counts.strict).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it('takes the best overlap first', () => {
    // "last Monday" overlaps gold "Monday" less than the prediction "Monday" does.
    const gold = [date('Monday', '2025-04-14'), date('last Monday', '2025-04-07')];
    const predicted = [date('Monday', '2025-04-14'), date('last Monday', '2025-04-07')];
    const score = scoreDates(gold, [...predicted].reverse());
    expect(score.counts.strict.tp).toBe(2);
    expect(score.counts.value.tp).toBe(2);
  });

  it('has no precision without predictions and no score at all without either side', () => {
    expect(scoreDates([date('2021', '2021')], []).relaxed).toEqual({ p: null, r: 0, f1: 0 });
    expect(scoreDates([], [date('2021', '2021')]).relaxed).toEqual({ p: 0, r: null, f1: 0 });
    expect(scoreDates([], []).relaxed).toEqual({ p: null, r: null, f1: null });
  });
});
