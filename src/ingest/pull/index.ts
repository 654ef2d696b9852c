/**
 * Ingesters that pull: URLs of pages and feeds, saved feeds, URL lists. The ingest layer loads
 * this module lazily, only when a run has such inputs.
 */
export { readUrl, readUrls, readPage, readFeedItems, type PullStage } from './read-url.js';
export { readFeedFile, readUrlListFile } from './read-files.js';
export { bindPullSession, flushPullSession, pullSessionFor, type PullOptions, type PullSession } from './session.js';
export { Fetcher, type FetchOutcome, type FetchRequest } from './fetcher.js';
export { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetch-options.js';
export { JsonFileFetchCache, MemoryFetchCache, type FetchCache, type FetchRecord } from './fetch-cache.js';
export { parseFeed, type Feed, type FeedItem } from './feed.js';
export { parseUrlList, isHttpUrl } from './url-list.js';
export { extractPage, type PageFacts } from './page.js';
export { identifyLanguage, type LanguageGuess } from './language.js';
