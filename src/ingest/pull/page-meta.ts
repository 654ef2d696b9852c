import type { HtmlDocument } from './page-dom.js';
import { parseJsonLd } from './page-json-ld.js';

export interface PageMeta {
  title: string | null;
  /** The canonical URL, absolute; null when the page names none that is http(s). */
  canonicalUrl: string | null;
  siteName: string | null;
  /** The language the markup declares (html lang, content-language, og:locale), as written. */
  declaredLang: string | null;
}

export function readPageMeta(document: HtmlDocument, pageUrl: string | null): PageMeta {
  const ld = parseJsonLd(document);
  const ldString = (key: string): string | null => {
    for (const node of ld) {
      const value = node[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return null;
  };
  const publisherName = ld.map((node) => node.publisher).find((p): p is Record<string, unknown> => !!p && typeof p === 'object');
  return {
    title: clean(meta(document, 'og:title') ?? meta(document, 'twitter:title') ?? ldString('headline') ?? document.querySelector('title')?.textContent),
    canonicalUrl: absoluteHttpUrl(attr(document, 'link[rel="canonical"]', 'href') ?? meta(document, 'og:url'), pageUrl),
    siteName: clean(meta(document, 'og:site_name') ?? meta(document, 'application-name') ?? (typeof publisherName?.name === 'string' ? publisherName.name : null)),
    declaredLang: clean(
      document.documentElement?.getAttribute('lang') ??
        attr(document, 'meta[http-equiv="content-language" i]', 'content') ??
        meta(document, 'og:locale'),
    ),
  };
}

function meta(document: HtmlDocument, name: string): string | null {
  return attr(document, `meta[property="${name}"]`, 'content') ?? attr(document, `meta[name="${name}"]`, 'content');
}

function attr(document: HtmlDocument, selector: string, attribute: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value ? value : null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Relative canonical links resolve against the page URL; other schemes are dropped. */
export function absoluteHttpUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
