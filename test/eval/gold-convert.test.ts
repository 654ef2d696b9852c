import { describe, expect, it } from 'vitest';
import { docToGold } from '../../src/eval/gold-convert.js';
import { GoldArticleSchema } from '../../src/eval/gold-schema.js';
import { extractedDoc } from '../fixtures/eval/extracted-doc.js';

describe('docToGold', () => {
  it('turns every extracted fact into its gold-format item', () => {
    const doc = extractedDoc();
    const gold = docToGold(doc);
    expect(gold.id).toBe(doc.article.id);
    expect(gold.published).toBe('2025-04-14');
    expect(gold.text).toBe(doc.text);
    expect(gold.entities).toEqual([
      { name: 'Bruno Retailleau', type: 'PERSON', country: 'FRA', role: 'interior minister', aliases: [] },
      { name: 'Morocco', type: 'COUNTRY', country: 'MAR', role: null, aliases: ['Maroc'] },
      { name: 'France', type: 'COUNTRY', country: 'FRA', role: null, aliases: [] },
    ]);
    expect(gold.commitments).toEqual([
      {
        type: 'TASK_FORCE',
        parties: ['FRA', 'MAR'],
        status: 'ANNOUNCED',
        date: '2025-04-14',
        topics: ['migration'],
        trigger: 'joint task force',
      },
    ]);
    expect(gold.quotes).toEqual([{ speaker: 'Bruno Retailleau', text: 'We will act together,' }]);
  });

  it('keeps every date with its offsets, repeated expressions included', () => {
    const doc = extractedDoc();
    const dates = docToGold(doc).dates;
    expect(dates).toHaveLength(2);
    for (const date of dates) {
      expect(date).toMatchObject({ text: 'Monday', type: 'DATE', value: '2025-04-14' });
      expect(doc.text.slice(date.start, date.end)).toBe('Monday');
    }
  });

  it('produces a valid gold article, so predictions files can be read back', () => {
    const result = GoldArticleSchema.safeParse(JSON.parse(JSON.stringify(docToGold(extractedDoc()))));
    expect(result.success).toBe(true);
  });
});
