import { diagnostic } from '../../model/errors.js';
import { toArticle } from '../normalize.js';
import type { IngestItem, IngestOptions, RawArticle } from '../types.js';
import { identifyLanguage } from './language.js';
import { extractPage } from './page.js';

/**
 * A fetched page with fewer words than this is an index, a paywall or an error page, not an
 * article (a local HTML file is taken as given: its author chose it).
 */
const MIN_ARTICLE_WORDS = 15;

/** What a feed item says about its page, used where the page itself is silent. */
export interface PageHints {
  title?: string | null;
  published?: string | null;
  lang?: string | null;
  source?: string | null;
}

/**
 * A fetched (or local) HTML page as an article: main text, metadata, language identified from
 * the text, then the shared normalization. `source` is the URL or path it was read from.
 */
export function pageToItem(html: string, pageUrl: string | null, source: string, options: IngestOptions, hints: PageHints = {}): IngestItem {
  const raw = pageToRawArticle(html, pageUrl, hints);
  const words = String(raw.text).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_ARTICLE_WORDS) {
    return { kind: 'error', diagnostic: diagnostic('EMPTY_TEXT', source, null, `no article text (${words} words of body text)`) };
  }
  return toArticle(raw, source, null, options);
}

export function pageToRawArticle(html: string, pageUrl: string | null, hints: PageHints = {}): RawArticle {
  const page = extractPage(html, pageUrl);
  return {
    text: page.text,
    title: page.title ?? hints.title ?? null,
    url: page.url,
    published: page.published ?? hints.published ?? null,
    source: page.siteName ?? hints.source ?? null,
    lang: identifyLanguage(page.text, page.lang ?? hints.lang ?? null).lang,
  };
}
