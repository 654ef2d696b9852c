import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the last fetch of a URL left behind: validators for a conditional GET and its outcome. */
export interface FetchRecord {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** A page gives one article and is not fetched again once 'ok'; a feed is re-polled every run. */
  kind: 'page' | 'feed';
  /** 'ok': an article (or a readable feed) came of it; 'failed': retry on the next run. */
  status: 'ok' | 'failed';
  /** ISO time of the fetch. */
  fetchedAt: string;
}

/**
 * State that outlives a run: conditional GET validators, which page URLs already gave an
 * article (a rerun skips them and retries the failed), and which feed items were seen (a
 * re-polled feed only brings new items). The store can implement the same interface.
 */
export interface FetchCache {
  get(url: string): Promise<FetchRecord | null>;
  put(record: FetchRecord): Promise<void>;
  /** True when this feed item already gave an article. */
  hasItem(feedUrl: string, itemKey: string): Promise<boolean>;
  /** Records that a feed item gave an article (failed items are not recorded, so they are retried). */
  addItem(feedUrl: string, itemKey: string): Promise<void>;
  /** Makes pending writes durable; a no-op for stores that write through. */
  flush(): Promise<void>;
}

export class MemoryFetchCache implements FetchCache {
  protected readonly records = new Map<string, FetchRecord>();
  protected readonly items = new Map<string, Set<string>>();

  async get(url: string): Promise<FetchRecord | null> {
    return this.records.get(url) ?? null;
  }

  async put(record: FetchRecord): Promise<void> {
    this.records.set(record.url, record);
  }

  async hasItem(feedUrl: string, itemKey: string): Promise<boolean> {
    return this.items.get(feedUrl)?.has(itemKey) ?? false;
  }

  async addItem(feedUrl: string, itemKey: string): Promise<void> {
    let keys = this.items.get(feedUrl);
    if (!keys) this.items.set(feedUrl, (keys = new Set()));
    keys.add(itemKey);
  }

  async flush(): Promise<void> {}
}

interface CacheFile {
  records: FetchRecord[];
  items: Record<string, string[]>;
}

/** The in-memory cache saved as one JSON file on flush (atomically, by rename). */
export class JsonFileFetchCache extends MemoryFetchCache {
  private constructor(private readonly path: string) {
    super();
  }

  static async open(path: string): Promise<JsonFileFetchCache> {
    const cache = new JsonFileFetchCache(path);
    const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (text !== null) {
      const data = JSON.parse(text) as Partial<CacheFile>;
      for (const record of data.records ?? []) cache.records.set(record.url, record);
      for (const [feed, keys] of Object.entries(data.items ?? {})) cache.items.set(feed, new Set(keys));
    }
    return cache;
  }

  override async flush(): Promise<void> {
    const data: CacheFile = {
      records: [...this.records.values()],
      items: Object.fromEntries([...this.items].map(([feed, keys]) => [feed, [...keys]])),
    };
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, this.path);
  }
}
