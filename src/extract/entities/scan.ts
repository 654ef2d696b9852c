import type { Sentence } from '../../model/doc.js';
import type { Candidate } from './candidate.js';
import type { Gazetteer, GazetteerMatch } from './gazetteer.js';
import { compromiseWords } from './lexicon/compromise-words.js';
import { NAME_CONNECTORS, NAME_PARTICLES } from './lexicon/name-particles.js';
import { DOCUMENT_HEADS, NON_ORG_ACRONYMS, WIRE_AGENCIES } from './lexicon/non-names.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { isDocumentName, isFacilityName, isOrgName, isPlaceName } from './org-names.js';
import { appositionAfter, contextBefore, countryAfter, countryBefore, honorificEnd, titlePrefixEnd } from './person-context.js';
import { exactRole, roleAt, startsWithRoleWord, type RolePhrase } from './role-phrases.js';
import type { Token } from './tokens.js';

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from']);

/** Scans one sentence's tokens [from, to) and returns its candidates in text order. */
export function scanSentence(
  tokens: readonly Token[],
  sentence: Sentence,
  from: number,
  to: number,
  gazetteer: Gazetteer,
  taken: boolean[],
): Candidate[] {
  markBylines(tokens, from, to, taken);
  const candidates: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (taken[i] || !tokens[i]!.word) continue;
    const match = gazetteer.matchAt(tokens, i, to);
    if (!match || (match.entry.type !== 'COUNTRY' && startsSentence(tokens, from, match.from) && isCommonWord(tokens, match))) continue;
    // "Paris Agreement", "Geneva Convention": a document named after a place.
    const next = tokens[match.to];
    if (match.entry.type === 'PLACE' && next?.cap && DOCUMENT_HEADS.has(next.lower)) continue;
    candidates.push(fromGazetteer(match, sentence.index));
    for (let k = match.from; k < match.to; k++) taken[k] = true;
    i = match.to - 1;
  }
  const byEnd = new Map(candidates.map((c) => [c.to, c]));
  const byStart = new Map(candidates.map((c) => [c.from, c]));
  const absorbed = new Set<Candidate>();
  for (const run of findNameRuns(tokens, from, to, taken)) {
    const scope: RunScope = { tokens, sentence: sentence.index, sentenceFrom: from, sentenceTo: to, byEnd, byStart, absorbed };
    for (const c of classifyRun(scope, trimRun(tokens, from, run))) {
      candidates.push(c);
      byEnd.set(c.to, c);
    }
  }
  return candidates.filter((c) => !absorbed.has(c)).sort((a, b) => a.from - b.from);
}

function fromGazetteer(match: GazetteerMatch, sentence: number): Candidate {
  return {
    from: match.from,
    to: match.to,
    sentence,
    type: match.entry.type,
    rule: match.entry.rule,
    entry: match.entry,
    country: match.entry.country,
    role: null,
    counterpart: false,
    name: null,
  };
}

/** "RABAT (Reuters) -" and "(AFP)": credits, not mentions. */
function markBylines(tokens: readonly Token[], from: number, to: number, taken: boolean[]): void {
  for (let i = from + 1; i + 1 < to; i++) {
    if (tokens[i - 1]!.text === '(' && WIRE_AGENCIES.has(tokens[i]!.lower) && tokens[i + 1]!.text === ')') {
      taken[i] = true;
      // The dateline before the credit is upper-case place names.
      for (let k = i - 2; k >= from && (tokens[k]!.allCaps || tokens[k]!.text === ','); k--) taken[k] = true;
    }
  }
}

function startsSentence(tokens: readonly Token[], sentenceFrom: number, at: number): boolean {
  if (at === sentenceFrom) return true;
  const previous = tokens[at - 1]!;
  return OPENERS.has(previous.text) && (at - 1 === sentenceFrom || previous.text === '“' || previous.text === '"');
}

