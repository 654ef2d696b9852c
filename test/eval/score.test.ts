import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/gold-read.js';
import { scoreGold } from '../../src/eval/score.js';
import { article } from '../fixtures/eval/gold-article.js';

const DEV_FIXTURE = join(import.meta.dirname, '../fixtures/eval/dev-seed-france-morocco.json');

describe('scoreGold', () => {
  it('gives 1.0 on every score when a real gold article is predicted exactly', async () => {
    const [gold] = await readGold([DEV_FIXTURE]);
    const report = scoreGold([{ gold: gold!, predicted: structuredClone(gold!) }]);
    expect(report.articles).toBe(1);
    expect(report.entities).toEqual({ p: 1, r: 1, f1: 1, role_acc: 1, country_acc: 1 });
    expect(report.dates).toEqual({
      relaxed: { p: 1, r: 1, f1: 1 },
      strict: { p: 1, r: 1, f1: 1 },
      value: { p: 1, r: 1, f1: 1 },
    });
    expect(report.commitments).toEqual({
      p: 1,
      r: 1,
      f1: 1,
      parties_f1: 1,
      status_acc: 1,
      date_acc: 1,
      topics_f1: 1,
    });
    expect(report.quotes).toEqual({ p: 1, r: 1, f1: 1 });
    expect(report.counts.entities).toEqual({ tp: 16, fp: 0, fn: 0 });
    expect(report.counts.commitments).toEqual({ tp: 8, fp: 0, fn: 0 });
  });

  it('micro-averages over articles: counts are summed before dividing', () => {
    const morocco = { name: 'Morocco', type: 'COUNTRY' as const, country: 'MAR' };
    const france = { name: 'France', type: 'COUNTRY' as const, country: 'FRA' };
    const spain = { name: 'Spain', type: 'COUNTRY' as const, country: 'ESP' };
    const report = scoreGold([
      // 1 of 1 right.
      { gold: article({ entities: [morocco] }), predicted: article({ entities: [morocco] }) },
      // 0 of 3 gold found, 1 wrong prediction.
      { gold: article({ entities: [france, spain, morocco] }), predicted: article({ entities: [{ ...france, country: 'BEL' }] }) },
    ]);
    expect(report.counts.entities).toEqual({ tp: 1, fp: 1, fn: 3 });
    expect(report.entities.p).toBe(1 / 2);
    expect(report.entities.r).toBe(1 / 4); // a macro average would give (1 + 0) / 2
    expect(report.entities.f1).toBe(1 / 3);
  });

  it('never lets an article match facts of another article', () => {
    const morocco = { name: 'Morocco', type: 'COUNTRY' as const, country: 'MAR' };
    const report = scoreGold([
      { gold: article({ entities: [morocco] }), predicted: article() },
      { gold: article(), predicted: article({ entities: [morocco] }) },
    ]);
    expect(report.counts.entities).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('reports null rather than NaN when there is nothing at all', () => {
    const report = scoreGold([{ gold: article(), predicted: article() }]);
    const json = JSON.stringify(report);
    expect(json).not.toContain('NaN');
    expect(report.entities).toEqual({ p: null, r: null, f1: null, role_acc: null, country_acc: null });
    expect(report.commitments.parties_f1).toBeNull();
    expect(scoreGold([]).articles).toBe(0);
  });
});
