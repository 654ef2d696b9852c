/** TempEval-3 Task A scoring of temporal expressions: extents, values and types. */

export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  predicted: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface MatchedPair<G extends ScoredSpan, P extends ScoredSpan> {
  gold: G;
  predicted: P;
}

function overlap(a: ScoredSpan, b: ScoredSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Pairs gold and predicted spans one to one, greedily by largest overlap first. */
export function matchSpans<G extends ScoredSpan, P extends ScoredSpan>(gold: readonly G[], predicted: readonly P[]): MatchedPair<G, P>[] {
  const candidates: { g: number; p: number; size: number }[] = [];
  // Both lists are sorted by offset in practice, so a sweep keeps this near linear.
  const sortedPredicted = predicted.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start);
  for (let g = 0; g < gold.length; g++) {
    const goldSpan = gold[g]!;
    for (const { span, index } of sortedPredicted) {
      if (span.start >= goldSpan.end) break;
      const size = overlap(goldSpan, span);
      if (size > 0) candidates.push({ g, p: index, size });
    }
  }
  candidates.sort((a, b) => b.size - a.size || a.g - b.g);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: MatchedPair<G, P>[] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push({ gold: gold[g]!, predicted: predicted[p]! });
  }
  return pairs;
}

export function countTimexes(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): TimexCounts {
  const pairs = matchSpans(gold, predicted);
  let strict = 0;
  let value = 0;
  let type = 0;
  for (const pair of pairs) {
    if (pair.gold.start === pair.predicted.start && pair.gold.end === pair.predicted.end) strict++;
    if (pair.gold.value === pair.predicted.value) value++;
    if (pair.gold.type === pair.predicted.type) type++;
  }
  return { gold: gold.length, predicted: predicted.length, relaxed: pairs.length, strict, value, type };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

export const EMPTY_COUNTS: TimexCounts = { gold: 0, predicted: 0, relaxed: 0, strict: 0, value: 0, type: 0 };

export function prf(correct: number, predicted: number, gold: number): Prf {
  const p = predicted === 0 ? 0 : correct / predicted;
  const r = gold === 0 ? 0 : correct / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
