import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConll, scoreConll } from '../../src/eval/conll.js';
import { scoreSpans } from '../../src/eval/ner-score.js';

const fixture = fileURLToPath(new URL('../fixtures/entities/tiny.conll', import.meta.url));

describe('CoNLL scorer', () => {
  it('rebuilds text and gold spans', () => {
    const [doc] = parseConll('-DOCSTART- -X- O O\n\nBruno NNP B-NP I-PER\nRetailleau NNP I-NP I-PER\nspoke VBD B-VP O\n');
    expect(doc!.text).toBe('Bruno Retailleau spoke');
    expect(doc!.gold).toEqual([{ doc: 0, start: 0, end: 16, type: 'PER' }]);
  });

  it('scores exact spans only', () => {
    const gold = [{ doc: 0, start: 0, end: 5, type: 'PER' as const }];
    expect(scoreSpans(gold, [{ doc: 0, start: 0, end: 5, type: 'PER' }]).overall.f1).toBe(1);
    expect(scoreSpans(gold, [{ doc: 0, start: 0, end: 4, type: 'PER' }]).overall.f1).toBe(0);
  });

  it('scores the pipeline on a small file', async () => {
    const report = await scoreConll(fixture);
    expect(report.PER.tp).toBe(1);
    expect(report.LOC.tp).toBe(1);
    expect(report.ORG.tp).toBe(1);
    expect(report.MISC.tp).toBe(1);
  });
});
