import { describe, expect, it } from 'vitest';
import { diffGold, formatGoldDiff } from '../../src/eval/gold-diff.js';
import type { GoldCommitment } from '../../src/eval/gold-schema.js';
import { article } from '../fixtures/eval/gold-article.js';

const pledge: GoldCommitment = {
  type: 'PLEDGE',
  parties: ['FRA', 'MAR'],
  status: 'PLEDGED',
  date: '2025-03',
  topics: [],
  trigger: 'pledged to intensify efforts',
};

describe('diffGold', () => {
  it('lists misses, spurious predictions and wrong attributes of one article', () => {
    const gold = article({
      entities: [
        { name: 'Bruno Retailleau', type: 'PERSON', country: 'FRA', role: 'interior minister' },
        { name: 'Rabat', type: 'PLACE', country: 'MAR' },
      ],
      dates: [
        { text: 'the past year', type: 'DURATION', value: 'P1Y' },
        { text: 'Monday', type: 'DATE', value: '2025-04-14' },
      ],
      commitments: [pledge],
      quotes: [{ speaker: null, text: 'a quote nobody found' }],
    });
    const predicted = article({
      entities: [
        { name: 'Bruno Retailleau', type: 'PERSON', country: 'FRA', role: 'minister' },
        { name: 'Interior Minister', type: 'PERSON' },
      ],
      dates: [
        { text: 'over the past year', type: 'DURATION', value: 'P1Y' },
        { text: 'Monday', type: 'DATE', value: '2025-04-07' },
      ],
      commitments: [{ ...pledge, status: 'AGREED' }],
    });
    const diff = diffGold({ gold, predicted });
    expect(diff.entities.missed.map((e) => e.name)).toEqual(['Rabat']);
    expect(diff.entities.spurious.map((e) => e.name)).toEqual(['Interior Minister']);
    expect(diff.entities.wrong.map((w) => w.predicted.role)).toEqual(['minister']);
    expect(diff.dates.missed.map((d) => d.value)).toEqual(['2025-04-14']);
    expect(diff.dates.spurious.map((d) => d.value)).toEqual(['2025-04-07']);
    expect(diff.dates.wrong.map((w) => w.predicted.text)).toEqual(['over the past year']);
    expect(diff.commitments.wrong.map((w) => w.predicted.status)).toEqual(['AGREED']);
    expect(diff.quotes.missed).toHaveLength(1);

    const text = formatGoldDiff(diff);
    expect(text).toContain('- PLACE Rabat [MAR]');
    expect(text).toContain('+ PERSON Interior Minister');
    expect(text).toContain('~ "the past year" DURATION P1Y  =>  "over the past year" DURATION P1Y');
    expect(text).toContain('(unattributed): "a quote nobody found"');
  });

  it('has nothing to say about a perfect prediction', () => {
    const gold = article({ commitments: [pledge] });
    expect(formatGoldDiff(diffGold({ gold, predicted: gold }))).toBe('== test-article');
  });
});
