import { sentenceIndexAt, type Doc } from '../../model/doc.js';
import type { Commitment, CommitmentStatus, Evidence } from '../../model/facts.js';
import type { Stage } from '../stage.js';
import { cameoFor } from './cameo.js';
import { clauseAt, clausesOf, type Span } from './clauses.js';
import { PROGRAMME_HEADS, BROKER_CUES, COMMERCIAL_CONTEXT, FRESH_BEFORE, HISTORY_BEFORE_NAME, NONSPECIFIC_BEFORE, PARTICIPATION_CUES } from './cues.js';
import { dateIndex, stepDate, type DateIndex } from './dates.js';
import { endsWith, words } from './patterns.js';
import {
  betweenParties,
  isBodyForMembers,
  legalTargetStart,
  mentionsIn,
  mentionsPair,
  partiesIn,
  partyCode,
  pronounParty,
  partyContext,
  type PartyContext,
} from './parties.js';
import { findPhrases, type PhraseMatch } from './phrases.js';
import { readStatus } from './status.js';
import { topicsOf } from './topics.js';
import { DEFINITE_DETERMINERS, INSTRUMENT_TYPES } from './triggers.js';

const RULE_PREFIX = 'commitments.trigger:';
const MAX_PHRASES_PER_SENTENCE = 24;

/** A commitment while the article is read, with what later mentions need to join it. */
interface Draft {
  commitment: Commitment;
  descriptors: Set<string>;
  statusExplicit: boolean;
  sentences: Set<number>;
}

interface Reading {
  match: PhraseMatch;
  sentence: number;
  clause: Span;
  definite: boolean;
  /** Introduced as a further arrangement ("additional deals"), so it cannot be an earlier one again. */
  fresh: boolean;
  /** Parties the sentence names for this phrase, before any are borrowed from context. */
  named: string[];
  status: CommitmentStatus;
  statusExplicit: boolean;
  date: string | null;
  /** Whether the date comes from the phrase's own sentence, not from one before it. */
  dateOwn: boolean;
}

export const commitmentsStage: Stage = {
  name: 'commitments',
  requires: ['sentences', 'entities', 'timexes'],
  assigns: ['commitments'],
  run(doc: Doc) {
    doc.commitments = extractCommitments(doc);
  },
};

export function extractCommitments(doc: Doc): Commitment[] {
  const phrases = findPhrases(doc.text);
  if (phrases.length === 0) return [];
  const ctx = partyContext(doc);
  const dates = dateIndex(doc);
  const drafts: Draft[] = [];
  const bySentence = groupBySentence(doc, phrases);
  for (const [sentence, all] of bySentence) {
    // A sentence with dozens of arrangement words is a list or junk; its first ones are enough.
    const matches = all.slice(0, MAX_PHRASES_PER_SENTENCE);
    const clauses = clausesOf(doc, sentence);
    const commercial = new Map<number, boolean>();
    const hasInstrument = matches.some((m) => INSTRUMENT_TYPES.has(m.entry.type) && !m.entry.generic);
    // Drafts this sentence refers back to ("This declaration is part of an action plan").
    const referred: Draft[] = [];
    for (const match of matches) {
      // "Agreed to increase cooperation" is a PLEDGE only when no instrument is named with it.
      if (match.entry.type === 'PLEDGE' && hasInstrument) continue;
      const clause = clauseAt(clauses, match.head.start);
      let isCommercial = commercial.get(clause.start);
      if (isCommercial === undefined) {
        isCommercial = words(COMMERCIAL_CONTEXT).test(doc.text.slice(clause.start, clause.end));
        commercial.set(clause.start, isCommercial);
      }
      if (isCommercial) continue;
      const reading = read(doc, ctx, dates, sentence, clause, match);
      if (!reading) continue;
      const target = findDraft(drafts, reading);
      if (target) {
        join(doc, target, reading);
        referred.push(target);
        continue;
      }
      if (match.entry.generic) continue;
      // "The deal" with no earlier deal and no two named sides refers to something this article never states.
      if (reading.definite && reading.named.length < 2 && !isBodyForMembers(ctx, reading.clause, reading.named[0] ?? '')) continue;
      const parties = completeParties(ctx, doc, reading, referred);
      if (!enoughParties(ctx, reading, parties)) continue;
      const draft = open(doc, reading, parties);
      drafts.push(draft);
      referred.push(draft);
    }
  }
  return drafts.map((d) => finish(doc, d));
}

