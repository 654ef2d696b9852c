import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countTimexes, matchSpans, parseTimeml, prf, scoreTimeml } from '../../src/eval/timeml.js';
import { readFileSync } from 'node:fs';

const fixture = fileURLToPath(new URL('../fixtures/dates/sample.tml', import.meta.url));

describe('parseTimeml', () => {
  const doc = parseTimeml(readFileSync(fixture, 'utf8'));

  it('takes the creation time as anchor and strips the tags', () => {
    expect(doc.dct).toBe('2025-04-16');
    expect(doc.text).not.toContain('<');
    expect(doc.text).toContain('Rabat & Paris');
  });

  it('keeps gold offsets exact in the stripped text', () => {
    expect(doc.timexes.map((t) => t.text)).toEqual(['Monday', 'three years', 'October 2024', 'annually', 'the summer']);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.timexes[1]).toMatchObject({ type: 'DURATION', value: 'P3Y' });
  });
});

describe('timex scoring', () => {
  const gold = [
    { start: 0, end: 6, type: 'DATE', value: '2025-04-14' },
    { start: 20, end: 31, type: 'DURATION', value: 'P3Y' },
    { start: 50, end: 60, type: 'DATE', value: '2025-SU' },
  ];
  const predicted = [
    { start: 0, end: 6, type: 'DATE', value: '2025-04-14' }, // strict, right value
    { start: 24, end: 31, type: 'DURATION', value: 'P2Y' }, // relaxed only, wrong value
    { start: 70, end: 75, type: 'DATE', value: '2025' }, // spurious
  ];

  it('counts relaxed, strict, value and type matches one to one', () => {
    expect(countTimexes(gold, predicted)).toEqual({ gold: 3, predicted: 3, relaxed: 2, strict: 1, value: 1, type: 2 });
  });

  it('does not match one prediction to two gold spans', () => {
    const wide = [{ start: 0, end: 40, type: 'DATE', value: 'X' }];
    expect(matchSpans(gold, wide)).toHaveLength(1);
  });

  it('computes precision, recall and F1', () => {
    expect(prf(1, 2, 4)).toEqual({ p: 0.5, r: 0.25, f1: 1 / 3 });
    expect(prf(0, 0, 3)).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('scoreTimeml', () => {
  it('runs the dates stage over a folder of TimeML files', async () => {
    const report = await scoreTimeml([fileURLToPath(new URL('../fixtures/dates/', import.meta.url))]);
    expect(report.documents).toBe(1);
    expect(report.gold).toBe(5);
    expect(report.relaxed.r).toBe(1);
    expect(report.value.f1).toBeGreaterThanOrEqual(0.8);
    expect(report.type_acc).toBe(1);
  });
});
