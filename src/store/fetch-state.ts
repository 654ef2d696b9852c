import type { FetchCache, FetchRecord } from '../ingest/pull/fetch-cache.js';
import type { Db } from './db.js';

/**
 * The pull ingesters' memory across runs, kept in the database: a page that gave an article is
 * not fetched again, a failed one is retried, feeds are re-polled with conditional GETs and
 * bring only items not seen before. Writes go straight to the database. A page counts as done
 * only once its article is stored, and not as failed: a page fetched by a run that stopped before
 * the writer committed its article, or whose article failed (stopped at the time budget, its
 * worker died, a stage threw), is read again by a rerun.
 */
export class DbFetchCache implements FetchCache {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare(
        'SELECT url, kind, status, etag, last_modified AS lastModified, fetched_at AS fetchedAt FROM fetch_state WHERE url = ?',
      ),
      put: db.prepare(`
        INSERT INTO fetch_state (url, kind, status, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, status = excluded.status, etag = excluded.etag,
          last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`),
      // NULL when no article from the page is stored, 1 when one failed, 0 when all are stored.
      articleFailed: db
        .prepare("SELECT max(a.status = 'failed') FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.source = ?")
        .pluck(),
      hasItem: db.prepare('SELECT 1 FROM feed_items WHERE feed = ? AND item_key = ?').pluck(),
      addItem: db.prepare('INSERT OR IGNORE INTO feed_items (feed, item_key) VALUES (?, ?)'),
    };
  }

  async get(url: string): Promise<FetchRecord | null> {
    const record = (this.statements.get.get(url) as FetchRecord | undefined) ?? null;
    if (record?.kind === 'page' && record.status === 'ok' && this.statements.articleFailed.get(url) !== 0) {
      return { ...record, status: 'failed' };
    }
    return record;
  }

  async put(r: FetchRecord): Promise<void> {
    this.statements.put.run(r.url, r.kind, r.status, r.etag, r.lastModified, r.fetchedAt);
  }

  async hasItem(feedUrl: string, itemKey: string): Promise<boolean> {
    return this.statements.hasItem.get(feedUrl, itemKey) !== undefined;
  }

  async addItem(feedUrl: string, itemKey: string): Promise<void> {
    this.statements.addItem.run(feedUrl, itemKey);
  }

  async flush(): Promise<void> {}
}
