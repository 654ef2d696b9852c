/** Commitment scoring: (type, party set) one to one, then status, date and topics of matched pairs. */
import type { GoldCommitment } from './gold-schema.js';
import { matchGreedy, unmatched } from './score-match.js';
import { matchCounts, type AccuracyCounts, type MatchCounts } from './score-metrics.js';
import { NormalizedTexts } from './score-normalize.js';

export interface CommitmentCounts {
  match: MatchCounts;
  /** Matching on party sets alone, type ignored. */
  parties: MatchCounts;
  status: AccuracyCounts;
  date: AccuracyCounts;
  /** Topic labels over matched pairs, micro-counted: shared, predicted only, gold only. */
  topics: MatchCounts;
  /** For explaining a score: what was not matched, and matched pairs with a wrong status, date or topics. */
  missed: GoldCommitment[];
  spurious: GoldCommitment[];
  wrong: { gold: GoldCommitment; predicted: GoldCommitment }[];
}

export function scoreCommitments(
  gold: readonly GoldCommitment[],
  predicted: readonly GoldCommitment[],
): CommitmentCounts {
  const texts = new NormalizedTexts();
  const partiesOf = (c: GoldCommitment): string => partyKey(c, texts);
  // Among candidates of the same type and parties, the best trigger overlap is matched first.
  const triggerOverlap = (g: GoldCommitment, p: GoldCommitment): number => texts.jaccard(g.trigger, p.trigger);
  const candidates = asSet(predicted, texts);
  const pairs = matchGreedy(gold, candidates, (g, p) =>
    g.type === p.type && partiesOf(g) === partiesOf(p) ? triggerOverlap(g, p) : null,
  );
  // "F1 over the set of parties alone (type ignored)" is read as the same one-to-one
  // matching with the type condition dropped: two gold commitments between MAR and FRA
  // need two predicted ones between MAR and FRA, whatever their types.
  const partyPairs = matchGreedy(gold, candidates, (g, p) =>
    partiesOf(g) === partiesOf(p) ? triggerOverlap(g, p) : null,
  );

  const status: AccuracyCounts = { correct: 0, judged: 0 };
  const date: AccuracyCounts = { correct: 0, judged: 0 };
  const topics: MatchCounts = { tp: 0, fp: 0, fn: 0 };
  const wrong: CommitmentCounts['wrong'] = [];
  for (const pair of pairs) {
    const g = gold[pair.gold]!;
    const p = candidates[pair.predicted]!;
    const rightStatus = g.status === p.status;
    // A gold date of null means the article gives none: there is nothing to judge.
    const rightDate = !g.date || g.date.trim() === (p.date ?? '').trim();
    status.judged++;
    if (rightStatus) status.correct++;
    if (g.date) {
      date.judged++;
      if (rightDate) date.correct++;
    }
    const goldTopics = new Set(g.topics);
    const predictedTopics = new Set(p.topics);
    let rightTopics = goldTopics.size === predictedTopics.size;
    for (const topic of predictedTopics) {
      if (goldTopics.has(topic)) topics.tp++;
      else {
        topics.fp++;
        rightTopics = false;
      }
    }
    for (const topic of goldTopics) if (!predictedTopics.has(topic)) topics.fn++;
    if (!rightStatus || !rightDate || !rightTopics) wrong.push({ gold: g, predicted: p });
  }
  return {
    match: matchCounts(pairs.length, gold.length, candidates.length),
    parties: matchCounts(partyPairs.length, gold.length, candidates.length),
    status,
    date,
    topics,
    ...unmatched(pairs, gold, candidates),
    wrong,
  };
}

/** The party set as a comparable key: normalized codes or names, deduplicated, order ignored. */
export function partyKey(commitment: GoldCommitment, texts: NormalizedTexts = new NormalizedTexts()): string {
  return [...new Set(commitment.parties.map((party) => texts.of(party)))].sort().join('\u0000');
}

/**
 * A prediction naming the same arrangement twice (same type, parties and trigger words) is
 * one arrangement, as in the gold; the first occurrence is kept.
 */
function asSet(commitments: readonly GoldCommitment[], texts: NormalizedTexts): GoldCommitment[] {
  const byKey = new Map<string, GoldCommitment>();
  for (const commitment of commitments) {
    const key = [commitment.type, partyKey(commitment, texts), texts.of(commitment.trigger)].join('\u0001');
    if (!byKey.has(key)) byKey.set(key, commitment);
  }
  return [...byKey.values()];
}
