/**
 * Parts of an article's markup that are not its prose: captions, credits, share bars,
 * related-story boxes. Readability keeps many of them inside the article node.
 */
export const NON_PROSE_TAGS: readonly string[] = ['figure', 'figcaption', 'picture', 'aside', 'button', 'form', 'nav'];

/** Class or id words (whole hyphen/underscore-separated words) of non-prose blocks. */
export const NON_PROSE_CLASS_WORDS: ReadonlySet<string> = new Set([
  'caption', 'credit', 'credits', 'share', 'sharing', 'social', 'related', 'newsletter', 'promo', 'advert',
  'advertisement', 'ad', 'ads', 'sponsored', 'subscribe', 'subscription', 'signup', 'byline', 'timestamp',
  'dateline', 'breadcrumb', 'breadcrumbs', 'tags', 'toolbar', 'gallery', 'slideshow', 'disclaimer', 'copyright',
]);
