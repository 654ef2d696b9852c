import type { Sentence } from '../../model/doc.js';
import type { Candidate } from './candidate.js';
import type { Gazetteer, GazetteerMatch } from './gazetteer.js';
import { phraseKey } from './phrase-key.js';
import { REGION_ADJECTIVE_PREFIXES, US_STATES_NAMED_LIKE_STATES } from './lexicon/places.js';
import { compromiseWords } from './lexicon/compromise-words.js';
import { NAME_CONNECTORS, NAME_PARTICLES } from './lexicon/name-particles.js';
import { DOCUMENT_HEADS, NON_ORG_ACRONYMS, WIRE_AGENCIES } from './lexicon/non-names.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { STATE_NAMED_HEADS, WEAK_ORG_HEADS } from './lexicon/org-heads.js';
import { isDocumentName, isFacilityName, isOrgName, isPlaceName } from './org-names.js';
import { appositionAfter, contextBefore, countryAfter, countryBefore, honorificEnd, titlePrefixEnd } from './person-context.js';
import { PORTFOLIOS } from './lexicon/roles.js';
import { exactRole, isPluralTitle, roleAt, startsWithRoleWord, type RolePhrase } from './role-phrases.js';
import { descriptorBefore } from './org-descriptors.js';
import { nonPersonReading } from './non-person-context.js';
import { pairStatesWithPeople, shareCoordinatedTitles } from './paired-lists.js';
import type { Token } from './tokens.js';

const PORTFOLIO_SET: ReadonlySet<string> = new Set(PORTFOLIOS);
const US_STATES_SET = new Set(US_STATES_NAMED_LIKE_STATES.map((name) => name.toLowerCase()));
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':']);
/** "African", "Asian", "Caribbean", "Atlantic": endings of regions' adjectives, not of names ("Waziristan"). */
const REGION_ADJECTIVE_ENDING = /(?:ian|ean|can|ese|ic)$/;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from']);
/** Person rules that read the name alone, which the words around it may overrule. */
export const WEAK_PERSON_RULES: ReadonlySet<string> = new Set(['entities.person:given-name', 'entities.person:surname', 'entities.person:capitalized-name']);

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
    if (isSurnameAfterGivenName(tokens, from, match) || isNamedAfterState(tokens, from, match)) continue;
    if (isRegionAdjective(tokens, from, match)) {
      // Neither the region word nor the adjective is a name of its own.
      for (let k = match.from - 1; k < match.to; k++) taken[k] = true;
      i = match.to - 1;
      continue;
    }
    candidates.push(fromGazetteer(match, sentence.index));
    for (let k = match.from; k < match.to; k++) taken[k] = true;
    i = match.to - 1;
  }
  const runs = findNameRuns(tokens, from, to, taken);
  // Most sentences name nothing: skip the lookups built for classifying runs.
  if (candidates.length === 0 && runs.length === 0) return candidates;
  readStatesInUsLists(tokens, candidates);
  const byEnd = new Map(candidates.map((c) => [c.to, c]));
  const byStart = new Map(candidates.map((c) => [c.from, c]));
  const absorbed = new Set<Candidate>();
  // One scope for every run of the sentence: its maps grow as runs are classified.
  const scope: RunScope = { tokens, sentence: sentence.index, sentenceFrom: from, sentenceTo: to, byEnd, byStart, absorbed };
  for (const run of runs) {
    for (const c of classifyRun(scope, trimRun(tokens, from, run))) {
      candidates.push(c);
      byEnd.set(c.to, c);
    }
  }
  const kept = absorbed.size === 0 ? candidates : candidates.filter((c) => !absorbed.has(c));
  // The gazetteer's names, then the runs', each in text order: often already sorted as a whole.
  if (!inTextOrder(kept)) kept.sort((a, b) => a.from - b.from);
  pairStatesWithPeople(tokens, kept);
  shareCoordinatedTitles(tokens, kept);
  return kept;
}

function inTextOrder(candidates: readonly Candidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (candidates[k - 1]!.from > candidates[k]!.from) return false;
  return true;
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
    countryFrom: null,
  };
}

const US_STATE_RULE = 'entities.gazetteer:us-state';

/**
 * "Alabama, Florida, Georgia, Kansas": a name shared by a state and a US state ("Georgia") is
 * the US state when a neighbour in its list is one.
 */
