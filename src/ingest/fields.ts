/**
 * Field names that sources use for each Article field, matched case-insensitively.
 * The first alias present wins, so the most specific name comes first.
 */
export const FIELD_ALIASES = {
  text: ['text', 'body', 'content', 'article_text', 'maintext', 'article'],
  title: ['title', 'headline'],
  url: ['url', 'link', 'source_url', 'canonical_url'],
  published: ['published', 'date', 'published_at', 'publish_date', 'pubdate', 'date_published', 'datepublished', 'published_time'],
  source: ['source', 'publisher', 'site_name', 'site'],
  lang: ['lang', 'language'],
} as const satisfies Record<string, readonly string[]>;

export type ArticleField = keyof typeof FIELD_ALIASES;