function groupBySentence(doc: Doc, phrases: readonly PhraseMatch[]): Map<number, PhraseMatch[]> {
  const out = new Map<number, PhraseMatch[]>();
  for (const p of phrases) {
    const s = sentenceIndexAt(doc, p.head.start);
    if (s < 0) continue;
    const list = out.get(s);
    if (list) list.push(p);
    else out.set(s, [p]);
  }
  return out;
}

const NONSPECIFIC_LEAD = endsWith(NONSPECIFIC_BEFORE);
// Lower case only: "the New Deal" names a programme, not a further deal.
const FRESH_LEAD = new RegExp(`(?<![\\w-])(?:${FRESH_BEFORE})\\s+$`);
const BROKER = words(BROKER_CUES);
const BETWEEN_WORD = /\b(?:between|among)\s/gi;

function read(doc: Doc, ctx: PartyContext, dates: DateIndex, sentence: number, clause: Span, match: PhraseMatch): Reading | null {
  const text = doc.text;
  const lead = text.slice(Math.max(0, match.phrase.start - 20), match.phrase.start);
  // "Denied that he made any deal" names no arrangement that exists or failed.
  if (NONSPECIFIC_LEAD.test(lead)) return null;
  if (isProgrammeName(ctx, match)) return null;
  const status = readStatus(text, clause, match.phrase, match.entry.type, match.entry.status);
  if (status.hypothetical) return null;
  const definite = DEFINITE_DETERMINERS.test(text.slice(Math.max(0, match.phrase.start - 12), match.phrase.start));
  const target = match.entry.type === 'LEGAL_COOPERATION' ? legalTargetStart(text, match.head.end) : undefined;
  const between = betweenParties(ctx, match.head.end, clause.end) ?? brokeredBetween(ctx, clause, match.head.end);
  let named: string[];
  if (between && between.length > 0) {
    named = between;
  } else if (between && ctx.pair && mentionsPair(text.slice(match.head.end, match.head.end + 40))) {
    named = [...ctx.pair];
  } else {
    named = partiesIn(ctx, clause, match.phrase, target, match.named);
    if (named.length === 1) named = ownStateCounterpart(ctx, clause, match.head.end, named[0]!) ?? named;
  }
  const date = stepDate(doc, dates, sentence, clause, match.phrase, status.status, status.explicit);
  if (isHistory(doc, match, date?.value ?? null)) return null;
  return {
    match, sentence, clause, definite, fresh: FRESH_LEAD.test(lead), named,
    status: status.status, statusExplicit: status.explicit,
    date: date?.value ?? null, dateOwn: date !== null && !date.borrowed,
  };
}

const PROGRAMME_HEAD = new RegExp(`^${PROGRAMME_HEADS}$`);
const CAPITALIZED_RUN = /(?:\p{Lu}[\p{L}-]*\s+)+$/u;

/** "The Green New Deal": a capitalized name with no state or body in it is a domestic programme. */
function isProgrammeName(ctx: PartyContext, match: PhraseMatch): boolean {
  const text = ctx.doc.text;
  if (!PROGRAMME_HEAD.test(text.slice(match.head.start, match.head.end))) return false;
  const run = CAPITALIZED_RUN.exec(text.slice(Math.max(0, match.head.start - 60), match.head.start));
  if (!run) return false;
  return mentionsIn(ctx.mentions, { start: match.head.start - run[0].length, end: match.head.start }).length === 0;
}

/**
 * The sides of a deal a third party arranged: the "between A and B" list further on in the
 * clause ("helped broker a deal establishing relations between Israel and the UAE"), or null.
 */