function isCommonWord(tokens: readonly Token[], match: { from: number; to: number }): boolean {
  return match.to - match.from === 1 && compromiseWords().commonWords.has(tokens[match.from]!.lower);
}

/** Drops a sentence-initial ordinary word ("Speaking", "Officials") from the front of a run. */
function trimRun(tokens: readonly Token[], sentenceFrom: number, run: NameRun): NameRun {
  const first = tokens[run.from]!;
  const words = compromiseWords();
  if (
    startsSentence(tokens, sentenceFrom, run.from) &&
    words.commonWords.has(first.lower) &&
    !words.firstNames.has(first.lower) &&
    !startsWithRoleWord(tokens, run.from, run.to)
  ) {
    let next = run.from + 1;
    while (next < run.to && !tokens[next]!.cap) next++;
    return { from: next, to: run.to };
  }
  return run;
}

function candidate(from: number, to: number, sentence: number, type: Candidate['type'], rule: string): Candidate {
  return { from, to, sentence, type, rule, entry: null, country: null, role: null, counterpart: false, name: null };
}

/** What a run's classification needs to see of its sentence. */
interface RunScope {
  tokens: readonly Token[];
  sentence: number;
  sentenceFrom: number;
  sentenceTo: number;
  byEnd: ReadonlyMap<number, Candidate>;
  byStart: ReadonlyMap<number, Candidate>;
  /** Gazetteer candidates that became part of an organization's name. */
  absorbed: Set<Candidate>;
}

function classifyRun(scope: RunScope, run: NameRun): Candidate[] {
  const { tokens } = scope;
  if (run.from >= run.to) return [];
  if (isDocumentName(tokens, run.from, run.to) || isFacilityName(tokens, run.from, run.to)) return [];
  // "Interior Minister" alone names an office, not a person.
  if (exactRole(tokens, run.from, run.to)) return [];
  const title = titlePrefixEnd(tokens, run.from, run.to);
  if (title) return splitPieces(scope, { from: title.to, to: run.to }, title);
  // "Amazon Environmental Research Institute Director Ane Alencar": an organization, then a titled name.
  for (let k = run.from + 1; k < run.to - 1; k++) {
    if (!tokens[k]!.cap) continue;
    const office = roleAt(tokens, k, run.to);
    if (office && office.to < run.to && isOrgName(tokens, run.from, k)) {
      return [orgCandidate(scope, { from: run.from, to: k }), ...splitPieces(scope, { from: office.to, to: run.to }, { ...office, from: k })];
    }
  }
  if (isOrgName(tokens, run.from, run.to)) {
    // "American Airlines and JetBlue": an organization, then another name.
    for (let k = run.from + 1; k < run.to - 1; k++) {
      if (tokens[k]!.lower === 'and' && isOrgName(tokens, k - 1, k) && !isOrgName(tokens, k + 1, run.to)) {
        return [orgCandidate(scope, { from: run.from, to: k }), ...splitPieces(scope, { from: k + 1, to: run.to }, null)];
      }
    }
    if (run.to - run.from === 1 && !scope.byEnd.get(run.from)?.entry && !countryBefore(scope.byEnd, tokens, run.from)) return [];
    return [orgCandidate(scope, run)];
  }
  if (isPlaceName(tokens, run.from, run.to)) return [candidate(run.from, run.to, scope.sentence, 'PLACE', 'entities.place:head-word')];
  return splitPieces(scope, run, null);
}

/** Splits a run at connectors ("Laftit and Retailleau") and classifies each piece. */
function splitPieces(scope: RunScope, run: NameRun, title: RolePhrase | null): Candidate[] {
  const { tokens } = scope;
  const out: Candidate[] = [];
  let pieceFrom = run.from;
  for (let i = run.from; i <= run.to; i++) {
    const t = tokens[i];
    const boundary = i === run.to || (t!.word && !t!.cap && NAME_CONNECTORS.has(t!.lower) && !NAME_PARTICLES.has(t!.lower));
    if (!boundary) continue;
    if (pieceFrom < i) {
      const c = classifyPiece(scope, pieceFrom, i, pieceFrom === run.from ? title : null);
      if (c) out.push(c);
    }
    pieceFrom = i + 1;
  }
  return out;
}

