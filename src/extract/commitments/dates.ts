import type { Doc } from '../../model/doc.js';
import type { CommitmentStatus, Timex } from '../../model/facts.js';
import type { Span } from './clauses.js';
import { REPORTED_NOW_CUES, START_CUES } from './cues.js';
import { clauseAt, clausesOf } from './clauses.js';
import { endsWith } from './patterns.js';

// A date introduced by these words is a deadline or a plan, not the day of the reported step.
const FUTURE_LEAD = endsWith('(?:by|until|before|till|from|later|within)');
const FUTURE_TEXT = /^(?:later|next|coming|tomorrow|the\s+coming|the\s+next)\b/i;
const BACKGROUND_LEAD = endsWith('(?:since|after|before|until)(?:\\s+(?:in|on|the))*');
// A date further on in a "since ..." clause dates the background event, not a step of the news.
const BACKGROUND_CLAUSE = /\b(?:since|ever\s+since)\s/i;
const REPORTED_NOW = new RegExp(`(?<![\\w-])(?:${REPORTED_NOW_CUES})(?![\\w-])`, 'i');
const START_LEAD = endsWith(`${START_CUES}(?:\\s+(?:in|on|at|since|during))?(?:\\s+the)?`);
// How many sentences back a reported step may take its date from ("During that visit, ...").
const SENTENCES_BACK = 2;

export interface StepDate {
  value: string;
  /** Taken from a sentence before the phrase's own. */
  borrowed: boolean;
}

export interface DateIndex {
  /** DATE timexes per sentence index, in text order. */
  bySentence: Map<number, Timex[]>;
}

export function dateIndex(doc: Doc): DateIndex {
  const bySentence = new Map<number, Timex[]>();
  for (const t of doc.timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return { bySentence };
}

function usable(doc: Doc, t: Timex): boolean {
  // "Currently" and "now" say when the article speaks, not when a step was taken.
  if (t.value === 'FUTURE_REF' || t.value === 'PRESENT_REF' || FUTURE_TEXT.test(t.text)) return false;
  if (FUTURE_LEAD.test(doc.text.slice(Math.max(0, t.start - 12), t.start))) return false;
  if (doc.anchor && t.firstDay && t.firstDay > doc.anchor) return false;
  return true;
}

function dateValue(t: Timex): string {
  return t.type === 'TIME' ? t.value.slice(0, 10) : t.value;
}

function nearest(list: readonly Timex[], at: number): Timex | undefined {
  let best: Timex | undefined;
  let bestDistance = Infinity;
  for (const t of list) {
    const d = t.end <= at ? at - t.end : Math.max(0, t.start - at);
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The date of the step an arrangement reached: the nearest date of its clause, else of its
 * sentence; a step stated by a verb may take the last date of the sentence or two before it
 * ("During that visit, Macron announced ..."). An arrangement under way takes only the date it
 * started ("began in May 2024").
 */
export function stepDate(
  doc: Doc,
  index: DateIndex,
  sentence: number,
  clause: Span,
  trigger: Span,
  status: CommitmentStatus,
  explicit: boolean,
): StepDate | null {
  const inSentence = (index.bySentence.get(sentence) ?? []).filter((t) => usable(doc, t));
  if (status === 'ONGOING') {
    const started = inSentence.filter((t) => START_LEAD.test(doc.text.slice(Math.max(clause.start, t.start - 30), t.start)));
    const t = nearest(started, trigger.start);
    return t ? { value: dateValue(t), borrowed: false } : null;
  }
  const inClause = inSentence.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const own = nearest(inClause, trigger.start) ?? nearest(inSentence, trigger.start);
  if (own) return { value: dateValue(own), borrowed: false };
  if (!explicit) return null;
  for (let back = 1; back <= SENTENCES_BACK; back++) {
    // A background date ("since the summer of 2024") is no step another sentence can borrow.
    const clauses = clausesOf(doc, sentence - back);
    const list = (index.bySentence.get(sentence - back) ?? []).filter(
      (t) => usable(doc, t) && !BACKGROUND_LEAD.test(doc.text.slice(Math.max(0, t.start - 14), t.start)) && !inBackgroundClause(doc, clauses, t),
    );
    const last = list[list.length - 1];
    if (last) return { value: dateValue(last), borrowed: true };
  }
  return reportedToday(doc, sentence, status);
}

function inBackgroundClause(doc: Doc, clauses: ReturnType<typeof clausesOf>, t: Timex): boolean {
  const clause = clauseAt(clauses, t.start);
  return BACKGROUND_CLAUSE.test(doc.text.slice(clause.start, t.start));
}

/**
 * A pledge or announcement stated in the article's own news ("he emphasized ..., according to a
 * statement") with no date of its own was made when the article reports it.
 */
function reportedToday(doc: Doc, sentence: number, status: CommitmentStatus): StepDate | null {
  if (!doc.anchor || (status !== 'PLEDGED' && status !== 'ANNOUNCED')) return null;
  const s = doc.sentences[sentence];
  if (!s || !REPORTED_NOW.test(doc.text.slice(s.start, s.end))) return null;
  return { value: doc.anchor, borrowed: true };
}
