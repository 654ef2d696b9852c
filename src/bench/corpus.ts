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
 * Articles made of the seed articles' paragraphs, drawn at random (with a fixed seed, so every
 * bench run reads the same corpus). Each one mixes paragraphs of
 * several real stories, so names, places and dates vary from article to article, and no two
 * share enough text to be taken for near-duplicates of each other, which the run would link
 * instead of extracting. Years move by up to six, with the publication date. Stops at
 * `size.megabytes` of text or `size.articles` articles, whichever comes first.
 */
export function* varyArticles(
  seeds: readonly Article[],
  size: { megabytes: number; articles: number },
): Generator<Article> {
  const paragraphs = seeds.flatMap((seed) =>
    seed.text
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p.length > 80),
  );
  const meanLength = seeds.reduce((sum, seed) => sum + seed.text.length, 0) / seeds.length;
  const random = mulberry32(20251129);
  let bytes = 0;
  for (let n = 0; bytes < size.megabytes * 1e6 && n < size.articles; n++) {
    const seed = seeds[Math.floor(random() * seeds.length)]!;
    const shift = Math.floor(random() * 7);
    const parts: string[] = [];
    for (let length = 0; length < meanLength; ) {
      const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]!;
      parts.push(paragraph);
      length += paragraph.length;
    }
    const text = parts.join('\n').replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) - shift));
    const published = seed.published ? `${Number(seed.published.slice(0, 4)) - shift}${seed.published.slice(4)}` : null;
    bytes += Buffer.byteLength(text);
    yield {
      ...seed,
      id: articleId(text),
      url: null,
      title: `${seed.title} (${n})`,
      text,
      published: published && isRealIsoDate(published) ? published : seed.published,
    };
  }
}

/** A small seeded PRNG: the bench corpus must be the same from run to run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
