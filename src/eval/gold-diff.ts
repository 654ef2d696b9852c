/**
 * What one article's score is made of: the gold facts missed, the predicted facts with no
 * gold partner, and matched facts with a wrong attribute. For finding what to fix next.
 */
import type { GoldCommitment, GoldDate, GoldEntity, GoldQuote } from './gold-schema.js';
import { scoreCommitments } from './score-commitments.js';
import { scoreDates } from './score-dates.js';
import { scoreEntities } from './score-entities.js';
import { scoreQuotes } from './score-quotes.js';
import type { GoldPair } from './score.js';

interface Misses<T> {
  missed: T[];
  spurious: T[];
}

export interface GoldDiff {
  id: string;
  entities: Misses<GoldEntity> & { wrong: { gold: GoldEntity; predicted: GoldEntity }[] };
  /** Unmatched by the value score (a wrong value shows as a miss plus a spurious date); `wrong` has extent errors. */
  dates: Misses<GoldDate> & { wrong: { gold: GoldDate; predicted: GoldDate }[] };
  commitments: Misses<GoldCommitment> & { wrong: { gold: GoldCommitment; predicted: GoldCommitment }[] };
  quotes: Misses<GoldQuote>;
}

export function diffGold(pair: GoldPair): GoldDiff {
  const { gold, predicted } = pair;
  const entities = scoreEntities(gold.entities, predicted.entities);
  const dates = scoreDates(gold.dates, predicted.dates);
  const commitments = scoreCommitments(gold.commitments, predicted.commitments);
  const quotes = scoreQuotes(gold.quotes, predicted.quotes);
  return {
    id: gold.id,
    entities: { missed: entities.missed, spurious: entities.spurious, wrong: entities.wrong },
    dates: { missed: dates.missed, spurious: dates.spurious, wrong: dates.wrong },
    commitments: { missed: commitments.missed, spurious: commitments.spurious, wrong: commitments.wrong },
    quotes: { missed: quotes.missed, spurious: quotes.spurious },
  };
}

const entityLabel = (e: GoldEntity): string =>
  `${e.type} ${e.name}${e.country ? ` [${e.country}]` : ''}${e.role ? ` (${e.role})` : ''}`;
const dateLabel = (d: GoldDate): string => `"${d.text}" ${d.type} ${d.value}`;
const commitmentLabel = (c: GoldCommitment): string =>
  `${c.type} ${[...c.parties].sort().join('+')} ${c.status} ${c.date ?? '-'} {${c.topics.join(',')}} "${c.trigger}"`;
const quoteLabel = (q: GoldQuote): string =>
  `${q.speaker ?? '(unattributed)'}: "${q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text}"`;

/** One line per difference: "- " missed gold, "+ " spurious prediction, "~ " wrong attributes. */
export function formatGoldDiff(diff: GoldDiff): string {
  const lines = [`== ${diff.id}`];
  const section = <T>(
    name: string,
    misses: Misses<T>,
    label: (item: T) => string,
    wrong: { gold: T; predicted: T }[] = [],
  ): void => {
    if (misses.missed.length + misses.spurious.length + wrong.length === 0) return;
    lines.push(`  ${name}`);
    for (const item of misses.missed) lines.push(`    - ${label(item)}`);
    for (const item of misses.spurious) lines.push(`    + ${label(item)}`);
    for (const pair of wrong) lines.push(`    ~ ${label(pair.gold)}  =>  ${label(pair.predicted)}`);
  };
  section('entities', diff.entities, entityLabel, diff.entities.wrong);
  section('dates', diff.dates, dateLabel, diff.dates.wrong);
  section('commitments', diff.commitments, commitmentLabel, diff.commitments.wrong);
  section('quotes', diff.quotes, quoteLabel);
  return lines.join('\n');
}
