import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/model/article.js';
import { createDoc } from '../../src/model/doc.js';
import { openDatabase } from '../../src/store/db.js';
import { DbFetchCache } from '../../src/store/fetch-state.js';
import { RunWriter, type ExtractedArticle } from '../../src/store/write.js';

const pageUrl = 'https://a.example/news/pact';
const page = {
  url: pageUrl,
  kind: 'page' as const,
  status: 'ok' as const,
  etag: null,
  lastModified: null,
  fetchedAt: '2025-04-14T10:00:00.000Z',
};

function fromPage(status: 'extracted' | 'failed'): ExtractedArticle {
  const text = 'France and Morocco signed a pact.';
  const article = { id: articleId(text), url: pageUrl, title: 'Pact', published: '2025-04-14', source: pageUrl, lang: 'en', text };
  return { article, source: pageUrl, item: null, status, statusReason: status === 'failed' ? 'time budget' : null, doc: createDoc(article), diagnostics: [] };
}

describe('DbFetchCache', () => {
  it('keeps fetch records and feed items across connections to the same database', async () => {
    const db = openDatabase(':memory:');
    const cache = new DbFetchCache(db);
    expect(await cache.get('https://a.example/feed')).toBeNull();
    const record = {
      url: 'https://a.example/feed',
      kind: 'feed' as const,
      status: 'ok' as const,
      etag: '"v1"',
      lastModified: 'Mon, 14 Apr 2025 10:00:00 GMT',
      fetchedAt: '2025-04-14T10:00:00.000Z',
    };
    await cache.put(record);
    await cache.put({ ...record, etag: '"v2"' });
    expect(await cache.get(record.url)).toEqual({ ...record, etag: '"v2"' });
    expect(await cache.hasItem(record.url, 'guid-1')).toBe(false);
    await cache.addItem(record.url, 'guid-1');
    await cache.addItem(record.url, 'guid-1');
    expect(await new DbFetchCache(db).hasItem(record.url, 'guid-1')).toBe(true);
    expect(await cache.hasItem('https://b.example/feed', 'guid-1')).toBe(false);
  });

  it('counts a fetched page as done only once its article is stored and did not fail', async () => {
    const db = openDatabase(':memory:');
    const cache = new DbFetchCache(db);
    await cache.put(page);
    // The run stopped between the fetch and the writer's commit: the page is read again.
    expect((await cache.get(pageUrl))?.status).toBe('failed');
    new RunWriter(db, 'v1', [pageUrl], {}).writeBatch([fromPage('failed')]);
    expect((await cache.get(pageUrl))?.status).toBe('failed');
    new RunWriter(db, 'v1', [pageUrl], {}).writeBatch([fromPage('extracted')]);
    expect(await cache.get(pageUrl)).toEqual(page);
  });
});
