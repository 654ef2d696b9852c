import { describe, expect, it } from 'vitest';
import type { GoldEntity } from '../../src/eval/gold-schema.js';
import { scoreGold } from '../../src/eval/score.js';
import { article } from '../fixtures/eval/gold-article.js';

function scoreEntities(gold: GoldEntity[], predicted: GoldEntity[]) {
  const report = scoreGold([{ gold: article({ entities: gold }), predicted: article({ entities: predicted }) }]);
  return { ...report.entities, counts: report.counts.entities };
}

const retailleau: GoldEntity = { name: 'Bruno Retailleau', type: 'PERSON', country: 'FRA', role: 'interior minister' };
const morocco: GoldEntity = { name: 'Morocco', type: 'COUNTRY', country: 'MAR' };

describe('entity scoring', () => {
  it('gives 1.0 everywhere for a perfect prediction', () => {
    const gold = [retailleau, morocco, { name: 'Rabat', type: 'PLACE', country: 'MAR' } as GoldEntity];
    expect(scoreEntities(gold, gold)).toMatchObject({ p: 1, r: 1, f1: 1, role_acc: 1, country_acc: 1 });
  });

  it('gives the exact P/R/F1 of a partial prediction', () => {
    const gold: GoldEntity[] = [
      retailleau,
      morocco,
      { name: 'Rabat', type: 'PLACE', country: 'MAR' },
      { name: 'Interpol', type: 'ORG', country: null },
    ];
    const predicted: GoldEntity[] = [
      retailleau,
      morocco,
      { name: 'Paris', type: 'PLACE', country: 'FRA' },
    ];
    const score = scoreEntities(gold, predicted);
    expect(score.counts).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(score.p).toBeCloseTo(2 / 3, 12);
    expect(score.r).toBeCloseTo(2 / 4, 12);
    expect(score.f1).toBeCloseTo(4 / 7, 12);
  });

  it('compares names after normalization of case, accents and punctuation', () => {
    const gold: GoldEntity[] = [{ name: 'Gérald Darmanin', type: 'PERSON', country: 'FRA' }];
    const predicted: GoldEntity[] = [{ name: 'GERALD  DARMANIN', type: 'PERSON', country: 'FRA' }];
    expect(scoreEntities(gold, predicted).f1).toBe(1);
    const hyphen = scoreEntities(
      [{ name: 'Abdel Fattah el-Sisi', type: 'PERSON' }],
      [{ name: 'Abdel Fattah el Sisi', type: 'PERSON' }],
    );
    expect(hyphen.f1).toBe(1);
  });

  it('does not match a shorter name with the full one', () => {
    const score = scoreEntities([retailleau], [{ ...retailleau, name: 'Retailleau' }]);
    expect(score.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('requires the same type', () => {
    const score = scoreEntities([{ name: 'Rabat', type: 'PLACE', country: 'MAR' }], [{ name: 'Rabat', type: 'ORG' }]);
    expect(score.counts.tp).toBe(0);
  });

  it('identifies a country by its code, whatever the name', () => {
    const gold: GoldEntity[] = [{ name: 'United States', type: 'COUNTRY', country: 'USA' }];
    expect(scoreEntities(gold, [{ name: 'America', type: 'COUNTRY', country: 'USA' }]).f1).toBe(1);
    expect(scoreEntities(gold, [{ name: 'United States', type: 'COUNTRY', country: 'GBR' }]).f1).toBe(0);
  });

  it('matches through an alias of either side', () => {
    const gold: GoldEntity[] = [{ name: 'National Crime Agency', type: 'ORG', country: 'GBR', aliases: ['NCA'] }];
    expect(scoreEntities(gold, [{ name: 'NCA', type: 'ORG' }]).f1).toBe(1);
    const goldShort: GoldEntity[] = [{ name: 'NCA', type: 'ORG' }];
    expect(scoreEntities(goldShort, [{ name: 'National Crime Agency', type: 'ORG', aliases: ['N.C.A.'] }]).f1).toBe(0);
    expect(scoreEntities(goldShort, [{ name: 'National Crime Agency', type: 'ORG', aliases: ['NCA'] }]).f1).toBe(1);
  });

  it('prefers the main name over an alias when both could match', () => {
    // Gold "Islamic State" (alias ISIS) and gold "ISIS" as a separate entry: each prediction
    // goes to the entry with its main name, so both match.
    const gold: GoldEntity[] = [
      { name: 'Islamic State', type: 'ORG', aliases: ['ISIS'] },
      { name: 'ISIS', type: 'ORG' },
    ];
    const predicted: GoldEntity[] = [
      { name: 'ISIS', type: 'ORG' },
      { name: 'Islamic State', type: 'ORG' },
    ];
    expect(scoreEntities(gold, predicted).counts).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts a predicted entity listed twice once, as gold lists are sets', () => {
    const score = scoreEntities([morocco], [morocco, { name: 'Maroc', type: 'COUNTRY', country: 'MAR' }]);
    expect(score.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('judges role and country only on matched persons whose gold has a value', () => {
    const gold: GoldEntity[] = [
      retailleau,
      { name: 'Abdelouafi Laftit', type: 'PERSON', country: 'MAR', role: 'interior minister' },
      { name: 'Jane Doe', type: 'PERSON', country: null, role: null },
      { name: 'Rabat', type: 'PLACE', country: 'MAR' },
      { name: 'Emmanuel Macron', type: 'PERSON', country: 'FRA', role: 'president' },
    ];
    const predicted: GoldEntity[] = [
      { ...retailleau, role: 'Interior  Minister' },
      { name: 'Abdelouafi Laftit', type: 'PERSON', country: 'FRA', role: 'minister' },
      { name: 'Jane Doe', type: 'PERSON', country: 'USA', role: 'spokesperson' },
      { name: 'Rabat', type: 'PLACE', country: 'FRA' },
    ];
    const score = scoreEntities(gold, predicted);
    // Judged: Retailleau and Laftit (Jane Doe has no gold values, Macron is unmatched,
    // Rabat is not a person).
    expect(score.role_acc).toBe(1 / 2);
    expect(score.country_acc).toBe(1 / 2);
  });

  it('reports null, not 0 or NaN, for accuracies with nothing to judge', () => {
    const score = scoreEntities([morocco], [morocco]);
    expect(score.role_acc).toBeNull();
    expect(score.country_acc).toBeNull();
  });
});
