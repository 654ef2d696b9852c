/** Counts that add up over articles (micro-averaging) and the ratios computed from them. */

export interface MatchCounts {
  /** Matched pairs. */
  tp: number;
  /** Predicted items left unmatched. */
  fp: number;
  /** Gold items left unmatched. */
  fn: number;
}

export interface AccuracyCounts {
  correct: number;
  /** Matched pairs whose gold side has a value to judge. */
  judged: number;
}

export interface PRF {
  /** null when nothing was predicted: precision is undefined, not zero. */
  p: number | null;
  /** null when the gold has nothing: recall is undefined, not zero. */
  r: number | null;
  /** null when there is neither gold nor prediction. */
  f1: number | null;
}

export function emptyMatchCounts(): MatchCounts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function emptyAccuracyCounts(): AccuracyCounts {
  return { correct: 0, judged: 0 };
}

export function addMatchCounts(total: MatchCounts, part: MatchCounts): void {
  total.tp += part.tp;
  total.fp += part.fp;
  total.fn += part.fn;
}

export function addAccuracyCounts(total: AccuracyCounts, part: AccuracyCounts): void {
  total.correct += part.correct;
  total.judged += part.judged;
}

/** Counts of a one-to-one matching between `gold` gold items and `predicted` predicted ones. */
export function matchCounts(matched: number, gold: number, predicted: number): MatchCounts {
  return { tp: matched, fp: predicted - matched, fn: gold - matched };
}

export function prf(counts: MatchCounts): PRF {
  const { tp, fp, fn } = counts;
  // 2tp / (2tp + fp + fn) is the harmonic mean of P and R when both exist, and stays
  // defined (0) when one of them is undefined but something was missed or invented.
  return {
    p: tp + fp === 0 ? null : tp / (tp + fp),
    r: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

export function accuracy(counts: AccuracyCounts): number | null {
  return counts.judged === 0 ? null : counts.correct / counts.judged;
}
