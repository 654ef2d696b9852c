import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlReport, publicationDateCoverage, scoreHtml } from '../../src/eval/html.js';

const dir = join(import.meta.dirname, '../fixtures/pull/extraction');

describe('eval html', () => {
  it('scores the page extractor on a folder in the benchmark layout', async () => {
    const report = await scoreHtml(dir);
    expect(report.pages).toBe(2);
    expect(report.r).toBeGreaterThan(0.9);
    expect(report.p).toBeGreaterThan(0.7);
    expect(report.f1).toBeGreaterThan(0.8);
    expect(Object.keys(report).sort()).toEqual(['accuracy', 'f1', 'p', 'pages', 'r']);
    expect(formatHtmlReport(report)).toMatch(/^2 pages {2}P \d\.\d{3}/);
  });

  it('scores a perfect extractor 1 and an empty one 0', async () => {
    const perfect = await scoreHtml(dir, (html) => ({ text: html.includes('Naval') ? NAVAL : BORDER, title: null, url: null, published: null, lang: null, siteName: null }));
    expect(perfect).toMatchObject({ p: 1, r: 1, f1: 1, accuracy: 1 });
    const empty = await scoreHtml(dir, () => ({ text: '', title: null, url: null, published: null, lang: null, siteName: null }));
    expect(empty).toMatchObject({ r: 0, f1: 0, accuracy: 0 });
  });

  it('measures publication-date coverage on pages whose markup has a date', async () => {
    expect(await publicationDateCoverage(dir)).toEqual({ withDateMarkup: 2, found: 2, coverage: 1 });
  });
});

const NAVAL =
  'The defence ministers of France and Morocco signed an agreement on Tuesday to expand joint naval exercises in the Mediterranean, officials said. Under the agreement, the two countries will hold at least two exercises a year and share information on maritime traffic, according to a statement from the French ministry. The minister said the deal would strengthen cooperation against smuggling and illegal fishing, and that the first exercise would take place next spring off the coast of Tangier.';
const BORDER =
  'Kenya and Somalia agreed on Friday to set up a joint border commission to fight cross-border attacks, the two governments said in a joint statement issued in Nairobi. The commission will meet every three months and report to both presidents, and its first session is planned for January, the statement added. Officials said the deal follows months of talks brokered by the African Union and regional partners.';

describe('evaluateHtml', () => {
  it('gives scores and date coverage in one pass, and formats both', async () => {
    const { evaluateHtml } = await import('../../src/eval/html.js');
    const { report, dates } = await evaluateHtml(dir);
    expect(report.pages).toBe(2);
    expect(dates.coverage).toBe(1);
    expect(formatHtmlReport(report, dates)).toContain('publication date found on 2 of 2 pages whose markup has one (100.0%)');
  });
});
