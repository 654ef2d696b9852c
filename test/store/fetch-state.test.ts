import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { DbFetchCache } from '../../src/store/fetch-state.js';

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
});
