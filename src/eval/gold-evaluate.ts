/** Runs an extractor over gold articles and scores it; knows nothing of the CLI. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { articleId, type Article } from '../model/article.js';
import type { Doc } from '../model/doc.js';
import { cleanText } from '../model/text.js';
import { docToGold } from './gold-convert.js';
import { readGold } from './gold-read.js';
import type { GoldArticle } from './gold-schema.js';
import { scoreGold, type GoldPair, type GoldReport } from './score.js';

export interface EvaluateGoldOptions {
  /** Where to write the predictions, one gold-format JSON object per line, with the gold ids. */
  predictionsFile?: string;
  /** Called with each gold article and its prediction, e.g. to print diffGold() for `--explain`. */
  onPair?: (pair: GoldPair) => void;
}

/** The Article the pipeline sees for a gold article: cleaned text, id from the text. */
export function articleFromGold(gold: GoldArticle): Article {
  const text = cleanText(gold.text);
  // Gold has no character offsets in its facts, so cleaning the text shifts nothing that is scored.
  return {
    id: articleId(text),
    url: gold.url && URL.canParse(gold.url) ? gold.url : null,
    title: gold.title ?? '',
    published: gold.published,
    source: gold.source ?? null,
    lang: 'en',
    text,
  };
}

export async function evaluateGold(
  paths: readonly string[],
  /** The pipeline; may be asynchronous (worker threads), in which case articles are extracted concurrently. */
  extract: (article: Article) => Doc | Promise<Doc>,
  options: EvaluateGoldOptions = {},
): Promise<GoldReport> {
  const golds = await readGold(paths);
  const docs = await Promise.all(
    golds.map(async (gold) => {
      try {
        return await extract(articleFromGold(gold));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`extraction failed on gold article "${gold.id}": ${reason}`, { cause: error });
      }
    }),
  );
  const pairs: GoldPair[] = golds.map((gold, i) => ({ gold, predicted: { ...docToGold(docs[i]!), id: gold.id } }));
  if (options.onPair) pairs.forEach(options.onPair);
  if (options.predictionsFile !== undefined) {
    await mkdir(dirname(options.predictionsFile), { recursive: true });
    const lines = pairs.map((pair) => JSON.stringify(pair.predicted) + '\n');
    await writeFile(options.predictionsFile, lines.join(''), 'utf8');
  }
  return scoreGold(pairs);
}
