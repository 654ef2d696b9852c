import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../ingest/index.js';
import { articleId, isRealIsoDate, type Article } from '../model/article.js';

/** Where the bench finds extra real articles when the shared data sits beside the checkout. */
const WIKINEWS = join(import.meta.dirname, '../../../shared/data/wikinews');

/** The real articles the bench corpus is made from: corpus/ and, when present, the Wikinews CSVs. */
export async function loadSeedArticles(corpusDir: string): Promise<Article[]> {
  const inputs = [corpusDir, ...(existsSync(WIKINEWS) ? [WIKINEWS] : [])];
  const articles: Article[] = [];
  for await (const item of readInputs(inputs, {})) if (item.kind === 'article') articles.push(item.article);
  if (articles.length === 0) throw new Error(`no articles found in ${inputs.join(', ')}`);
  return articles;
}

/**
 * Copies of the seed articles until `megabytes` of text: each copy moves every year in the
 * text and the publication date by a few years, so that copies are distinct articles with
 * distinct dates rather than repeats a cache could answer.
 */
export function* varyArticles(seeds: readonly Article[], megabytes: number): Generator<Article> {
  let bytes = 0;
  for (let copy = 0; bytes < megabytes * 1e6; copy++) {
    const shift = copy % 7;
    for (const seed of seeds) {
      const text = shift === 0 ? seed.text : seed.text.replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) - shift));
      const published = seed.published ? `${Number(seed.published.slice(0, 4)) - shift}${seed.published.slice(4)}` : null;
      // A marker keeps copies with no year in them distinct.
      const body = copy === 0 ? text : `${text}\n(copy ${copy})`;
      bytes += Buffer.byteLength(body);
      yield { ...seed, id: articleId(body), text: body, published: published && isRealIsoDate(published) ? published : seed.published };
      if (bytes >= megabytes * 1e6) return;
    }
  }
}