function readStatesInUsLists(tokens: readonly Token[], candidates: Candidate[]): void {
  candidates.forEach((c, k) => {
    if (c.entry?.type !== 'COUNTRY' || !US_STATES_SET.has(phraseKey(tokens, c.from, c.to))) return;
    const listed = (other: Candidate | undefined, gapFrom: number, gapTo: number) =>
      other?.rule === US_STATE_RULE && [',', 'and', ', and'].includes(phraseKey(tokens, gapFrom, gapTo));
    const before = candidates[k - 1];
    const after = candidates[k + 1];
    if ((before && listed(before, before.to, c.from)) || (after && listed(after, c.to, after.from))) {
      const name = tokens.slice(c.from, c.to).map((t) => t.text).join(' ');
      c.entry = { id: `PLACE:${name.toLowerCase()}`, type: 'PLACE', name, country: 'USA', party: null, rule: US_STATE_RULE, adjective: false };
      c.type = 'PLACE';
      c.country = 'USA';
      c.rule = US_STATE_RULE;
    }
  });
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

/** "Nikki Holland", "Michael Jordan": a one-word state or place right after a given name is a surname. */
function isSurnameAfterGivenName(tokens: readonly Token[], sentenceFrom: number, match: GazetteerMatch): boolean {
  if (match.to - match.from !== 1 || match.entry.adjective || match.entry.type === 'ORG' || match.from === sentenceFrom) return false;
  // "John R. Bolton": a middle initial may stand between.
  const initial = match.from - 3 >= sentenceFrom && tokens[match.from - 1]!.text === '.' && tokens[match.from - 2]!.text.length === 1 && tokens[match.from - 2]!.cap;
  const given = tokens[initial ? match.from - 3 : match.from - 1]!;
  if (!given.cap || given.allCaps || (!initial && given.end !== tokens[match.from]!.start - 1)) return false;
  const words = compromiseWords();
  if (!words.firstNames.has(given.lower)) return false;
  return !(startsSentence(tokens, sentenceFrom, initial ? match.from - 3 : match.from - 1) && words.commonWords.has(given.lower));
}

/** "South American", "West African": a state's adjective after a compass word names a region. */
function isRegionAdjective(tokens: readonly Token[], sentenceFrom: number, match: GazetteerMatch): boolean {
  if (match.entry.type !== 'COUNTRY' || !match.entry.adjective || match.from === sentenceFrom) return false;
  const before = tokens[match.from - 1]!;
  return before.cap && REGION_ADJECTIVE_PREFIXES.has(before.lower);
}

/** "Air Canada", "Air India": an organization head word glued before a state's name makes one name. */
function isNamedAfterState(tokens: readonly Token[], sentenceFrom: number, match: GazetteerMatch): boolean {
  if (match.entry.type !== 'COUNTRY' || match.entry.adjective || match.from === sentenceFrom) return false;
  const head = tokens[match.from - 1]!;
  return head.cap && STATE_NAMED_HEADS.has(head.lower) && !tokens[match.from - 2]?.cap;
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
  return { from, to, sentence, type, rule, entry: null, country: null, role: null, counterpart: false, name: null, countryFrom: null };
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
  // "Greek daily Kathimerini", "German firms including Deutsche Bahn": a descriptor names an organization.
  if (!startsWithRoleWord(tokens, run.from, run.to) && !compromiseWords().firstNames.has(tokens[run.from]!.lower) && descriptorBefore(tokens, scope.sentenceFrom, run.from, scope.byEnd)) {
    const org = orgCandidate(scope, run);
    org.rule = 'entities.org:descriptor';
    return [org];
  }
  // "Amazon Environmental Research Institute Director Ane Alencar": an organization, then a titled name.
  for (let k = run.from + 1; k < run.to - 1; k++) {
    if (!tokens[k]!.cap) continue;
    const office = roleAt(tokens, k, run.to);
    // "Apple CEO Steve Jobs": whatever names the office's holder body comes before the title.
    if (office && office.to < run.to && (isOrgName(tokens, run.from, k) || isHolderOfTitle(tokens, run.from, k))) {
      const org = orgCandidate(scope, { from: run.from, to: k });
      const people = splitPieces(scope, { from: office.to, to: run.to }, { ...office, from: k });
      for (const p of people) if (p.type === 'PERSON' && !p.country) p.countryFrom = org;
      return [org, ...people];
    }
  }
  if (isOrgName(tokens, run.from, run.to) || isWeakHeadAfterPlace(scope, run)) {
    // "American Airlines and JetBlue": an organization, then another name.
    for (let k = run.from + 1; k < run.to - 1; k++) {
      if (tokens[k]!.lower !== 'and' || !isOrgName(tokens, k - 1, k)) continue;
      if (!isOrgName(tokens, k + 1, run.to)) return [orgCandidate(scope, { from: run.from, to: k }), ...splitPieces(scope, { from: k + 1, to: run.to }, null)];
      // "Daily Telegraph and Business Insider": two names, each ending in its own head word.
      const second = tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
      if (k - run.from >= 2 && run.to - second >= 2 && tokens[second]!.cap && isOrgName(tokens, run.to - 1, run.to)) {
        return [orgCandidate(scope, { from: run.from, to: k }), orgCandidate(scope, { from: second, to: run.to })];
      }
    }
    // "Bank of America": a lone head word names a body only with its state or another name.
    const ofState = tokens[run.to]?.lower === 'of' && scope.byStart.get(run.to + 1)?.entry?.type === 'COUNTRY';
    // "Cyprus Mail", "Jerusalem Post": a weak head right after a place's name.
    const placed = scope.byEnd.get(run.from)?.entry;
    if (run.to - run.from === 1 && placed && !placed.adjective && (placed.type === 'PLACE' || placed.type === 'COUNTRY')) return [orgCandidate(scope, run)];
    if (run.to - run.from === 1 && !ofState && !scope.byEnd.get(run.from)?.entry && !countryBefore(scope.byEnd, tokens, run.from)) return [];
    return [orgCandidate(scope, run)];
  }
  if (isPlaceName(tokens, run.from, run.to)) return [candidate(run.from, run.to, scope.sentence, 'PLACE', 'entities.place:head-word')];
  return splitPieces(scope, run, null);
}

function isWeakHeadAfterPlace(scope: RunScope, run: NameRun): boolean {
  const placed = scope.byEnd.get(run.from)?.entry;
  return run.to - run.from === 1 && WEAK_ORG_HEADS.has(scope.tokens[run.from]!.lower) && !!placed && !placed.adjective && placed.type !== 'ORG';
}

/** One or two capitalized words before a title that are not themselves a title or a known given name. */
function isHolderOfTitle(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 2 || startsWithRoleWord(tokens, from, to)) return false;
  return !compromiseWords().firstNames.has(tokens[from]!.lower);
}

