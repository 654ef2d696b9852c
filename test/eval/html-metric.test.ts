import { describe, expect, it } from 'vitest';
import { aggregateScores, benchmarkTokens, exactMatch, pageCounts, precision, recall, shingleCounts } from '../../src/eval/html-metric.js';

describe('benchmark metric', () => {
  it('tokenizes like Python \\w+ over Unicode', () => {
    expect(benchmarkTokens("Défense: l'accord, 2025_v2 — 北京")).toEqual(['Défense', 'l', 'accord', '2025_v2', '北京']);
  });

  it('counts 4-word shingles, one short shingle for a short text', () => {
    expect([...shingleCounts(['a', 'b', 'c', 'd', 'e']).values()]).toEqual([1, 1]);
    expect(shingleCounts(['a', 'b']).size).toBe(1);
    expect(shingleCounts([]).size).toBe(0);
  });

  it('normalizes tp/fp/fn per page', () => {
    const truth = 'one two three four five six';
    expect(pageCounts(truth, truth)).toEqual({ tp: 1, fp: 0, fn: 0 });
    const half = pageCounts(truth, 'one two three four');
    expect(half.tp).toBeCloseTo(1 / 3);
    expect(half.fn).toBeCloseTo(2 / 3);
    expect(precision(half)).toBe(1);
    expect(recall(half)).toBeCloseTo(1 / 3);
    expect(pageCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('averages P over pages with a prediction, R over pages with a truth, F1 from the means', () => {
    const pages = [pageCounts('a b c d e', 'a b c d e'), pageCounts('a b c d e', ''), pageCounts('', 'x y z w')];
    const scores = aggregateScores(pages, [true, false, false]);
    expect(scores.p).toBeCloseTo(0.5);
    expect(scores.r).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo(0.5);
    expect(scores.accuracy).toBeCloseTo(1 / 3);
  });

  it('counts a page as exact when the token sequences are equal', () => {
    expect(exactMatch('Hello,  world!', 'Hello world')).toBe(true);
    expect(exactMatch('Hello world', 'world Hello')).toBe(false);
  });
});
