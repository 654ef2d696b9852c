import { sentenceIndexAt, type Doc } from '../../model/doc.js';
import type { Mention } from '../../model/facts.js';
import type { QuotedSpan } from './marks.js';
import { ISSUE_VERBS, PERSON_PRONOUNS, SPEECH_VERBS, STATEMENT_NOUNS } from './speech-verbs.js';

export interface Attribution {
  /** Index into doc.entities, or null for an unnamed or unknown speaker. */
  entity: number | null;
  /** Which rule found the speaker. */
  rule: string;
}

export interface SpeakerContext {
  doc: Doc;
  /** Mentions outside quotation marks, sorted by start: words inside a quote do not name its speaker. */
  mentions: Mention[];
  quotes: readonly QuotedSpan[];
}

const VERB = `(?:${SPEECH_VERBS})`;
const ANY_VERB = new RegExp(`(?<![\\w-])${VERB}(?![\\w-])`, 'g');
const VERB_AT_END = new RegExp(`(?<![\\w-])${VERB}\\s*[,:]?\\s*$`);
const AFTER_VERB = new RegExp(`^[\\s,;:—–-]*(${VERB})(?![\\w-])`);
const AFTER_PRONOUN = new RegExp(`^[\\s,;:—–-]*(?:${PERSON_PRONOUNS})\\s+(?:also\\s+)?${VERB}(?![\\w-])`);
const AFTER_NAME_VERB = new RegExp(`^([\\s,;:—–-]{0,3}[^.!?"“”]{0,70}?)(?<![\\w-])${VERB}(?![\\w-])`);
// ... and its verb follows the name closely ("an Interpol spokesperson stated").
const NAME_TO_VERB = 30;
// The name that closes a quote ("..." Macron told) starts right after the mark.
const NAME_REACH = 6;
const PRONOUN = new RegExp(`(?<![\\w-])(?:${PERSON_PRONOUNS})(?![\\w-])`);
const STATEMENT = new RegExp(`^\\s*(?:the|a|an|its|his|her|their)\\s+(?:${STATEMENT_NOUNS})\\b`, 'i');
const ISSUED_STATEMENT = new RegExp(`(?<![\\w-])(?:${ISSUE_VERBS})\\s+(?:a|an|the|its|their|his|her)\\s+(?:\\w+\\s+)?(?:${STATEMENT_NOUNS})\\b`, 'i');
const ROLE_BEFORE = /(?<![\w-])(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*,?\s*$/iu;
// How many sentences back a pronoun or a statement may look for its person or author.
const PRONOUN_REACH = 5;
const RIGHT_REACH = 200;
const STATEMENT_REACH = 12;

export function speakerContext(doc: Doc, quotes: readonly QuotedSpan[]): SpeakerContext {
  const sorted = [...doc.mentions].sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  let q = 0;
  for (const m of sorted) {
    while (q < quotes.length && quotes[q]!.end <= m.start) q++;
    const quote = quotes[q];
    if (quote && m.start >= quote.start && m.end <= quote.end) continue;
    mentions.push(m);
  }
  return { doc, mentions, quotes };
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

function typeOf(ctx: SpeakerContext, m: Mention): string | undefined {
  return ctx.doc.entities[m.entity]?.type;
}

function mentionsBetween(ctx: SpeakerContext, from: number, to: number): Mention[] {
  const list = ctx.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i]!.start < to; i++) if (list[i]!.end <= to) out.push(list[i]!);
  return out;
}

/** Finds who speaks the quotation `q`, or null; `previous` is the attribution of the quote before it in its paragraph. */
export function attribute(ctx: SpeakerContext, q: QuotedSpan, index: number, previous: Attribution | null): Attribution {
  const { doc } = ctx;
  const text = doc.text;
  const sIndex = sentenceIndexAt(doc, q.open);
  const sentence = doc.sentences[sIndex];
  const sentenceStart = sentence ? sentence.start : q.open;
  const priorClose = index > 0 ? ctx.quotes[index - 1]!.close : 0;
  const leftStart = Math.max(sentenceStart, priorClose);
  const nextOpen = index + 1 < ctx.quotes.length ? ctx.quotes[index + 1]!.open : text.length;
  // What follows the closing mark up to the end of its sentence, even when the sentence splitter
  // ended a sentence at the quote's own final "!" or ".".
  const stop = /[.!?\n]/.exec(text.slice(q.close, q.close + RIGHT_REACH));
  const rightEnd = Math.min(nextOpen, q.close + (stop ? stop.index + 1 : RIGHT_REACH));
  const right = text.slice(q.close, rightEnd);

  const left = text.slice(leftStart, q.open);
  // "X said, ..." right before the mark outweighs words after the quote.
  const leftFirst = VERB_AT_END.test(left.slice(-40));
  if (!leftFirst) {
    const found = fromRight(ctx, q, right, rightEnd);
    if (found) return found;
  }
  // Before the opening mark: "X said, ..." / "He added, ..." / "The commissioner said, ..."
  const verb = lastMatch(ANY_VERB, left);
  if (verb) {
    const verbStart = leftStart + verb.index;
    const verbEnd = verbStart + verb[0].length;
    const people = mentionsBetween(ctx, sentenceStart, verbStart).filter((m) => typeOf(ctx, m) === 'PERSON');
    const nearest = people[people.length - 1];
    if (nearest) return { entity: nearest.entity, rule: 'quotes.speaker:name-verb-before' };
    const beforeVerb = text.slice(sentenceStart, verbStart);
    if (PRONOUN.test(beforeVerb)) return { entity: resolvePronoun(ctx, sentenceStart), rule: 'quotes.speaker:pronoun-before' };
    const role = ROLE_BEFORE.exec(beforeVerb.slice(-80));
    const byRole = role ? personByRole(ctx, role[1]!, verbStart) : null;
    if (byRole !== null) return { entity: byRole, rule: 'quotes.speaker:role-before' };
    const orgs = mentionsBetween(ctx, sentenceStart, verbStart).filter((m) => typeOf(ctx, m) === 'ORG');
    const org = orgs[orgs.length - 1];
    if (org) return { entity: org.entity, rule: 'quotes.speaker:org-verb-before' };
    const after = mentionsBetween(ctx, verbEnd, q.open).find((m) => m.start - verbEnd <= 3);
    if (after && (typeOf(ctx, after) === 'PERSON' || typeOf(ctx, after) === 'ORG')) return { entity: after.entity, rule: 'quotes.speaker:verb-name-before' };
    if (STATEMENT.test(text.slice(verbEnd, verbEnd + 40))) return { entity: statementAuthor(ctx, q.open), rule: 'quotes.speaker:statement' };
  }
  if (leftFirst) {
    const found = fromRight(ctx, q, right, rightEnd);
    if (found) return found;
  }
  const according = AFTER_VERB.exec(right);
  if (according && /^according/.test(according[1]!)) {
    const named = firstSpeaker(mentionsBetween(ctx, q.close + according[0].length, rightEnd), ctx);
    if (named !== null) return { entity: named, rule: 'quotes.speaker:according-to' };
  }
  if (verb) return { entity: null, rule: 'quotes.speaker:unnamed' };

  // No verb of saying: the subject of an introducing clause ("X responded via Twitter: ...").
  const subject = firstSpeaker(mentionsBetween(ctx, leftStart, q.open), ctx);
  if (subject !== null) return { entity: subject, rule: 'quotes.speaker:subject-before' };
  if (previous && left.trim() === '' && previous.entity !== null) return { entity: previous.entity, rule: 'quotes.speaker:continued' };
  return { entity: null, rule: 'quotes.speaker:none' };
}

