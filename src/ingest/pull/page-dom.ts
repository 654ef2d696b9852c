import { parseHTML } from 'linkedom';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/**
 * linkedom builds no <html> element for a fragment or plain text, and then document.body
 * throws; such input is parsed again inside a minimal page.
 */
export function parseDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html);
  if (document.documentElement) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}
