import { diagnostic } from '../../model/errors.js';
import { readTextFile } from '../read-file.js';
import type { IngestItem, IngestOptions } from '../types.js';
import { parseFeed } from './feed.js';
import { readFeedItems, readUrls } from './read-url.js';
import { parseUrlList } from './url-list.js';

/** A saved feed (.rss, .atom, .rdf): its items' pages are fetched; the path keys the seen items. */
export async function* readFeedFile(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const file = await readTextFile(path, options.maxFileBytes);
  if (!file.ok) {
    yield file.error;
    return;
  }
  const parsed = parseFeed(file.text);
  if (!parsed.ok) {
    yield { kind: 'error', diagnostic: diagnostic('PARSE_FEED', path, 'feed', parsed.reason) };
    return;
  }
  yield* readFeedItems(path, parsed.feed, options);
}

/** A URL list (.urls): one page or feed URL per line, # comments allowed. */
export async function* readUrlListFile(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const file = await readTextFile(path, options.maxFileBytes);
  if (!file.ok) {
    yield file.error;
    return;
  }
  const { urls, invalid } = parseUrlList(file.text);
  for (const entry of invalid) {
    yield { kind: 'error', diagnostic: diagnostic('VALIDATION', path, `line ${entry.line}`, `not an http(s) URL: ${entry.url.slice(0, 200)}`) };
  }
  yield* readUrls(
    urls.map((entry) => entry.url),
    options,
  );
}
