/**
 * A cheap tense cue for a clause: the nearest future or past marker before the expression,
 * else after it. Good enough to choose between the previous and the next weekday.
 */
import { FUTURE_CUES, MODAL_ADVERBS, NOT_FUTURE_AFTER, PAST_CUES, PAST_FORM_FUTURE_CUES, RESCHEDULE_VERBS, SAME_FORM_PAST_CUES } from './lexicon.js';
import { SPACE_BEHIND } from './patterns.js';

/**
 * 'future-past' is the future seen from a past moment ("said it would vote Monday", "was expected
 * to pass Wednesday night"): ahead of that moment, but not always of publication.
 */
export type Tense = 'past' | 'future' | 'future-past' | 'none';

/** Whether a tense looks ahead (from publication or from a past moment). */
export function isFuture(tense: Tense): boolean {
  return tense === 'future' || tense === 'future-past';
}

/** A future cue in a past frame: "would leave", "was expected to", "were due". */
const FUTURE_IN_PAST = /^(?:would|was|were)\b/i;

function futureKind(cueText: string): Tense {
  return FUTURE_IN_PAST.test(cueText) ? 'future-past' : 'future';
}

const futurePattern = FUTURE_CUES.map((c) => {
  const words = c.replace(/ /g, '\\s+');
  const exception = NOT_FUTURE_AFTER.get(c);
  // In the past perfect a plan lies in the past: "had been scheduled to expire Friday".
  return `(?<!had\\s+(?:been\\s+)?)${words}${exception ? `(?!${exception.source})` : ''}`;
}).join('|');
const pastPattern = PAST_CUES.join('|');
// "the firm bid $5 billion": a past form spelled as the present, read as past only before an amount
// and not after a determiner (the noun: "a bid"), "to" or a modal (the infinitive: "will cut 500 jobs").
const sameFormPast = `(?<!(?:^|[^\\p{L}])(?:a|an|the|its|their|his|her|our|this|that|to|will|would|shall|should|may|might|must|can|could|do|does|did|not)${SPACE_BEHIND})(?:${SAME_FORM_PAST_CUES.join('|')})(?=\\s+(?:\\$|US\\$|€|£|\\d|up\\b|down\\b))`;
// -ed words are mostly past verbs or participles; a few common adjectives are excluded, and so is
// an -ed word after a determiner ("a still unspecified date", "the injured"): an adjective, not a verb.
const ATTRIBUTIVE = `(?:^|[^\\p{L}])(?:a|an|the|its|their|his|her|our|this|that|these|those)\\s+(?:(?:still|yet|as\\s+yet|\\p{Ll}+ly)\\s+)?`;
const adverb = `(?:(?:${MODAL_ADVERBS.join('|')}|\\p{Ll}+ly)\\s+)?`;
// A modal with its verb is one cue, so that the participle of "would still be held" is not read as a past verb.
// In reported speech "would" is the future seen from the past ("said two new flights would leave on Monday");
// "would have" is a past counterfactual.
const modal = `(?:will|would|shall|should|may|might|must|to|'ll|’ll)\\s+${adverb}be\\s+\\p{Ll}+|would\\s+${adverb}(?!have\\b|be\\b)\\p{Ll}+`;
const cue = new RegExp(
  `(?:^|[^\\p{L}])(?:(${modal}|${futurePattern})|(${pastPattern}|${sameFormPast}|(?!(?:bed|red|united|limited|based|related|interested|concerned|armed)\\b)(?<!${ATTRIBUTIVE})(?!\\p{Ll}*(?:cceed|oceed|xceed|need|feed|speed|seed|indeed|breed|bleed|heed)\\b)\\p{Ll}{2,}ed))(?![\\p{L}])`,
  'giu',
);

function lastCue(text: string): Tense {
  let tense: Tense = 'none';
  for (const m of text.matchAll(cue)) tense = m[1] !== undefined ? futureKind(m[1]) : 'past';
  return tense;
}

const pastFormFuture = new Set(PAST_FORM_FUTURE_CUES);

/** The first cue after an expression; a plan told in the past tense dates the planning ("On Friday, X planned to"). */
function firstCue(text: string): Tense {
  for (const m of text.matchAll(cue)) {
    if (m[1] === undefined) return 'past';
    // An infinitive modifies the noun before it ("On Thursday, X, a candidate in the election to be
    // held on August 9, held a rally"): it dates what follows it, not an expression before it.
    if (/^(?:to\s|due\s+to\s+be$)/i.test(m[1])) continue;
    return pastFormFuture.has(m[1].toLowerCase().replace(/\s+/g, ' ')) ? 'past' : futureKind(m[1]);
  }
  return 'none';
}

