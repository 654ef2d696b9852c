import { describe, expect, it } from 'vitest';
import { twoThreadsVersusOne } from '../../src/bench/parallel.js';
import type { Article } from '../../src/model/article.js';

const ARTICLE: Article = {
  id: 'a'.repeat(32),
  url: null,
  title: 'Pact signed',
  published: '2025-04-14',
  source: null,
  lang: 'en',
  text: 'France and Germany signed a joint declaration on border security in Paris on Monday, the ministers said. '.repeat(40),
};

describe('twoThreadsVersusOne', () => {
  it('runs the stages on one thread, then on two, and gives how much more two did (between 0 and 2, with timing slack)', async () => {
    const ratio = await twoThreadsVersusOne([ARTICLE, { ...ARTICLE, id: 'b'.repeat(32) }]);
    expect(Number.isFinite(ratio)).toBe(true);
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(3);
  }, 60_000);
});