/** A person among `mentions` (the first), else an organization; null if neither. */
function firstSpeaker(mentions: readonly Mention[], ctx: SpeakerContext): number | null {
  const person = mentions.find((m) => typeOf(ctx, m) === 'PERSON');
  if (person) return person.entity;
  const org = mentions.find((m) => typeOf(ctx, m) === 'ORG');
  return org ? org.entity : null;
}

/** "He" and "she" stand for the subject (first person named) of the nearest sentence that names one. */
function resolvePronoun(ctx: SpeakerContext, before: number): number | null {
  const { doc } = ctx;
  const first = sentenceIndexAt(doc, before);
  for (let i = first; i >= 0 && i > first - PRONOUN_REACH; i--) {
    const s = doc.sentences[i]!;
    const person = mentionsBetween(ctx, s.start, Math.min(s.end, before)).find((m) => typeOf(ctx, m) === 'PERSON');
    if (person) return person.entity;
  }
  return null;
}

/** "The commissioner" is the last person named before whose role has that word. */
function personByRole(ctx: SpeakerContext, phrase: string, before: number): number | null {
  const head = phrase.toLowerCase().split(/\s+/).pop()!;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start >= before) continue;
    const entity = ctx.doc.entities[m.entity];
    if (entity?.type !== 'PERSON') continue;
    const role = (m.role ?? entity.role ?? '').toLowerCase();
    if (role.split(/\s+/).includes(head)) return m.entity;
  }
  return null;
}

/** The author of "the statement": who released or issued one in an earlier sentence. */
function statementAuthor(ctx: SpeakerContext, before: number): number | null {
  const { doc } = ctx;
  const first = sentenceIndexAt(doc, before);
  for (let i = first; i >= 0 && i > first - STATEMENT_REACH; i--) {
    const s = doc.sentences[i]!;
    const sText = doc.text.slice(s.start, Math.min(s.end, before));
    const issued = ISSUED_STATEMENT.exec(sText);
    if (!issued) continue;
    const author = firstSpeaker(mentionsBetween(ctx, s.start, s.start + issued.index), ctx);
    if (author !== null) return author;
  }
  return null;
}

/** Attribution from the words right after the closing mark: "..., he said" / "..., said X" / "..." X told. */
function fromRight(ctx: SpeakerContext, q: QuotedSpan, right: string, rightEnd: number): Attribution | null {
  const text = ctx.doc.text;
  if (AFTER_PRONOUN.test(right)) return { entity: resolvePronoun(ctx, q.open), rule: 'quotes.speaker:pronoun-after' };
  const verbAfter = AFTER_VERB.exec(right);
  const rightIsAccording = !!verbAfter && /^according/.test(verbAfter[1]!);
  if (verbAfter && !rightIsAccording) {
    const afterVerb = q.close + verbAfter[0].length;
    if (STATEMENT.test(text.slice(afterVerb, afterVerb + 40))) return { entity: statementAuthor(ctx, q.open), rule: 'quotes.speaker:statement' };
    const named = firstSpeaker(mentionsBetween(ctx, afterVerb, rightEnd), ctx);
    if (named !== null) return { entity: named, rule: 'quotes.speaker:verb-name-after' };
  }
  if (!verbAfter) {
    const nameVerb = AFTER_NAME_VERB.exec(right);
    if (nameVerb) {
      const verbStart = q.close + nameVerb[1]!.length;
      const near = mentionsBetween(ctx, q.close, verbStart).filter(
        (m) => (m.start - q.close <= NAME_REACH || /^[\s,]*(?:an?|the)\s/i.test(text.slice(q.close, m.start))) && verbStart - m.end <= NAME_TO_VERB,
      );
      const named = firstSpeaker(near, ctx);
      if (named !== null) return { entity: named, rule: 'quotes.speaker:name-verb-after' };
    }
  }

  return null;
}