/** Tense of the expression at [start, end) within the clause text [clauseStart, clauseEnd). */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(since|until|till|by|through|into)\s+(?:(?:early|late|mid|the end of|the middle of)[\s-]+)?$/iu;

// "postponed the vote to June 2", "rescheduled most of its races to June 2": the new date.
const RESCHEDULED_TO = new RegExp(`(?:^|[^\\p{L}])(?:${RESCHEDULE_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])[^.;:!?]{0,60}?(?:^|[^\\p{L}])(?:to|until|till)\\s+(?:(?:early|late|mid)[\\s-]+)?$`, 'iu');

const AS_OF_BEFORE = /(?:^|[^\p{L}])[Aa]s\s+of\s+$/u;

const TO_BEFORE = /(?:^|[^\p{L}])(?:to|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$/iu;

export function tenseAround(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): Tense {
  // The cheap check first: most expressions do not follow "to" or "until".
  if (TO_BEFORE.test(text.slice(Math.max(clauseStart, start - 12), start)) && RESCHEDULED_TO.test(text.slice(Math.max(clauseStart, start - 90), start))) return 'future-past';
  // The preposition right before the expression is the strongest cue: "since March", "until Tuesday".
  const preposition = PREPOSITION_BEFORE.exec(text.slice(Math.max(clauseStart, start - 30), start))?.[1]?.toLowerCase();
  if (preposition === 'since') return 'past';
  // "a major shareholder as of March 20": a status is reported as of a day already come, unless the
  // clause looks ahead ("As of Jan. 1, smoking will be banned").
  if (AS_OF_BEFORE.test(text.slice(Math.max(clauseStart, start - 8), start))) {
    const tense = clauseTense(text, clauseStart, clauseEnd, start, end);
    return isFuture(tense) ? tense : 'past';
  }
  // "until Tuesday" looks ahead, except in a past-perfect clause ("had not called him a suspect until Thursday").
  if (preposition === 'until' || preposition === 'till') {
    return /(?:^|[^\p{L}])had(?![\p{L}])/iu.test(text.slice(clauseStart, clauseEnd)) ? 'past' : 'future';
  }
  // "by Thursday" looks ahead unless the clause is told in the past ("had filed reports by Wednesday");
  // so does the end of a span, "from tomorrow night into Friday morning" ("talks ran into Friday" is past).
  if (preposition && clauseTense(text, clauseStart, clauseEnd, start, end) !== 'past') return 'future';
  // "KKR's program to pay down $5 billion of the loan by February", "agreed to sell it by March": a deadline
  // of an infinitive after the past verb looks ahead from then.
  if (preposition === 'by' && infinitiveAfterPast(text.slice(Math.max(clauseStart, start - 120), start))) return 'future-past';
  return clauseTense(text, clauseStart, clauseEnd, start, end);
}

const INFINITIVE = /(?:^|[^\p{L}])to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|be|date|power|court|office|school|work)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}])/gu;

/** Whether an infinitive follows the last past cue of `before` ("program to pay down ... "). */
function infinitiveAfterPast(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(INFINITIVE)) last = m.index + m[0].length;
  return last >= 0 && lastCue(before.slice(last)) === 'none';
}

function clauseTense(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): Tense {
  // Clause boundaries inside the sentence: a semicolon or a quotation mark changes the speaker's frame.
  const before = text.slice(Math.max(clauseStart, start - 160), start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('“'), before.lastIndexOf('"'));
  let clause = cut >= 0 ? before.slice(cut + 1) : before;
  // A clause of time takes its tense from the clause it depends on: in "likely to buy as soon as
  // trading opened Monday" the verb after the conjunction is backshifted, not past.
  const conjunction = clause.search(/(?:^|[^\p{L}])as\s+soon\s+as\s+(?:\p{L}+\s+)?\p{Ll}+ed\s+$/u);
  if (conjunction >= 0) clause = clause.slice(0, conjunction);
  const left = lastCue(clause);
  if (left !== 'none') return left;
  return firstCue(text.slice(end, Math.min(clauseEnd, end + 160)));
}
