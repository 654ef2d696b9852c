import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMeantime, scoreMeantime } from '../../src/eval/meantime.js';

const fixture = fileURLToPath(new URL('../fixtures/entities/tiny-meantime.xml', import.meta.url));

describe('MEANTIME scorer', () => {
  it('reads named mentions with their entity types', () => {
    const doc = parseMeantime(readFileSync(fixture, 'utf8'));
    expect(doc.text).toBe('Airbus sells planes to France .');
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type])).toEqual([
      ['Airbus', 'ORG'],
      ['France', 'LOC'],
    ]);
  });

  it('scores the pipeline', async () => {
    const report = await scoreMeantime([fixture]);
    expect(report.LOC.tp).toBe(1);
  });
});
