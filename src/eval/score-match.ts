/** One-to-one greedy matching, best overlap first, as the gold guidelines prescribe. */

export interface MatchedPair {
  gold: number;
  predicted: number;
}

/**
 * Pairs gold and predicted items one to one: every candidate pair gets a score from
 * `overlap` (null when the two cannot match), and pairs are taken from the highest score
 * down, skipping items already taken. Ties go to the earlier gold, then the earlier
 * predicted item, so the result does not depend on the sort implementation.
 */
export function matchGreedy<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  overlap: (gold: G, predicted: P) => number | null,
): MatchedPair[] {
  const candidates: { gold: number; predicted: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const score = overlap(g, p);
      if (score !== null) candidates.push({ gold: gi, predicted: pi, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    pairs.push({ gold: candidate.gold, predicted: candidate.predicted });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** The gold and predicted items a matching left alone: misses and false alarms. */
export function unmatched<G, P>(
  pairs: readonly MatchedPair[],
  gold: readonly G[],
  predicted: readonly P[],
): { missed: G[]; spurious: P[] } {
  const goldTaken = new Set(pairs.map((pair) => pair.gold));
  const predictedTaken = new Set(pairs.map((pair) => pair.predicted));
  return {
    missed: gold.filter((_, i) => !goldTaken.has(i)),
    spurious: predicted.filter((_, i) => !predictedTaken.has(i)),
  };
}
