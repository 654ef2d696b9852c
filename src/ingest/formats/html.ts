import { diagnostic } from '../../model/errors.js';
import { toArticle } from '../normalize.js';
import { pageToRawArticle } from '../pull/page-article.js';
import { errorMessage, readTextFile } from '../read-file.js';
import type { IngestItem, IngestOptions, RawArticle } from '../types.js';

/**
 * .html / .htm: one article per page, read by the same page extractor as fetched pages
 * (metadata, Readability's main text, language from the text). Pages over maxHtmlBytes are
 * refused unparsed.
 */
export async function* readHtmlFile(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const file = await readTextFile(path, Math.min(options.maxHtmlBytes, options.maxFileBytes));
  if (!file.ok) {
    yield file.error;
    return;
  }
  let raw: RawArticle;
  try {
    raw = htmlToRawArticle(file.text);
  } catch (err) {
    yield { kind: 'error', diagnostic: diagnostic('PARSE_HTML', path, null, errorMessage(err)) };
    return;
  }
  yield toArticle(raw, path, null, options);
}

export function htmlToRawArticle(html: string, pageUrl: string | null = null): RawArticle {
  return pageToRawArticle(html, pageUrl);
}
