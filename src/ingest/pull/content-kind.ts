/** What a fetched body is, judged from its Content-Type and, when that is vague, its first bytes. */
export type ContentKind = 'html' | 'feed' | 'other';

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const FEED_TYPES = /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/x-rss\+xml)\b/i;
/** Servers label many bodies text/plain or application/octet-stream; the markup decides then. */
const VAGUE_TYPES = /^(?:text\/plain|application\/octet-stream|binary\/octet-stream)\b/i;
const FEED_START = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,500}?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function contentKind(contentType: string | null, head: string): ContentKind {
  const type = (contentType ?? '').trim();
  if (HTML_TYPES.test(type)) return FEED_START.test(head) ? 'feed' : 'html';
  if (FEED_TYPES.test(type)) return HTML_START.test(head) ? 'html' : 'feed';
  if (type === '' || VAGUE_TYPES.test(type)) {
    if (FEED_START.test(head)) return 'feed';
    if (HTML_START.test(head)) return 'html';
  }
  return 'other';
}
