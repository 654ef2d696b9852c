/**
 * The `eval gold` score of /work/shared/gold/GUIDELINES.md: each fact list of each article is
 * matched one to one against its gold, counts are summed over articles (micro-averaging),
 * and precision, recall, F1 and accuracies are computed from the sums.
 */
import type { GoldArticle } from './gold-schema.js';
import { scoreCommitments } from './score-commitments.js';
import { scoreDates } from './score-dates.js';
import { scoreEntities } from './score-entities.js';
import {
  accuracy,
  addAccuracyCounts,
  addMatchCounts,
  emptyAccuracyCounts,
  emptyMatchCounts,
  prf,
  type AccuracyCounts,
  type MatchCounts,
  type PRF,
} from './score-metrics.js';
import { scoreQuotes } from './score-quotes.js';

export interface GoldPair {
  gold: GoldArticle;
  predicted: GoldArticle;
}

/** The summed counts behind a report, for anyone who wants to check or combine the ratios. */
export interface GoldCounts {
  entities: MatchCounts;
  role: AccuracyCounts;
  country: AccuracyCounts;
  dates: { relaxed: MatchCounts; strict: MatchCounts; value: MatchCounts };
  commitments: MatchCounts;
  commitment_parties: MatchCounts;
  status: AccuracyCounts;
  date: AccuracyCounts;
  topics: MatchCounts;
  quotes: MatchCounts;
}

/** Ratios are fractions in [0, 1]; null where there is nothing to measure (never NaN). */
export interface GoldReport {
  articles: number;
  entities: PRF & { role_acc: number | null; country_acc: number | null };
  dates: { relaxed: PRF; strict: PRF; value: PRF };
  commitments: PRF & {
    parties_f1: number | null;
    status_acc: number | null;
    date_acc: number | null;
    topics_f1: number | null;
  };
  quotes: PRF;
  counts: GoldCounts;
}

export function emptyGoldCounts(): GoldCounts {
  return {
    entities: emptyMatchCounts(),
    role: emptyAccuracyCounts(),
    country: emptyAccuracyCounts(),
    dates: { relaxed: emptyMatchCounts(), strict: emptyMatchCounts(), value: emptyMatchCounts() },
    commitments: emptyMatchCounts(),
    commitment_parties: emptyMatchCounts(),
    status: emptyAccuracyCounts(),
    date: emptyAccuracyCounts(),
    topics: emptyMatchCounts(),
    quotes: emptyMatchCounts(),
  };
}

/** The counts of one article: its predicted facts against its gold facts. */
export function countArticle(pair: GoldPair): GoldCounts {
  const { gold, predicted } = pair;
  const entities = scoreEntities(gold.entities, predicted.entities);
  const dates = scoreDates(gold.dates, predicted.dates);
  const commitments = scoreCommitments(gold.commitments, predicted.commitments);
  return {
    entities: entities.match,
    role: entities.role,
    country: entities.country,
    dates: { relaxed: dates.relaxed, strict: dates.strict, value: dates.value },
    commitments: commitments.match,
    commitment_parties: commitments.parties,
    status: commitments.status,
    date: commitments.date,
    topics: commitments.topics,
    quotes: scoreQuotes(gold.quotes, predicted.quotes).match,
  };
}

export function addGoldCounts(total: GoldCounts, part: GoldCounts): void {
  addMatchCounts(total.entities, part.entities);
  addAccuracyCounts(total.role, part.role);
  addAccuracyCounts(total.country, part.country);
  addMatchCounts(total.dates.relaxed, part.dates.relaxed);
  addMatchCounts(total.dates.strict, part.dates.strict);
  addMatchCounts(total.dates.value, part.dates.value);
  addMatchCounts(total.commitments, part.commitments);
  addMatchCounts(total.commitment_parties, part.commitment_parties);
  addAccuracyCounts(total.status, part.status);
  addAccuracyCounts(total.date, part.date);
  addMatchCounts(total.topics, part.topics);
  addMatchCounts(total.quotes, part.quotes);
}

export function reportFromCounts(articles: number, counts: GoldCounts): GoldReport {
  return {
    articles,
    entities: { ...prf(counts.entities), role_acc: accuracy(counts.role), country_acc: accuracy(counts.country) },
    dates: { relaxed: prf(counts.dates.relaxed), strict: prf(counts.dates.strict), value: prf(counts.dates.value) },
    commitments: {
      ...prf(counts.commitments),
      parties_f1: prf(counts.commitment_parties).f1,
      status_acc: accuracy(counts.status),
      date_acc: accuracy(counts.date),
      topics_f1: prf(counts.topics).f1,
    },
    quotes: prf(counts.quotes),
    counts,
  };
}

/** Scores predicted articles against their gold, micro-averaged over all pairs. */
export function scoreGold(pairs: readonly GoldPair[]): GoldReport {
  const total = emptyGoldCounts();
  for (const pair of pairs) addGoldCounts(total, countArticle(pair));
  return reportFromCounts(pairs.length, total);
}