/** An organization's name, extended over a state or place before it or "of <state>" after it. */
function orgCandidate(scope: RunScope, run: NameRun): Candidate {
  const { tokens, byEnd, byStart } = scope;
  let from = run.from;
  let to = run.to;
  let country: string | null = null;
  const before = byEnd.get(run.from);
  if (before?.entry && (before.entry.type === 'COUNTRY' || before.entry.type === 'PLACE')) {
    country = before.entry.country;
    from = before.from;
    scope.absorbed.add(before);
  } else {
    country = countryBefore(byEnd, tokens, run.from);
  }
  if (tokens[to]?.lower === 'of') {
    const after = byStart.get(to + 1);
    if (after?.entry?.type === 'COUNTRY') {
      country ??= after.entry.country;
      to = after.to;
      scope.absorbed.add(after);
    }
  }
  const c = candidate(from, to, scope.sentence, 'ORG', 'entities.org:head-word');
  c.country = country;
  return c;
}

function classifyPiece(scope: RunScope, from: number, to: number, runTitle: RolePhrase | null): Candidate | null {
  const { tokens, sentence, sentenceFrom, sentenceTo, byEnd, byStart } = scope;
  const title = runTitle ?? titlePrefixEnd(tokens, from, to);
  const cueFrom = runTitle ? runTitle.from : from;
  const nameFrom = honorificEnd(tokens, title && !runTitle ? title.to : from, to);
  if (nameFrom >= to) return null;
  const context = contextBefore(tokens, sentenceFrom, nameFrom, cueFrom, title, byEnd);
  const first = tokens[nameFrom]!;
  const length = to - nameFrom;
  const acronym = length === 1 && first.allCaps;
  const apposition = acronym ? null : appositionAfter(tokens, to, sentenceTo, byStart);
  const words = compromiseWords();
  const text = phrase(tokens, nameFrom, to);
  let rule: string | null = null;
  if (title) rule = 'entities.person:title-premodifier';
  else if (context.counterpart) rule = 'entities.person:counterpart';
  else if (context.role) rule = 'entities.person:role-premodifier';
  else if (apposition) rule = 'entities.person:apposition';
  else if (context.cued) rule = 'entities.person:cue';
  else if (words.people.has(text)) rule = 'entities.person:known-person';
  else if (length >= 2 && words.firstNames.has(first.lower)) rule = 'entities.person:given-name';
  else if (length >= 2 && words.lastNames.has(tokens[to - 1]!.lower)) rule = 'entities.person:surname';
  if (rule && !acronym) {
    const c = candidate(nameFrom, to, sentence, 'PERSON', rule);
    c.role = context.role ?? apposition?.role ?? null;
    c.country = context.country ?? apposition?.country ?? countryAfter(tokens, to, byStart);
    c.counterpart = context.counterpart && !context.role;
    return c;
  }
  if (acronym) {
    if (NON_ORG_ACRONYMS.has(first.text) || !/^\p{Lu}+$/u.test(first.text) || first.text.length > 6) return null;
    return candidate(nameFrom, to, sentence, 'ORG', 'entities.org:acronym');
  }
  if (length === 1) {
    const previous = tokens[nameFrom - 1];
    if (previous && PLACE_PREPOSITIONS.has(previous.lower)) return candidate(nameFrom, to, sentence, 'PLACE', 'entities.place:preposition');
    return candidate(nameFrom, to, sentence, null, 'entities.coref:single-word');
  }
  if (startsSentence(tokens, sentenceFrom, nameFrom) && words.commonWords.has(first.lower)) return null;
  const c = candidate(nameFrom, to, sentence, 'PERSON', 'entities.person:capitalized-name');
  c.country = countryAfter(tokens, to, byStart);
  return c;
}

function phrase(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
}
