import type { Doc } from '../../model/doc.js';
import type { Entity, Mention } from '../../model/facts.js';
import type { Span } from './clauses.js';
import { COMMERCIAL_HEADS, LIST_GLUE_WORDS, LOCATIVE_BEFORE, NOT_A_SIDE_AFTER, ORG_LOCATIVE_BEFORE, PAIR_PHRASES, PLACE_LOCATIVE_BEFORE, TARGET_AFTER_LEGAL } from './cues.js';
import { endsWith, startsWith, words } from './patterns.js';

const ALPHA3 = /^[A-Z]{3}$/;

/** The code an entity takes as a party: its `party`, or the state of a country or person. */
export function partyCode(entity: Entity | undefined): string | null {
  if (!entity) return null;
  if (entity.party) return entity.party;
  if (entity.type === 'COUNTRY' || entity.type === 'PERSON') return entity.country;
  return null;
}

/** An intergovernmental body (a party that is not a state code and belongs to no state). */
export function isIntergovernmental(entity: Entity | undefined): boolean {
  return !!entity && entity.type === 'ORG' && entity.country === null && !!entity.party && !ALPHA3.test(entity.party);
}

/** Mentions sorted by start, for range look-ups. */
export function sortedMentions(doc: Doc): Mention[] {
  return [...doc.mentions].sort((a, b) => a.start - b.start);
}

export function mentionsIn(mentions: readonly Mention[], span: Span): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < span.end; i++) {
    if (mentions[i]!.end <= span.end) out.push(mentions[i]!);
  }
  return out;
}

const COMMERCIAL_AFTER = new RegExp(`^(?:\\s+[\\p{Ll}][\\w-]*){0,2}\\s+${COMMERCIAL_HEADS}(?![\\w-])`, 'u');

/** Whether a mention names a side of an arrangement, not a venue, a target or a company's nationality. */
export function actsAsParty(doc: Doc, mention: Mention, entity: Entity): boolean {
  const before = doc.text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = doc.text.slice(mention.end, mention.end + 40);
  if (entity.type === 'PLACE' && endsWith(`${PLACE_LOCATIVE_BEFORE}(?:\\s+the)?(?:\\s+city\\s+of)?`).test(before)) return false;
  if (entity.type === 'COUNTRY' && endsWith(`${LOCATIVE_BEFORE}(?:\\s+the)?`).test(before)) return false;
  if (entity.type === 'ORG' && endsWith(`${ORG_LOCATIVE_BEFORE}\\s+the`).test(before)) return false;
  if (startsWith(NOT_A_SIDE_AFTER).test(after)) return false;
  if (/^['’]s\s+(?:capital|city|region|province|territory)\b/.test(after)) return false;
  if (/\bcapital\s+of\s*$/i.test(before)) return false;
  // "South American" names a continent's people, not the United States.
  if (/\b(?:South|North|Latin|Central)\s*$/.test(before)) return false;
  if (COMMERCIAL_AFTER.test(after)) return false;
  return true;
}

export interface PartyContext {
  doc: Doc;
  mentions: readonly Mention[];
  /** The two states an article is about, when it is clearly about two; null otherwise. */
  pair: readonly [string, string] | null;
  /** States by number of mentions in the whole article, most mentioned first. */
  salient: readonly string[];
}

export function partyContext(doc: Doc): PartyContext {
  const mentions = sortedMentions(doc);
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    const code = partyCode(doc.entities[m.entity]);
    if (!code || !ALPHA3.test(code)) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    total++;
  }
  const salient = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const [first, second] = salient;
  let pair: readonly [string, string] | null = null;
  if (first && second) {
    const a = counts.get(first)!;
    const b = counts.get(second)!;
    // A story about two states names each of them often, and names them more than all others together.
    if (b >= 3 && a + b >= total * 0.5) pair = [first, second];
  }
  return { doc, mentions, pair, salient };
}

/** Party codes named in a span, in order of first mention, leaving out `exclude` (the trigger's own words). */
export function partiesIn(ctx: PartyContext, span: Span, exclude?: Span, targetFrom?: number, named = false): string[] {
  const out: string[] = [];
  for (const m of mentionsIn(ctx.mentions, span)) {
    if (targetFrom !== undefined && m.start >= targetFrom) continue;
    const entity = ctx.doc.entities[m.entity];
    // A name inside the phrase names the instrument ("the AfCFTA agreement"), not a side of it.
    if (exclude && m.start < exclude.end && m.end > exclude.start && (named || entity?.type === 'ORG')) continue;
    const code = partyCode(entity);
    if (!code || !entity || !actsAsParty(ctx.doc, m, entity)) continue;
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** Whether every party is a single intergovernmental body acting for its members. */
export function isBodyForMembers(ctx: PartyContext, span: Span, code: string): boolean {
  for (const m of mentionsIn(ctx.mentions, span)) {
    const entity = ctx.doc.entities[m.entity];
    if (partyCode(entity) === code && isIntergovernmental(entity)) return true;
  }
  return false;
}

const BETWEEN_LEAD = /^[\s”"’]*(?:signed\s+|concluded\s+|reached\s+)?(?:between|among)\s+/i;
// Words that may stand between the names of a "between A and B" list ("his French counterpart").
const LIST_GLUE = new Set(LIST_GLUE_WORDS.split('|').flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -2) + 's'] : [w])));