/** Splits a run at connectors ("Laftit and Retailleau") and classifies each piece. */
function splitPieces(scope: RunScope, run: NameRun, title: RolePhrase | null): Candidate[] {
  const { tokens } = scope;
  const out: Candidate[] = [];
  let pieceFrom = run.from;
  for (let i = run.from; i <= run.to; i++) {
    // "... and the Minister of Justice Gérald Darmanin": a piece's own title keeps its "of".
    if (i === pieceFrom && i > run.from && i < run.to) {
      const office = roleAt(tokens, i, run.to);
      if (office && office.to < run.to) i = office.to;
    }
    const t = tokens[i];
    const boundary = i === run.to || (t!.word && !t!.cap && NAME_CONNECTORS.has(t!.lower) && !NAME_PARTICLES.has(t!.lower));
    if (!boundary) continue;
    if (pieceFrom < i) {
      // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a plural title covers every piece.
      const c = classifyPiece(scope, pieceFrom, i, pieceFrom === run.from || (title && isPluralTitle(tokens, title)) ? title : null);
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
  // "Ford" + "Motor Company", "General Motors" + "Corporation": a known name the run continues.
  const continues = before?.entry?.type === 'ORG' && !tokens[before.to - 1]!.allCaps && tokens[run.from]!.start === tokens[before.to - 1]!.end + 1;
  if (before?.entry && (before.entry.type === 'COUNTRY' || before.entry.type === 'PLACE' || continues)) {
    country = before.entry.country;
    from = before.from;
    scope.absorbed.add(before);
  } else {
    country = countryBefore(byEnd, tokens, run.from) ?? descriptorBefore(tokens, scope.sentenceFrom, run.from, byEnd)?.country ?? null;
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
  if (!first.allCaps && (rule === null || WEAK_PERSON_RULES.has(rule))) {
    const reading = nonPersonReading(tokens, nameFrom, to, sentenceTo, rule === null && length >= 2);
    if (reading === 'PLACE') return candidate(nameFrom, to, sentence, 'PLACE', 'entities.place:context');
    if (reading === 'FACILITY') return { ...candidate(nameFrom, to, sentence, null, 'entities.facility:context'), notEntity: true };
  }
  if (rule && !acronym) {
    const c = candidate(nameFrom, to, sentence, 'PERSON', rule);
    c.role = context.role ?? apposition?.role ?? null;
    c.country = context.country ?? apposition?.country ?? countryAfter(tokens, to, byStart);
    c.counterpart = context.counterpart && !context.role;
    if (!c.country) c.countryFrom = context.owner;
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
  // "RAF Croughton", "BBC Arabic": a name led by an acronym is a body's or a site's, not a person's.
  if (first.allCaps) return null;
  // "committees on Foreign Affairs": a portfolio names a field, not a person.
  if (PORTFOLIO_SET.has(text) || isPortfolioWords(tokens, nameFrom, to)) return null;
  // "West African", "North Waziristan": a compass word leads a region's adjective or a region's name.
  if (length === 2 && REGION_ADJECTIVE_PREFIXES.has(first.lower)) {
    return REGION_ADJECTIVE_ENDING.test(tokens[to - 1]!.lower) ? null : candidate(nameFrom, to, sentence, 'PLACE', 'entities.place:compass-name');
  }
  const c = candidate(nameFrom, to, sentence, 'PERSON', 'entities.person:capitalized-name');
  c.country = countryAfter(tokens, to, byStart);
  return c;
}

function isPortfolioWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!PORTFOLIO_SET.has(tokens[i]!.lower)) return false;
  return true;
}

/** The tokens' lower-case text joined by single spaces, built without the arrays of slice/map/join. */
function phrase(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += i > from ? ` ${tokens[i]!.lower}` : tokens[i]!.lower;
  return text;
}
