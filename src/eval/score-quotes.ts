/** Quote scoring: (speaker, overlapping text) matched one to one. */
import type { GoldQuote } from './gold-schema.js';
import { matchGreedy, unmatched } from './score-match.js';
import { matchCounts, type MatchCounts } from './score-metrics.js';
import { NormalizedTexts } from './score-normalize.js';

const MIN_JACCARD = 0.5;

export interface QuoteCounts {
  match: MatchCounts;
  /** For explaining a score: what was not matched. */
  missed: GoldQuote[];
  spurious: GoldQuote[];
}

export function scoreQuotes(gold: readonly GoldQuote[], predicted: readonly GoldQuote[]): QuoteCounts {
  const texts = new NormalizedTexts();
  const candidates = asSet(predicted, texts);
  const pairs = matchGreedy(gold, candidates, (g, p) => quoteOverlap(g, p, texts));
  return { match: matchCounts(pairs.length, gold.length, candidates.length), ...unmatched(pairs, gold, candidates) };
}

/**
 * How well two quotes match, or null when they do not: the same normalized speaker (or both
 * unattributed) and texts that overlap, one containing the other as whole words or word
 * sets with Jaccard >= 0.5. Containment ranks first, then Jaccard, so that a gold opening
 * ("the first ten words ...") goes to the quote it opens rather than a look-alike.
 */
export function quoteOverlap(
  gold: GoldQuote,
  predicted: GoldQuote,
  texts: NormalizedTexts = new NormalizedTexts(),
): number | null {
  if (speakerKey(gold, texts) !== speakerKey(predicted, texts)) return null;
  const contained = texts.contains(gold.text, predicted.text);
  const jaccard = texts.jaccard(gold.text, predicted.text);
  if (!contained && jaccard < MIN_JACCARD) return null;
  return (contained ? 1 : 0) + jaccard;
}

function speakerKey(quote: GoldQuote, texts: NormalizedTexts): string | null {
  return quote.speaker === null ? null : texts.of(quote.speaker);
}

/** The same words from the same speaker, quoted twice, are one quote, as in the gold. */
function asSet(quotes: readonly GoldQuote[], texts: NormalizedTexts): GoldQuote[] {
  const byKey = new Map<string, GoldQuote>();
  for (const quote of quotes) {
    const key = `${speakerKey(quote, texts) ?? '\u0000'}\u0001${texts.of(quote.text)}`;
    if (!byKey.has(key)) byKey.set(key, quote);
  }
  return [...byKey.values()];
}
