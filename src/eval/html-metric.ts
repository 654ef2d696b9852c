/**
 * The article-extraction benchmark's measure: texts become \w+ tokens, tokens become 4-word
 * shingles, and each page gets true/false positives and false negatives counted over shingle
 * multisets, normalised by their sum so that long pages weigh no more than short ones.
 */

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractionScores {
  p: number;
  r: number;
  f1: number;
  accuracy: number;
}

const SHINGLE_WORDS = 4;
// Python's Unicode \w: letters, digits and the underscore of any script.
const WORD = /[\p{L}\p{N}_]+/gu;

export function benchmarkTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A text shorter than one shingle still yields one (shorter) shingle, as the benchmark does. */
export function shingleCounts(tokens: readonly string[], size = SHINGLE_WORDS): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function pageCounts(truth: string, predicted: string): PageCounts {
  const gold = shingleCounts(benchmarkTokens(truth));
  const pred = shingleCounts(benchmarkTokens(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of gold) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(g, p);
    fn += Math.max(0, g - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (gold.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** A page counts as exact when its token sequence equals the truth's. */
export function exactMatch(truth: string, predicted: string): boolean {
  const a = benchmarkTokens(truth);
  const b = benchmarkTokens(predicted);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

export function precision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** P over pages that predicted something, R over pages whose truth has something, F1 from the two means. */
export function aggregateScores(pages: readonly PageCounts[], exact: readonly boolean[]): ExtractionScores {
  const p = mean(pages.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0).map(recall));
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, accuracy: mean(exact.map((e) => (e ? 1 : 0))) };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