function brokeredBetween(ctx: PartyContext, clause: Span, triggerEnd: number): string[] | null {
  const text = ctx.doc.text;
  if (!BROKER.test(text.slice(clause.start, clause.end))) return null;
  BETWEEN_WORD.lastIndex = 0;
  const rest = text.slice(triggerEnd, clause.end);
  const m = BETWEEN_WORD.exec(rest);
  if (!m) return null;
  const found = betweenParties(ctx, triggerEnd + m.index, clause.end);
  return found && found.length >= 2 ? found : null;
}

const WITH_LEAD = /^\s*with\s+(?:the\s+)?(?:(?:government|authorities|regime)\s+(?:of|in)\s+)?$/i;

/**
 * "The SDF entered into an agreement with the government of Syria": a body cannot contract with
 * its own state, so it is a non-state side, named by its name, and the state is the other side.
 */
function ownStateCounterpart(ctx: PartyContext, clause: Span, triggerEnd: number, code: string): string[] | null {
  const mentions = mentionsIn(ctx.mentions, clause);
  const counterpart = mentions.find((m) => m.start >= triggerEnd && WITH_LEAD.test(ctx.doc.text.slice(triggerEnd, m.start)));
  if (!counterpart || ctx.doc.entities[counterpart.entity]?.type !== 'COUNTRY' || partyCode(ctx.doc.entities[counterpart.entity]) !== code) return null;
  const body = mentions.find((m) => m.end <= triggerEnd && ctx.doc.entities[m.entity]?.type === 'ORG' && partyCode(ctx.doc.entities[m.entity]) === code);
  const entity = body ? ctx.doc.entities[body.entity] : undefined;
  return entity ? [entity.name, code] : null;
}

const HISTORY_LEAD = endsWith(HISTORY_BEFORE_NAME);
// An arrangement concluded longer ago than this is background, not news: a named treaty soon,
// an unnamed one ("a 1994 agreement" that still governs a case) only after a generation.
const HISTORY_YEARS_NAMED = 10;
const HISTORY_YEARS = 30;

/** Whether an instrument ("the Elysee Treaty", "a 1905 peace agreement") is cited as history rather than reported. */
function isHistory(doc: Doc, match: PhraseMatch, date: string | null): boolean {
  if (match.named && HISTORY_LEAD.test(doc.text.slice(Math.max(0, match.phrase.start - 20), match.phrase.start))) return true;
  const year = date ? Number(date.slice(0, 4)) : NaN;
  const anchorYear = doc.anchor ? Number(doc.anchor.slice(0, 4)) : NaN;
  const limit = match.named ? HISTORY_YEARS_NAMED : HISTORY_YEARS;
  return Number.isFinite(year) && Number.isFinite(anchorYear) && anchorYear - year > limit;
}

