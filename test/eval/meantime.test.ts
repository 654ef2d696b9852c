import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { meantimeFiles, parseMeantime, scoreMeantime, scoreMeantimeDates } from '../../src/eval/meantime.js';

const fixture = fileURLToPath(new URL('../fixtures/entities/tiny-meantime.xml', import.meta.url));

describe('MEANTIME scorer', () => {
  it('reads named mentions with their entity types', () => {
    const doc = parseMeantime(readFileSync(fixture, 'utf8'));
    expect(doc.text).toBe('Airbus sells planes to France.');
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

describe('MEANTIME reading', () => {
  const folder = fileURLToPath(new URL('../fixtures/entities/meantime-dir', import.meta.url));
  const doc = parseMeantime(readFileSync(`${folder}/sub/scope.xml`, 'utf8'));
  const golds = () => doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type]);

  it('rebuilds the text as written', () => {
    expect(doc.text.split('\n')[0]).toBe("the United States buys “iPhone” from American firm Apple's shop.");
  });

  it('reads names, premodifying names and capitalized untyped mentions, without a leading article', () => {
    expect(golds()).toEqual([
      ['United States', 'LOC'],
      ['American', 'LOC'],
      ['Apple', 'ORG'],
    ]);
  });

  it('skips nominal mentions and keeps products aside', () => {
    expect(golds().map((g) => g[0])).not.toContain('firm');
    expect(doc.ignored.map((s) => doc.text.slice(s.start, s.end))).toEqual(['iPhone']);
  });

  it('ends the scope with the last annotated sentence', () => {
    expect(doc.text.slice(doc.scopeEnd)).toBe('\nLater France agreed.');
  });

  it('walks folders for xml files', async () => {
    expect((await meantimeFiles([folder])).map((f) => f.slice(folder.length))).toEqual(['/sub/scope.xml']);
    const report = await scoreMeantime([folder]);
    expect(report.overall.fp).toBe(0);
  });
});

describe('MEANTIME dates', () => {
  const file = fileURLToPath(new URL('../fixtures/dates/tiny-meantime-timex.xml', import.meta.url));

  it('reads the creation time as anchor and the timexes that have words, not the points without any', () => {
    const doc = parseMeantime(readFileSync(file, 'utf8'));
    expect(doc.dct).toBe('2008-03-03');
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['Monday', 'DATE', '2008-03-03'],
      ['three years', 'DURATION', 'P2Y'],
    ]);
  });

  it('without a creation time, anchors on the date line under the headline, as a run would', () => {
    const xml = readFileSync(file, 'utf8').replace(/<TIMEX3[^>]*CREATION_TIME[^>]*>\s*<\/TIMEX3>/, '');
    const doc = parseMeantime(xml);
    expect(doc.text.split('\n')[1]).toBe('March 3, 2008');
    expect(doc.dct).toBe('2008-03-03');
  });

  it('scores the dates stage on the annotated sentences, leaving out the dateline and what lies past them', async () => {
    // Sentence 3 ("next week") holds no markable, so it is outside the scored part.
    const report = await scoreMeantimeDates([file]);
    expect(report).toMatchObject({ documents: 1, gold: 2, predicted: 2 });
    expect(report.relaxed.f1).toBe(1);
    expect(report.value.p).toBe(0.5);
  });
});
