/** Date scoring as in TempEval-3: relaxed extent, strict extent and value F1. */
import type { GoldDate } from './gold-schema.js';
import { matchGreedy, unmatched, type MatchedPair } from './score-match.js';
import { matchCounts, type MatchCounts } from './score-metrics.js';
import { NormalizedTexts } from './score-normalize.js';

export interface DateCounts {
  relaxed: MatchCounts;
  strict: MatchCounts;
  value: MatchCounts;
  /** For explaining a score: dates left unmatched by the value matching (no overlap, or wrong value)... */
  missed: GoldDate[];
  spurious: GoldDate[];
  /** ...and value-matched pairs whose extents differ (a strict-extent error). */
  wrong: { gold: GoldDate; predicted: GoldDate }[];
}

/**
 * Each of the three scores is its own one-to-one greedy matching, best overlap first, under
 * its own condition: relaxed (extents overlap), strict (overlap and same normalized text),
 * value (overlap and same value). Matching value separately lets two gold "Monday"s with
 * different values each find the prediction with their value.
 */
export function scoreDates(gold: readonly GoldDate[], predicted: readonly GoldDate[]): DateCounts {
  const texts = new NormalizedTexts();
  const asSets = !everyHasOffsets(gold);
  const candidates = asSets ? asSet(predicted) : [...predicted];
  const overlap = (g: GoldDate, p: GoldDate): number | null => extentOverlap(g, p, texts);
  // A variant of a matched prediction ("Tonight" beside "tonight") is, as the guidelines compare
  // texts, the same fact, which a set lists once: it is no false alarm.
  const repeats = (pairs: readonly MatchedPair[]): Set<number> => (asSets ? repeatsOfMatched(pairs, candidates, texts) : new Set());
  const count = (pairs: readonly MatchedPair[]): MatchCounts =>
    matchCounts(pairs.length, gold.length, candidates.length - repeats(pairs).size);
  const sameText = (g: GoldDate, p: GoldDate): boolean => texts.of(g.text) === texts.of(p.text);
  const valuePairs = matchGreedy(gold, candidates, (g, p) => (sameValue(g, p) ? overlap(g, p) : null));
  const valueRepeats = repeats(valuePairs);
  const { missed, spurious } = unmatched(valuePairs, gold, candidates);
  return {
    relaxed: count(matchGreedy(gold, candidates, overlap)),
    strict: count(matchGreedy(gold, candidates, (g, p) => (sameText(g, p) ? overlap(g, p) : null))),
    value: count(valuePairs),
    missed,
    spurious: spurious.filter((p) => !valueRepeats.has(candidates.indexOf(p))),
    wrong: valuePairs
      .map((pair) => ({ gold: gold[pair.gold]!, predicted: candidates[pair.predicted]! }))
      .filter((pair) => !sameText(pair.gold, pair.predicted)),
  };
}

/**
 * How much two date extents overlap, in (0, 1], or null when they do not: by character spans
 * when both sides have offsets, otherwise by words (one normalized text contains the other
 * as whole words; the score is the share of the longer text's words covered).
 */
export function extentOverlap(
  gold: GoldDate,
  predicted: GoldDate,
  texts: NormalizedTexts = new NormalizedTexts(),
): number | null {
  const goldSpan = spanOf(gold);
  const predictedSpan = spanOf(predicted);
  if (goldSpan && predictedSpan) {
    const shared = Math.min(goldSpan.end, predictedSpan.end) - Math.max(goldSpan.start, predictedSpan.start);
    if (shared <= 0) return null;
    return shared / (Math.max(goldSpan.end, predictedSpan.end) - Math.min(goldSpan.start, predictedSpan.start));
  }
  if (!texts.contains(gold.text, predicted.text)) return null;
  const goldWords = wordCount(texts.of(gold.text));
  const predictedWords = wordCount(texts.of(predicted.text));
  return Math.min(goldWords, predictedWords) / Math.max(goldWords, predictedWords);
}

function spanOf(date: GoldDate): { start: number; end: number } | null {
  return date.start === undefined || date.end === undefined ? null : { start: date.start, end: date.end };
}

/** Words in a normalized text (single spaces, trimmed); repeated words count each time. */
function wordCount(normalized: string): number {
  return normalized === '' ? 0 : normalized.split(' ').length;
}

function sameValue(gold: GoldDate, predicted: GoldDate): boolean {
  return gold.value.trim() === predicted.value.trim();
}

function everyHasOffsets(dates: readonly GoldDate[]): boolean {
  return dates.length > 0 && dates.every((d) => spanOf(d) !== null);
}

/** Unmatched candidates whose normalized text and value repeat those of a matched one. */
function repeatsOfMatched(pairs: readonly MatchedPair[], candidates: readonly GoldDate[], texts: NormalizedTexts): Set<number> {
  const key = (d: GoldDate) => `${texts.of(d.text)}\u0000${d.value.trim()}`;
  const taken = new Set(pairs.map((pair) => pair.predicted));
  const matchedKeys = new Set([...taken].map((i) => key(candidates[i]!)));
  const out = new Set<number>();
  candidates.forEach((c, i) => {
    if (!taken.has(i) && matchedKeys.has(key(c))) out.add(i);
  });
  return out;
}

/**
 * Gold without offsets lists each expression once per article ("a fact mentioned five times
 * is listed once"), so predicted dates with the same text and value count once. The text is
 * compared as written, not normalized: gold lists "March 2018" and "March, 2018" apart.
 */
function asSet(dates: readonly GoldDate[]): GoldDate[] {
  const byKey = new Map<string, GoldDate>();
  for (const date of dates) {
    const key = `${date.text.trim()}\u0000${date.value.trim()}`;
    if (!byKey.has(key)) byKey.set(key, date);
  }
  return [...byKey.values()];
}