/** The earlier draft a mention refers to, if any: same type, compatible description and parties. */
function findDraft(drafts: readonly Draft[], r: Reading): Draft | undefined {
  const type = r.match.entry.type;
  // Distinct pledges between the same states stay distinct facts.
  if (type === 'PLEDGE' || r.fresh) return undefined;
  let best: Draft | undefined;
  let bestScore = -1;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.commitment.type !== type) continue;
    const overlap = [...r.match.descriptors].filter((w) => d.descriptors.has(w)).length;
    if (r.match.descriptors.size > 0 && d.descriptors.size > 0 && overlap === 0) continue;
    const parties = d.commitment.parties;
    const sameSides = r.named.length > 0 && r.named.every((p) => parties.includes(p));
    const sharesSide = r.named.some((p) => parties.includes(p));
    const refersBack = r.match.entry.generic || r.definite;
    const fits =
      type === 'MEMBERSHIP'
        ? sharesSide || (refersBack && r.named.length === 0)
        : sameSides || (refersBack && (r.named.length === 0 || sharesSide || participates(r)));
    if (!fits) continue;
    const score = overlap + (r.date && r.date === d.commitment.date ? 2 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function participates(r: Reading): boolean {
  return r.named.length > 0 && r.definite;
}

function completeParties(ctx: PartyContext, doc: Doc, r: Reading, referred: readonly Draft[]): string[] {
  const parties = [...r.named];
  const add = (codes: readonly string[]) => {
    for (const c of codes) if (!parties.includes(c)) parties.push(c);
  };
  const sentence = doc.sentences[r.sentence]!;
  const whole = { start: sentence.start, end: sentence.end };
  const sentenceText = doc.text.slice(sentence.start, sentence.end);
  if (parties.length < 2 && r.match.entry.type === 'MEMBERSHIP' && /^\s*[.,;!?]/.test(doc.text.slice(r.match.head.end, r.match.head.end + 3))) {
    // "... were called to join." joins what the sentence before describes, with its members.
    add(partiesIn(ctx, whole));
    const previous = doc.sentences[r.sentence - 1];
    if (previous) add(partiesIn(ctx, { start: previous.start, end: previous.end }));
  }
  if (parties.length < 2) {
    // The subject of the sentence acts even when the phrase sits in a later clause.
    const first = partiesIn(ctx, { start: sentence.start, end: r.clause.start })[0] ?? pronounParty(ctx, whole, r.sentence);
    if (first) add([first]);
  }
  if (parties.length < 2) {
    const earlier = referred[referred.length - 1];
    if (earlier) add(earlier.commitment.parties);
  }
  if (parties.length < 2 && mentionsPair(sentenceText)) {
    if (ctx.pair) add(ctx.pair);
  }
  const alone = r.match.entry.singleParty || r.match.entry.type === 'MEMBERSHIP';
  if (parties.length === 1 && ctx.pair && ctx.pair.includes(parties[0]!) && !alone) {
    // In a story about two states, an arrangement of one of them is with the other.
    add(ctx.pair);
  }
  return parties;
}

function enoughParties(ctx: PartyContext, r: Reading, parties: readonly string[]): boolean {
  if (parties.length >= 2) return true;
  if (parties.length === 0) return false;
  if (r.match.entry.singleParty) return true;
  // Aid and judicial help need a receiving side; a body alone can only act for its members.
  if (r.match.entry.type === 'ASSISTANCE' || r.match.entry.type === 'LEGAL_COOPERATION') return false;
  return isBodyForMembers(ctx, r.clause, parties[0]!);
}

function evidenceOf(r: Reading): Evidence {
  return { sentence: r.sentence, start: r.match.phrase.start, end: r.match.phrase.end, rule: RULE_PREFIX + r.match.entry.id };
}

function open(doc: Doc, r: Reading, parties: string[]): Draft {
  const ev = evidenceOf(r);
  return {
    commitment: {
      ...ev,
      type: r.match.entry.type,
      status: r.status,
      date: r.date,
      parties,
      topics: [],
      trigger: doc.text.slice(ev.start, ev.end),
      cameo: null,
      plover: null,
      evidence: [],
    },
    descriptors: new Set(r.match.descriptors),
    statusExplicit: r.statusExplicit,
    sentences: new Set([r.sentence]),
  };
}

function join(doc: Doc, d: Draft, r: Reading): void {
  const c = d.commitment;
  c.evidence.push(evidenceOf(r));
  d.sentences.add(r.sentence);
  for (const w of r.match.descriptors) d.descriptors.add(w);
  const sentence = doc.sentences[r.sentence]!;
  const lists = c.type === 'MEMBERSHIP' || words(PARTICIPATION_CUES).test(doc.text.slice(sentence.start, sentence.end));
  if (lists) for (const p of r.named) if (!c.parties.includes(p)) c.parties.push(p);
  if (!d.statusExplicit && r.statusExplicit) {
    c.status = r.status;
    d.statusExplicit = true;
  }
  if (c.date === null && r.date !== null && r.statusExplicit && r.dateOwn) c.date = r.date;
}

function finish(doc: Doc, d: Draft): Commitment {
  const c = d.commitment;
  const texts = [...d.sentences].sort((a, b) => a - b).map((i) => {
    const s = doc.sentences[i]!;
    return doc.text.slice(s.start, s.end);
  });
  c.topics = topicsOf(texts);
  const code = cameoFor(c.type, c.status, c.topics);
  c.cameo = code.cameo;
  c.plover = code.plover;
  return c;
}
