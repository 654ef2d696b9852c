import { describe, expect, it } from 'vitest';
import { matchGreedy } from '../../src/eval/score-match.js';

describe('matchGreedy', () => {
  it('takes the best-overlapping pair first and matches each item once', () => {
    // Gold 0 overlaps both predictions; the better pair (0, 1) is taken first, so gold 1
    // only gets prediction 0 if it can match it.
    const scores: Record<string, number> = { '0-0': 0.5, '0-1': 0.9, '1-1': 0.8 };
    const pairs = matchGreedy([0, 1], [0, 1], (g, p) => scores[`${g}-${p}`] ?? null);
    expect(pairs).toEqual([{ gold: 0, predicted: 1 }]);
  });

  it('matches duplicates one to one', () => {
    const pairs = matchGreedy(['x', 'x'], ['x', 'x', 'x'], (g, p) => (g === p ? 1 : null));
    expect(pairs).toEqual([
      { gold: 0, predicted: 0 },
      { gold: 1, predicted: 1 },
    ]);
  });

  it('breaks ties by gold order, then predicted order', () => {
    const pairs = matchGreedy(['a', 'b'], ['p', 'q'], () => 1);
    expect(pairs).toEqual([
      { gold: 0, predicted: 0 },
      { gold: 1, predicted: 1 },
    ]);
  });

  it('accepts a zero overlap as a match but not null', () => {
    expect(matchGreedy([1], [1], () => 0)).toHaveLength(1);
    expect(matchGreedy([1], [1], () => null)).toHaveLength(0);
  });

  it('matches nothing when either side is empty', () => {
    expect(matchGreedy([], [1], () => 1)).toEqual([]);
    expect(matchGreedy([1], [], () => 1)).toEqual([]);
  });
});
