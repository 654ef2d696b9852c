import { describe, expect, it } from 'vitest';
import { articleId, type Article } from '../../src/model/article.js';
import { createDoc } from '../../src/model/doc.js';
import { diagnostic } from '../../src/model/errors.js';
import { openDatabase } from '../../src/store/db.js';
import { queryFacts } from '../../src/store/queries.js';
import { RunWriter, type ExtractedArticle } from '../../src/store/write.js';

const text = 'France and Morocco signed a joint declaration on Monday. It covers terrorism.';
const article: Article = {
  id: articleId(text),
  url: 'https://example.org/a',
  title: 'A declaration',
  published: '2025-04-14',
  source: 'test',
  lang: 'en',
  text,
};

function extracted(): ExtractedArticle {
  const doc = createDoc(article);
  doc.sentences = [
    { index: 0, start: 0, end: 56 },
    { index: 1, start: 57, end: text.length },
  ];
  doc.entities = [
    { name: 'France', type: 'COUNTRY', country: 'FRA', role: null, aliases: [], party: 'FRA' },
    { name: 'Morocco', type: 'COUNTRY', country: 'MAR', role: null, aliases: [], party: 'MAR' },
  ];
  doc.mentions = [
    { entity: 0, sentence: 0, start: 0, end: 6, text: 'France', role: null, rule: 'test:country' },
    { entity: 1, sentence: 0, start: 11, end: 18, text: 'Morocco', role: null, rule: 'test:country' },
  ];
  doc.timexes = [
    {
      sentence: 0, start: 49, end: 55, text: 'Monday', type: 'DATE', value: '2025-04-14', mod: null,
      firstDay: '2025-04-14', lastDay: '2025-04-14', rule: 'test:weekday',
    },
  ];
  doc.commitments = [
    {
      sentence: 0, start: 28, end: 45, rule: 'test:declaration', type: 'DECLARATION', status: 'SIGNED',
      date: '2025-04-14', parties: ['FRA', 'MAR'], topics: ['terrorism'], trigger: 'joint declaration',
      cameo: '057', plover: 'AGREE', evidence: [{ sentence: 1, start: 57, end: 59, rule: 'test:anaphor' }],
    },
  ];
  return { article, source: 'a.json', item: null, status: 'extracted', statusReason: null, doc, diagnostics: [] };
}

describe('RunWriter', () => {
  it('stores an article with its facts and evidence, and the views answer from them', () => {
    const db = openDatabase(':memory:');
    const writer = new RunWriter(db, 'v1', ['a.json'], {});
    writer.writeBatch([extracted()]);
    const [commitment] = queryFacts(db, 'commitments', {});
    expect(commitment).toMatchObject({
      type: 'DECLARATION',
      status: 'SIGNED',
      parties: 'FRA,MAR',
      topics: 'terrorism',
      first_day: '2025-04-14',
      evidence: 'France and Morocco signed a joint declaration on Monday.',
      rule: 'test:declaration',
    });
    expect(queryFacts(db, 'commitments', { country: 'mar', since: '2025-04', until: '2025' })).toHaveLength(1);
    expect(queryFacts(db, 'commitments', { until: '2025-03' })).toHaveLength(0);
    expect(queryFacts(db, 'entities', { type: 'country' }).map((r) => r.name)).toEqual(['France', 'Morocco']);
    expect(queryFacts(db, 'articles', { search: 'declaration' })).toHaveLength(1);
    expect(queryFacts(db, 'articles', { search: 'pipeline' })).toHaveLength(0);
    const timeline = db.prepare('SELECT day, type, parties FROM commitment_timeline').all();
    expect(timeline).toEqual([{ day: '2025-04-14', type: 'DECLARATION', parties: 'FRA,MAR' }]);
  });

  it('replaces an article’s facts when it is extracted again, without duplicates', () => {
    const db = openDatabase(':memory:');
    new RunWriter(db, 'v1', [], {}).writeBatch([extracted()]);
    const second = new RunWriter(db, 'v2', [], {});
    expect(second.isCurrent(article.id)).toBe(false);
    second.writeBatch([extracted()]);
    expect(second.isCurrent(article.id)).toBe(true);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('articles'), count('commitments'), count('commitment_parties'), count('mentions'), count('entities')]).toEqual([1, 1, 2, 2, 2]);
  });

  it('keeps one error row per item and code, and clears it when the item succeeds', () => {
    const db = openDatabase(':memory:');
    const first = new RunWriter(db, 'v1', [], {});
    first.recordError(diagnostic('PARSE_JSON', 'a.json', null, 'Unexpected token'));
    const second = new RunWriter(db, 'v1', [], {});
    second.recordError(diagnostic('PARSE_JSON', 'a.json', null, 'Unexpected token'));
    expect(queryFacts(db, 'errors', {})).toMatchObject([{ code: 'PARSE_JSON', first_run: first.runId, last_run: second.runId }]);
    second.writeBatch([extracted()]);
    expect(queryFacts(db, 'errors', {})).toHaveLength(0);
  });

  it('replaces the errors of an article extracted again', () => {
    const db = openDatabase(':memory:');
    const failing = { ...extracted(), diagnostics: [diagnostic('STAGE_FAILED', 'a.json', null, 'dates: boom')] };
    new RunWriter(db, 'v1', [], {}).writeBatch([failing]);
    expect(queryFacts(db, 'errors', {})).toMatchObject([{ code: 'STAGE_FAILED', article_id: article.id }]);
    new RunWriter(db, 'v2', [], {}).writeBatch([{ ...extracted(), source: 'b.json' }]);
    expect(queryFacts(db, 'errors', {})).toHaveLength(0);
  });

  it('keeps written articles only once committed, and drops them on rollback', () => {
    const db = openDatabase(':memory:');
    const writer = new RunWriter(db, 'v1', [], {});
    writer.write(extracted());
    expect(writer.isCurrent(article.id)).toBe(true);
    writer.rollback();
    expect(writer.isCurrent(article.id)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(0);
    writer.write(extracted());
    writer.commit();
    writer.rollback();
    expect(writer.isCurrent(article.id)).toBe(true);
  });

  it('refuses filters a kind does not take', () => {
    const db = openDatabase(':memory:');
    expect(() => queryFacts(db, 'errors', { status: 'SIGNED' })).toThrow(/does not take --status/);
  });
});
