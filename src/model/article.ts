import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normalizeForId } from './text.js';

/** ISO 8601 date or date-time that names a real calendar day ("2025-02-30" is refused). */
export const isoDate = z.string().refine(isRealIsoDate, { message: 'not a real ISO 8601 date or date-time' });

export const ArticleSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  url: z.string().url().nullable(),
  title: z.string(),
  published: isoDate.nullable(),
  source: z.string().nullable(),
  lang: z.string().min(2).max(8),
  text: z.string().min(1, 'the article has no text'),
});

export type Article = z.infer<typeof ArticleSchema>;

export function articleId(text: string): string {
  return createHash('sha256').update(normalizeForId(text)).digest('hex').slice(0, 32);
}

/** The calendar day (YYYY-MM-DD) of an ISO date or date-time, which anchors relative dates. */
export function publicationDay(published: string | null): string | null {
  return published ? published.slice(0, 10) : null;
}

export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}
