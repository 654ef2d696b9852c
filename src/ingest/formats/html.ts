import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { diagnostic } from '../../model/errors.js';
import { toArticle } from '../normalize.js';
import { errorMessage, readTextFile } from '../read-file.js';
import type { IngestItem, IngestOptions, RawArticle } from '../types.js';
import { PUBLISHED_META } from './html-blocks.js';
import { blockText, type TextNodeLike } from './html-text.js';

/** Below this many characters Readability has probably picked a fragment, not the article. */
const MIN_READABLE_CHARS = 200;

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/**
 * .html / .htm: one article per page. Metadata first (Readability edits the DOM), then the
 * article body by Readability, or the whole body's text when Readability finds nothing.
 * Pages over maxHtmlBytes are refused unparsed.
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

export function htmlToRawArticle(html: string): RawArticle {
  const { document } = parseHTML(html);
  const meta = {
    title: metaContent(document, 'meta[property="og:title"]') ?? document.querySelector('title')?.textContent ?? null,
    url: metaContent(document, 'link[rel="canonical"]', 'href') ?? metaContent(document, 'meta[property="og:url"]'),
    published: publishedDate(document),
    source: metaContent(document, 'meta[property="og:site_name"]'),
    lang: document.documentElement?.getAttribute('lang')?.split('-')[0] || null,
  };
  return { ...meta, text: articleText(document) };
}

function articleText(document: HtmlDocument): string {
  const body = document.body as unknown as TextNodeLike | null;
  const fallback = body ? blockText(body) : '';
  let readable: string | null = null;
  try {
    const content = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.content;
    if (content) readable = blockText(parseHTML(`<html><body>${content}</body></html>`).document.body as unknown as TextNodeLike);
  } catch {
    // Readability throws on some odd pages; the body text is still a usable article text.
  }
  return readable !== null && readable.length >= MIN_READABLE_CHARS ? readable : fallback;
}

function publishedDate(document: HtmlDocument): string | null {
  for (const selector of PUBLISHED_META) {
    const value = metaContent(document, selector);
    if (value) return value;
  }
  return jsonLdDatePublished(document) ?? (document.querySelector('time[datetime]')?.getAttribute('datetime') || null);
}

function metaContent(document: HtmlDocument, selector: string, attribute = 'content'): string | null {
  const value = document.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value ? value : null;
}

function jsonLdDatePublished(document: HtmlDocument): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // Malformed JSON-LD is common and only costs us this hint.
    }
  }
  return null;
}

/** Searches JSON-LD breadth-first (pages nest the article in @graph or mainEntity), with a bounded budget. */
function findDatePublished(root: unknown): string | null {
  const queue: unknown[] = [root];
  for (let visited = 0; queue.length > 0 && visited < 1000; visited++) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const value = (node as Record<string, unknown>).datePublished;
      if (typeof value === 'string' && value.trim()) return value.trim();
      queue.push(...Object.values(node));
    }
  }
  return null;
}
