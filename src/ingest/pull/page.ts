import { extractBodyText } from './page-body.js';
import { findPublishedDate } from './page-date.js';
import { parseDocument } from './page-dom.js';
import { readPageMeta } from './page-meta.js';

/** What a web page tells about the article it carries. */
export interface PageFacts {
  text: string;
  title: string | null;
  /** Canonical URL when the page names one, else the URL it was fetched from. */
  url: string | null;
  /** ISO 8601, as found in the markup or the URL. */
  published: string | null;
  /** The language the markup declares, normalized to its primary subtag; identification from the text comes later. */
  lang: string | null;
  siteName: string | null;
}

/** Metadata is read before the body, because Readability rewrites the document. */
export function extractPage(html: string, pageUrl: string | null = null): PageFacts {
  const document = parseDocument(html);
  const meta = readPageMeta(document, pageUrl);
  const published = findPublishedDate(document, meta.canonicalUrl ?? pageUrl);
  const text = extractBodyText(document);
  return {
    text,
    title: meta.title,
    url: meta.canonicalUrl ?? pageUrl,
    published,
    lang: meta.declaredLang,
    siteName: meta.siteName,
  };
}
