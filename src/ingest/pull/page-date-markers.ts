/**
 * Where pages put their publication date, most specific first. Names are matched
 * case-insensitively against meta property, name and itemprop attributes.
 */
export const PUBLISHED_META_NAMES = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'published_time',
  'publishdate', 'publish_date', 'publish-date', 'pubdate', 'publication_date', 'publicationdate',
  'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'article.published', 'article_date_original',
  'original-publish-date', 'citation_publication_date', 'citation_date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'date', 'created', 'release_date',
  'displaydate', 'dateline', 'og:pubdate', 'article:modified_time',
] as const;

/** JSON-LD keys, in order of preference: a creation or modification date beats none at all. */
export const JSON_LD_DATE_KEYS = ['datePublished', 'dateCreated', 'uploadDate', 'dateModified'] as const;

/** Class or id words that mark an element holding the publication date. */
export const DATE_ELEMENT_HINT = /(?:^|[\s_-])(?:publish(?:ed)?|pub-?date|date-?published|post-?date|article-?date|timestamp|dateline|byline__date|entry-date)(?:$|[\s_-])/i;

/**
 * A cheap, markup-level test for "this page carries a publication date", independent of the
 * extractor: used to measure how often the extractor finds a date that is there.
 */
export const DATE_MARKUP_SIGNS: readonly RegExp[] = [
  /<meta[^>]{0,300}(?:published|pubdate|publish[_-]?date|dc\.date|dcterms\.(?:issued|created|date)|sailthru\.date|parsely-pub-date)/i,
  /"datePublished"\s*:/,
  /itemprop=["']?datePublished/i,
  /<time[^>]{0,300}datetime=/i,
];
