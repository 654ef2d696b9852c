import { diagnostic, type ErrorCode } from '../../model/errors.js';
import type { IngestItem, IngestOptions } from '../types.js';
import { decodeBody } from './charset.js';
import { contentKind } from './content-kind.js';
import type { FetchRecord } from './fetch-cache.js';
import type { FetchedBody } from './fetcher.js';
import { parseFeed, type Feed, type FeedItem } from './feed.js';
import { orderedConcurrent } from './ordered.js';
import { feedContentArticle } from './feed-content.js';
import { pageToItem, type PageHints } from './page-article.js';
import { pullSessionFor, type PullSession } from './session.js';

/** Where a failure happened, recorded as the error's item. */
export type PullStage = 'fetch' | 'feed' | 'page';

/** Pages fetched ahead of the one being yielded; the fetcher's own limits still apply. */
const PAGES_IN_FLIGHT = 16;
const SNIFF_CHARS = 1024;

/**
 * A URL given as an input: a feed (each new item's page becomes an article) or a page (one
 * article). What the content is comes from its Content-Type and first bytes, not the URL.
 */
export async function* readUrl(url: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const session = pullSessionFor(options);
  const previous = await session.cache.get(url);
  if (previous?.kind === 'page' && previous.status === 'ok') return; // a rerun skips what succeeded
  const outcome = await session.fetcher.fetch(url, previous?.kind === 'feed' ? conditional(previous) : {});
  if (!outcome.ok) {
    await record(session, url, previous?.kind ?? 'page', 'failed');
    yield failed(outcome.code, url, 'fetch', outcome.reason);
    return;
  }
  if (outcome.notModified) return; // an unchanged feed has no new items
  const text = decodeBody(outcome.body, outcome.contentType);
  switch (contentKind(outcome.contentType, text.slice(0, SNIFF_CHARS))) {
    case 'feed': {
      const parsed = parseFeed(text, outcome.url);
      if (!parsed.ok) {
        await record(session, url, 'feed', 'failed');
        yield failed('PARSE_FEED', url, 'feed', parsed.reason);
        return;
      }
      await record(session, url, 'feed', 'ok', outcome);
      yield* readFeedItems(url, parsed.feed, options);
      return;
    }
    case 'html':
      yield* finishPage(session, url, text, outcome, options);
      return;
    default:
      await record(session, url, 'page', 'failed');
      yield failed('INPUT_UNSUPPORTED', url, 'fetch', `content type ${outcome.contentType ?? '(none)'} is neither HTML nor an RSS/Atom feed`);
  }
}

/** The pages of a feed's items not seen on an earlier poll, fetched concurrently, yielded in feed order. */
export async function* readFeedItems(feedSource: string, feed: Feed, options: IngestOptions): AsyncIterable<IngestItem> {
  const session = pullSessionFor(options);
  const fresh: FeedItem[] = [];
  for (const item of feed.items) {
    // A seen item is read again when its page failed since (its article could not be extracted).
    const seen = await session.cache.hasItem(feedSource, item.key);
    if (!seen || (item.link !== null && (await session.cache.get(item.link))?.status === 'failed')) fresh.push(item);
  }
  const hints = (item: FeedItem): PageHints => ({ title: item.title, published: item.published, lang: item.lang, source: feed.title });
  const work = async (item: FeedItem): Promise<IngestItem[]> => {
    let items = item.link ? await collect(readPage(item.link, options, hints(item))) : [failed('FETCH_FAILED', feedSource, 'feed', `item "${item.title ?? item.key}" has no link`)];
    const problem = items.find((i) => i.kind === 'error');
    if (problem?.kind === 'error') items = [feedContentArticle(item, feed, feedSource, problem.diagnostic, options) ?? problem];
    // An item whose page was read (now or on an earlier run) is done; a failed one is tried again next poll.
    if (items.every((i) => i.kind === 'article')) await session.cache.addItem(feedSource, item.key);
    return items;
  };
  for await (const items of orderedConcurrent(fresh, work, PAGES_IN_FLIGHT)) yield* items;
}

/** Many page or feed URLs (a URL list), fetched concurrently, yielded in list order; a repeated URL is read once. */
export async function* readUrls(urls: readonly string[], options: IngestOptions): AsyncIterable<IngestItem> {
  const unique = [...new Set(urls)];
  for await (const items of orderedConcurrent(unique, (url) => collect(readUrl(url, options)), PAGES_IN_FLIGHT)) yield* items;
}

/** A URL expected to be an article page (a feed item's link). */
export async function* readPage(url: string, options: IngestOptions, hints: PageHints = {}): AsyncIterable<IngestItem> {
  const session = pullSessionFor(options);
  const previous = await session.cache.get(url);
  if (previous?.kind === 'page' && previous.status === 'ok') return;
  const outcome = await session.fetcher.fetch(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
  if (!outcome.ok || outcome.notModified) {
    await record(session, url, 'page', 'failed');
    if (!outcome.ok) yield failed(outcome.code, url, 'fetch', outcome.reason);
    return;
  }
  const text = decodeBody(outcome.body, outcome.contentType);
  if (contentKind(outcome.contentType, text.slice(0, SNIFF_CHARS)) !== 'html') {
    await record(session, url, 'page', 'failed');
    yield failed('INPUT_UNSUPPORTED', url, 'page', `content type ${outcome.contentType ?? '(none)'} is not HTML`);
    return;
  }
  yield* finishPage(session, url, text, outcome, options, hints);
}

async function* finishPage(
  session: PullSession,
  url: string,
  html: string,
  outcome: FetchedBody,
  options: IngestOptions,
  hints: PageHints = {},
): AsyncIterable<IngestItem> {
  if (outcome.body.length > options.maxHtmlBytes) {
    await record(session, url, 'page', 'failed');
    yield failed('TOO_LARGE', url, 'page', `${outcome.body.length} bytes of HTML, limit ${options.maxHtmlBytes}`);
    return;
  }
  let item: IngestItem;
  try {
    item = pageToItem(html, outcome.url, url, options, hints);
  } catch (err) {
    item = failed('PARSE_HTML', url, 'page', err instanceof Error ? err.message : String(err));
  }
  // A page whose text could not be used is an error for this URL and the page stage.
  if (item.kind === 'error') item = { kind: 'error', diagnostic: { ...item.diagnostic, item: 'page' } };
  await record(session, url, 'page', item.kind === 'article' ? 'ok' : 'failed', outcome);
  yield item;
}

function failed(code: ErrorCode, url: string, stage: PullStage, reason: string): IngestItem {
  return { kind: 'error', diagnostic: diagnostic(code, url, stage, reason) };
}

function conditional(previous: FetchRecord): { etag: string | null; lastModified: string | null } {
  return { etag: previous.etag, lastModified: previous.lastModified };
}

async function record(session: PullSession, url: string, kind: FetchRecord['kind'], status: FetchRecord['status'], outcome?: FetchedBody): Promise<void> {
  await session.cache.put({
    url,
    kind,
    status,
    etag: status === 'ok' ? (outcome?.etag ?? null) : null,
    lastModified: status === 'ok' ? (outcome?.lastModified ?? null) : null,
    fetchedAt: new Date().toISOString(),
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
