import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileFetchCache, MemoryFetchCache, type FetchRecord } from '../../../src/ingest/pull/fetch-cache.js';

const record: FetchRecord = { url: 'https://a.example/feed', kind: 'feed', status: 'ok', etag: '"v1"', lastModified: null, fetchedAt: '2025-04-14T10:00:00Z' };

describe('fetch caches', () => {
  it('remember records and feed items in memory', async () => {
    const cache = new MemoryFetchCache();
    expect(await cache.get(record.url)).toBeNull();
    await cache.put(record);
    expect(await cache.get(record.url)).toEqual(record);
    expect(await cache.hasItem(record.url, 'g1')).toBe(false);
    await cache.addItem(record.url, 'g1');
    expect(await cache.hasItem(record.url, 'g1')).toBe(true);
    expect(await cache.hasItem('https://other.example/feed', 'g1')).toBe(false);
  });

  it('survive a reopen when kept in a JSON file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'secfacts-cache-')), 'nested', 'cache.json');
    const first = await JsonFileFetchCache.open(path);
    expect(await first.get(record.url)).toBeNull();
    await first.put(record);
    await first.addItem(record.url, 'g1');
    await first.flush();
    expect(JSON.parse(readFileSync(path, 'utf8')).records).toHaveLength(1);
    const reopened = await JsonFileFetchCache.open(path);
    expect(await reopened.get(record.url)).toEqual(record);
    expect(await reopened.hasItem(record.url, 'g1')).toBe(true);
  });
});
