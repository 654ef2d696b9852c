/**
 * Sorts the value errors of a TimeML evaluation into the annotation conventions of the corpus that
 * we do not follow, because issue #3's spec or the dev gold (../shared/gold/GUIDELINES.md) says
 * otherwise, and the rest. A development aid: it tells how much of the gap to a target is
 * convention and how much is ours (or the corpus's own mistakes), never a score to report instead.
 */
import { matchSpans, type ScoredSpan } from '../eval/timeml.js';

export interface ErrorRow {
  kind: 'value' | 'missed' | 'spurious';
  gold: (ScoredSpan & { text: string }) | null;
  predicted: (ScoredSpan & { text: string }) | null;
}

interface Convention {
  name: string;
  /** Why we do not follow it. */
  ours: string;
  applies(row: ErrorRow): boolean;
}

const ISO_WEEK = /^\d{4}-W\d\d(?:-WE)?$/;
const PART_OF_DAY = /T(?:MO|AF|EV|NI)$/;
const REFERENCE = /_REF$/;
const REFERENCE_WORDS = /^(?:now|currently|recently|presently|at the moment|at present|(?:the )?(?:near |foreseeable )?future|the past|as soon as possible|these days|nowadays)$/i;
// Adjectives: the dev gold leaves "the current phase", "the current government", "a future meet" untagged.
const UNTAGGED_IN_DEV_GOLD = /^(?:then )?(?:current|recent|future|former|ongoing)$/i;

/** Conventions named in the issue or kept by the dev gold, each with the words that tell it. */
export const CONVENTIONS: readonly Convention[] = [
  {
    name: 'week not resolved to an ISO week (1989-WXX, 2000-W7, a month, P1W)',
    ours: 'issue #3: "this week" -> 2025-W16',
    applies: (r) => r.kind === 'value' && ISO_WEEK.test(r.predicted!.value) && !ISO_WEEK.test(r.gold!.value),
  },
  {
    name: 'unknown parts spelled out (1968-XX, 1994-XX-XX, 199X, 19XX)',
    ours: 'issue #3 and dev gold: "2021", "the 1990s" -> 199',
    applies: (r) => {
      if (r.kind !== 'value') return false;
      const g = r.gold!.value;
      return /X/.test(g) && /^\d/.test(g) && (g.replace(/(?:-XX)+$/, '') === r.predicted!.value || g.replace(/X+$/, '') === r.predicted!.value);
    },
  },
  {
    name: 'a clock time in UTC written with a "Z"',
    ours: 'dev gold: "1800 UTC" is 2019-08-19T18:00',
    applies: (r) => r.kind === 'value' && r.gold!.value === `${r.predicted!.value}Z`,
  },
  {
    name: 'weekday or "tonight" with a part of day as a DATE',
    ours: 'issue #3: "Tuesday morning" is a TIME (...TMO)',
    applies: (r) => r.kind === 'value' && r.predicted!.type === 'TIME' && PART_OF_DAY.test(r.predicted!.value) && r.gold!.type === 'DATE',
  },
  {
    name: '"a year ago", "last year" in an earnings report as a quarter, or a quarter as a year',
    ours: 'issue #3 spec is silent; the gold is split between both readings',
    applies: (r) => r.kind === 'value' && /\byear\b/i.test(r.gold!.text) && (/Q[\dX]$/.test(r.gold!.value) || /Q[\dX]$/.test(r.predicted!.value)),
  },
  {
    name: '"the past year", "the last decade" as a DATE',
    ours: 'issue #3: "the past year" P1Y',
    applies: (r) => r.kind === 'value' && r.predicted!.type === 'DURATION' && r.gold!.type === 'DATE' && /^(?:the )?(?:past|last) (?:year|decade)$/i.test(r.gold!.text),
  },
  {
    name: '"recent years", "coming months" as PAST_REF / FUTURE_REF',
    ours: 'TimeBank tags the same words DURATION PX.. as often',
    applies: (r) => r.kind === 'value' && REFERENCE.test(r.gold!.value) && /^PX/.test(r.predicted!.value),
  },
  {
    name: '"now", "currently", "recently", "the future" left untagged',
    ours: 'issue #3: "now" is PRESENT_REF; the same corpus tags most of them',
    applies: (r) => r.kind === 'spurious' && REFERENCE.test(r.predicted!.value) && REFERENCE_WORDS.test(r.predicted!.text),
  },
  {
    name: 'the adjectives "current", "recent", "future" tagged as _REF',
    ours: 'dev gold leaves "the current phase", "a future meet" untagged',
    applies: (r) => r.kind === 'missed' && UNTAGGED_IN_DEV_GOLD.test(r.gold!.text.trim().replace(/[.,]$/, '')),
  },
];

/** The value errors of one document, as rows. */
export function errorRows(text: string, gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): ErrorRow[] {
  const withText = (s: ScoredSpan) => ({ ...s, text: text.slice(s.start, s.end) });
  const pairs = matchSpans(gold, predicted);
  const matchedGold = new Set<ScoredSpan>(pairs.map((p) => p.gold));
  const matchedPredicted = new Set<ScoredSpan>(pairs.map((p) => p.predicted));
  return [
    ...pairs.filter((p) => p.gold.value !== p.predicted.value).sort((a, b) => a.gold.start - b.gold.start).map((p) => ({ kind: 'value' as const, gold: withText(p.gold), predicted: withText(p.predicted) })),
    ...gold.filter((g) => !matchedGold.has(g)).map((g) => ({ kind: 'missed' as const, gold: withText(g), predicted: null })),
    ...predicted.filter((p) => !matchedPredicted.has(p)).map((p) => ({ kind: 'spurious' as const, gold: null, predicted: withText(p) })),
  ];
}

export function conventionOf(row: ErrorRow): Convention | null {
  return CONVENTIONS.find((c) => c.applies(row)) ?? null;
}

/**
 * Value F1 had we followed the conventions of `rows` that `conventionOf` names: a wrong value
 * becomes right, a miss becomes a hit, a spurious tag is dropped.
 */
export function valueF1Following(correct: number, gold: number, predicted: number, rows: readonly ErrorRow[]): number {
  for (const row of rows) {
    if (!conventionOf(row)) continue;
    if (row.kind === 'value') correct++;
    else if (row.kind === 'missed') {
      correct++;
      predicted++;
    } else predicted--;
  }
  return (2 * correct) / (gold + predicted);
}
