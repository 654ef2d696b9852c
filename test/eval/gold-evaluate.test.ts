import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFromGold, evaluateGold } from '../../src/eval/gold-evaluate.js';
import { formatGoldReport } from '../../src/eval/gold-format.js';
import { GoldArticleSchema } from '../../src/eval/gold-schema.js';
import { articleId, ArticleSchema, type Article } from '../../src/model/article.js';
import { createDoc, type Doc } from '../../src/model/doc.js';
import { extractedDoc, seedArticle } from '../fixtures/eval/extracted-doc.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/eval');

/** An extractor that finds the one entity of fixture-one ("Morocco") and nothing else. */
function findsMorocco(article: Article): Doc {
  const doc = createDoc(article);
  if (doc.text.includes('Morocco')) {
    doc.entities.push({ name: 'Morocco', type: 'COUNTRY', country: 'MAR', role: null, aliases: [], party: 'MAR' });
  }
  return doc;
}

describe('evaluateGold', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'secfacts-eval-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('runs the extractor on each gold article and scores it', async () => {
    const seen: Article[] = [];
    const report = await evaluateGold([join(FIXTURES, 'one.json'), join(FIXTURES, 'two.jsonl')], (article) => {
      seen.push(article);
      return findsMorocco(article);
    });
    expect(seen).toHaveLength(3);
    for (const article of seen) expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(report.articles).toBe(3);
    // Gold entities: 3 + 1 + 2; the extractor finds Morocco only.
    expect(report.counts.entities).toEqual({ tp: 1, fp: 0, fn: 5 });
    expect(report.entities.p).toBe(1);
    expect(report.dates.relaxed).toEqual({ p: null, r: 0, f1: 0 });
  });

  it('writes one prediction per line in the gold format, under the gold id', async () => {
    const predictionsFile = join(folder, 'sub', 'predictions.jsonl');
    const seenIds: string[] = [];
    await evaluateGold([join(FIXTURES, 'two.jsonl')], async (article) => extractedDoc(seedArticle(article.text)), {
      predictionsFile,
      onPair: (pair) => seenIds.push(pair.predicted.id),
    });
    expect(seenIds).toEqual(['fixture-two', 'fixture-three']);
    const lines = (await readFile(predictionsFile, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const predictions = lines.map((line) => GoldArticleSchema.parse(JSON.parse(line)));
    expect(predictions.map((p) => p.id)).toEqual(['fixture-two', 'fixture-three']);
    expect(predictions[0]!.entities.map((e) => e.name)).toContain('Bruno Retailleau');
  });

  it('names the gold article when the extractor throws', async () => {
    const failing = (): Doc => {
      throw new Error('boom');
    };
    await expect(evaluateGold([join(FIXTURES, 'one.json')], failing)).rejects.toThrow(/fixture-one.*boom/);
  });
});

describe('articleFromGold', () => {
  it('builds the Article the pipeline sees: cleaned text, id from the text', () => {
    const article = articleFromGold({
      id: 'x',
      url: 'not a url',
      published: '2020-01-11',
      text: 'Line one\r\nLine two\u0000',
      entities: [],
      dates: [],
      commitments: [],
      quotes: [],
    });
    expect(article.text).toBe('Line one\nLine two');
    expect(article.id).toBe(articleId('Line one\nLine two'));
    expect(article.url).toBeNull();
    expect(article.published).toBe('2020-01-11');
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });
});

describe('formatGoldReport', () => {
  it('shows percentages with one decimal, counts, and a dash where nothing was measured', async () => {
    const report = await evaluateGold([join(FIXTURES, 'one.json')], findsMorocco);
    const table = formatGoldReport(report);
    expect(table).toContain('gold articles: 1');
    expect(table).toMatch(/entities\s+100\.0\s+33\.3\s+50\.0\s+1\/1\/3/);
    expect(table).toMatch(/dates relaxed\s+—\s+0\.0\s+0\.0/);
    expect(table).toContain('role — (n=0)');
    expect(table).not.toContain('NaN');
  });
});