function onlyListWords(gap: string): boolean {
  for (const token of gap.split(/[\s,]+/)) {
    if (token === '' || /^\p{Lu}/u.test(token) || LIST_GLUE.has(token)) continue;
    return false;
  }
  return true;
}
const FIRST_NAME_REACH = 40;

/**
 * The parties of an explicit "between A and B" (or "among A, B and C") list right after the
 * phrase: the names read while only list words stand between them; null without such a list.
 */
export function betweenParties(ctx: PartyContext, triggerEnd: number, clauseEnd: number): string[] | null {
  const text = ctx.doc.text;
  const lead = BETWEEN_LEAD.exec(text.slice(triggerEnd, clauseEnd));
  if (!lead) return null;
  const from = triggerEnd + lead[0].length;
  const out: string[] = [];
  let last = from;
  for (const m of mentionsIn(ctx.mentions, { start: from, end: clauseEnd })) {
    const gap = text.slice(last, m.start);
    if (last === from ? gap.length > FIRST_NAME_REACH : !onlyListWords(gap)) break;
    last = m.end;
    const entity = ctx.doc.entities[m.entity];
    const code = partyCode(entity);
    if (code && entity && actsAsParty(ctx.doc, m, entity) && !out.includes(code)) out.push(code);
  }
  return out;
}

/** Where the target of a judicial step starts ("a red notice for X"), or undefined. */
export function legalTargetStart(text: string, triggerEnd: number): number | undefined {
  const m = startsWith(TARGET_AFTER_LEGAL).exec(text.slice(triggerEnd, triggerEnd + 12));
  return m ? triggerEnd : undefined;
}

export function mentionsPair(text: string): boolean {
  return words(PAIR_PHRASES).test(text);
}

const PRONOUN_SUBJECT = /^\s*(?:\p{Lu}[\p{L}]*\s+)?(?:he|she)\b/iu;
// How many sentences back "he" or "she" may look for the person it stands for.
const PRONOUN_REACH = 4;

/** The state of the person "he" or "she" opening a span stands for: the subject of a recent sentence. */
export function pronounParty(ctx: PartyContext, span: Span, sentenceIndex: number): string | null {
  if (!PRONOUN_SUBJECT.test(ctx.doc.text.slice(span.start, span.start + 30))) return null;
  for (let i = sentenceIndex - 1; i >= 0 && i >= sentenceIndex - PRONOUN_REACH; i--) {
    const s = ctx.doc.sentences[i]!;
    for (const m of mentionsIn(ctx.mentions, { start: s.start, end: s.end })) {
      const entity = ctx.doc.entities[m.entity];
      if (entity?.type === 'PERSON') return partyCode(entity);
    }
  }
  return null;
}
