import { Readability } from '@mozilla/readability';
import { blockText, type TextNodeLike } from '../formats/html-text.js';
import { NON_PROSE_CLASS_WORDS, NON_PROSE_TAGS } from './page-boilerplate.js';
import { parseDocument, type HtmlDocument } from './page-dom.js';

/** Below this many characters Readability has probably picked a fragment, not the article. */
const MIN_READABLE_CHARS = 200;
/** A non-prose block is removed only while it is this small, in characters or share of the article. */
const MAX_REMOVED_CHARS = 300;
const MAX_REMOVED_SHARE = 0.15;

/**
 * The article's main text, one paragraph per line: Readability's pick, with captions and
 * other non-prose blocks removed before (Readability turns many divs into bare paragraphs,
 * losing their classes) and after (it keeps some inside the article node); or the whole
 * body's text when Readability finds nothing long enough. This edits the document, so read
 * metadata before calling it.
 */
export function extractBodyText(document: HtmlDocument): string {
  const body = document.body as unknown as TextNodeLike | null;
  const fallback = body ? blockText(body) : '';
  let readable: string | null = null;
  try {
    removeNonProse(document);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: true }).parse();
    if (parsed?.content) {
      const article = parseDocument(`<html><body>${parsed.content}</body></html>`);
      removeNonProse(article);
      removeLinkBlocks(article);
      readable = blockText(article.body as unknown as TextNodeLike);
    }
  } catch {
    // Readability throws on some odd pages; the body text is still a usable article text.
  }
  return readable !== null && readable.length >= MIN_READABLE_CHARS ? readable : fallback;
}

/**
 * A block holding much of the text is the article itself, whatever its class says (sites
 * name wrappers "article-share-container"), so only small blocks are removed.
 */
function removeNonProse(document: HtmlDocument): void {
  const total = document.body?.textContent?.length ?? 0;
  const small = (el: { textContent: string | null }) => (el.textContent?.length ?? 0) <= Math.max(MAX_REMOVED_CHARS, total * MAX_REMOVED_SHARE);
  const doomed = [...document.querySelectorAll(NON_PROSE_TAGS.join(','))];
  for (const el of document.querySelectorAll('[class],[id]')) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
    if (words.some((word) => NON_PROSE_CLASS_WORDS.has(word))) doomed.push(el);
  }
  for (const el of doomed) if (el.parentNode && small(el)) el.remove();
}

/** Blocks whose text is almost all link text. */
const LINK_BLOCK_SELECTOR = 'p, li, h2, h3, h4, h5, h6';
const MIN_LINK_SHARE = 0.9;

/**
 * A paragraph or list item that is all link is a pointer to another story ("Read more",
 * related headlines), not part of this one.
 */
function removeLinkBlocks(document: HtmlDocument): void {
  for (const el of [...document.querySelectorAll(LINK_BLOCK_SELECTOR)]) {
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    if (text.length === 0) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
    if (linked / text.length >= MIN_LINK_SHARE) el.remove();
  }
}
