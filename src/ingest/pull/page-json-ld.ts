import type { HtmlDocument } from './page-dom.js';

/** Bounds the walk: a page's JSON-LD can be large, and only the article node matters. */
const MAX_NODES = 2000;

export type JsonLdNode = Record<string, unknown>;

/**
 * Every object node of the page's JSON-LD blocks, breadth-first (pages nest the article in
 * @graph, arrays or mainEntity). Malformed blocks are common and are skipped.
 */
export function parseJsonLd(document: HtmlDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let root: unknown;
    try {
      root = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [root];
    for (let visited = 0; queue.length > 0 && visited < MAX_NODES; visited++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        nodes.push(node as JsonLdNode);
        queue.push(...Object.values(node).filter((v) => v && typeof v === 'object'));
      }
    }
  }
  return nodes;
}
