import type { Diagnostic } from '../../model/errors.js';
import { blockText, type TextNodeLike } from '../formats/html-text.js';
import { toArticle } from '../normalize.js';
import type { IngestItem, IngestOptions } from '../types.js';
import type { Feed, FeedItem } from './feed.js';
import { identifyLanguage } from './language.js';
import { parseDocument } from './page-dom.js';

/** Feeds that carry whole articles (content:encoded) say so by their length; summaries are shorter. */
const MIN_FEED_CONTENT_WORDS = 80;

/**
 * When an item's page cannot be used (paywall, script-built page, fetch failure) but the feed
 * carries the full text, the article is taken from the feed; the page's problem stays on it
 * as a warning. Returns null when the feed has only a summary.
 */
export function feedContentArticle(item: FeedItem, feed: Feed, feedSource: string, pageProblem: Diagnostic, options: IngestOptions): IngestItem | null {
  if (!item.content) return null;
  const text = blockText(parseDocument(`<html><body>${item.content}</body></html>`).body as unknown as TextNodeLike);
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_FEED_CONTENT_WORDS) return null;
  const raw = {
    text,
    title: item.title,
    url: item.link,
    published: item.published,
    source: feed.title,
    lang: identifyLanguage(text, item.lang).lang,
  };
  const result = toArticle(raw, item.link ?? feedSource, null, options);
  if (result.kind !== 'article') return null;
  const warning: Diagnostic = { ...pageProblem, severity: 'warning', message: `${pageProblem.message}; the text was taken from the feed` };
  return { ...result, warnings: [warning, ...result.warnings] };
}
