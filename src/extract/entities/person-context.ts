import type { Candidate } from './candidate.js';
import { COUNTERPART_WORDS, HONORIFICS, LEADING_ROLE_MODIFIERS, NATIONALITY_NOUNS } from './lexicon/roles.js';
import { exactRole, roleAt, type RolePhrase } from './role-phrases.js';
import type { Token } from './tokens.js';

const COUNTERPARTS = new Set(COUNTERPART_WORDS);
const HONORIFIC_WORDS = new Set(HONORIFICS);
const NATIONALITY = new Set(NATIONALITY_NOUNS);
const LEADING_MODIFIERS = new Set(LEADING_ROLE_MODIFIERS);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const APOSTROPHES = new Set(["'", '’']);
const MAX_ROLE_TOKENS = 8;

/** What the words around a name say about the person. */
export interface PersonContext {
  role: string | null;
  country: string | null;
  counterpart: boolean;
  /** Some cue (office, honorific, nationality) says a person is named. */
  cued: boolean;
  /** First token of the cue, so that the caller knows what the context covers. */
  cueFrom: number;
  /** Candidate whose entity's state the person shares (see Candidate.countryFrom). */
  owner: Candidate | null;
}

/** A role written in the capitalized run before the name ("Interior Minister Bruno Retailleau"): its end. */
export function titlePrefixEnd(tokens: readonly Token[], from: number, to: number): RolePhrase | null {
  for (let k = to - 1; k > from; k--) {
    const phrase = exactRole(tokens, from, k);
    if (phrase) return phrase;
  }
  return null;
}

export function honorificEnd(tokens: readonly Token[], from: number, to: number): number {
  const t = tokens[from];
  if (!t || !HONORIFIC_WORDS.has(t.lower) || from + 1 >= to) return from;
  return tokens[from + 1]!.text === '.' ? from + 2 : from + 1;
}

/** A lower-case role right before `at` ("Greek prime minister Kyriakos Mitsotakis"). */
export function roleBefore(tokens: readonly Token[], sentenceFrom: number, at: number): RolePhrase | null {
  let best: RolePhrase | null = null;
  for (let k = at - 1; k >= Math.max(sentenceFrom, at - MAX_ROLE_TOKENS); k--) {
    if (!tokens[k]!.word) break;
    const phrase = exactRole(tokens, k, at);
    if (phrase) best = phrase;
  }
  return best;
}

/** The state named right before `at`: "French ...", "Pakistan's ...", "US ...". */
export function countryBefore(candidatesByEnd: ReadonlyMap<number, Candidate>, tokens: readonly Token[], at: number): string | null {
  const direct = candidatesByEnd.get(at);
  if (direct && direct.entry?.type === 'COUNTRY') return direct.entry.country;
  if (at >= 2 && APOSTROPHES.has(tokens[at - 2]!.text) && tokens[at - 1]!.lower === 's') {
    const owner = candidatesByEnd.get(at - 2);
    if (owner && owner.entry?.type === 'COUNTRY') return owner.entry.country;
  }
  return null;
}

/**
 * Reads the cues before a name that starts at `nameFrom` (after any title in its own run, which
 * the caller passes as `title`): office, state, "counterpart", nationality noun, and the owner
 * of the office ("Merkel's spokesperson", "FBI agent", "the prosecutor general of Tehran,").
 */
export function contextBefore(
  tokens: readonly Token[],
  sentenceFrom: number,
  nameFrom: number,
  cueFrom: number,
  title: RolePhrase | null,
  candidatesByEnd: ReadonlyMap<number, Candidate>,
): PersonContext {
  let role = title?.role ?? null;
  let at = cueFrom;
  let cued = title !== null || cueFrom < nameFrom;
  let counterpart = false;
  let owner: Candidate | null = null;
  if (!title) {
    // "The Italian foreign minister, Luigi Di Maio": the office before a comma.
    const comma = tokens[at - 1]?.text === ',' ? roleBefore(tokens, sentenceFrom, at - 1) : null;
    const lower = roleBefore(tokens, sentenceFrom, at) ?? comma;
    const ofPlace = lower ? null : officeOfPlaceBefore(tokens, sentenceFrom, at, candidatesByEnd);
    if (lower) {
      role = lower.role;
      at = lower.from;
      cued = true;
    } else if (ofPlace) {
      role = ofPlace.office.role;
      owner = ofPlace.owner;
      at = ofPlace.office.from;
      cued = true;
    } else {
      const previous = tokens[at - 1];
      if (previous && COUNTERPARTS.has(previous.lower)) {
        counterpart = true;
        cued = true;
        at -= 1;
      } else if (previous && NATIONALITY.has(previous.lower) && countryBefore(candidatesByEnd, tokens, at - 1)) {
        cued = true;
        at -= 1;
      }
    }
  }
  // "Retired FBI agent and terrorism specialist Ali Soufan": offices joined by "and".
  if (role) at = coordinatedOfficesStart(tokens, sentenceFrom, at);
  const state = stateBefore(candidatesByEnd, tokens, at);
  const country = state?.country ?? coordinatedCountry(candidatesByEnd, tokens, at, role);
  // "former US President Barack Obama": the modifier before the state still qualifies the office.
  if (state && role) {
    const modifier = tokens[state.from - 1];
    if (modifier && LEADING_MODIFIERS.has(modifier.lower) && !role.startsWith(modifier.lower)) role = `${modifier.lower} ${role}`;
  }
  if (!country && role && !owner) owner = ownerBefore(candidatesByEnd, tokens, at);
  if (counterpart) {
    // "his Moroccan counterpart": a possessive pronoun confirms the reading.
    const before = tokens[country ? at - 2 : at - 1];
    if (!before || !POSSESSIVE_PRONOUNS.has(before.lower)) counterpart = country !== null;
  }
  return { role, country, counterpart, cued, cueFrom: at, owner };
}

/** The state named right before `at` ("French", "Pakistan's", "US"), with where its words start. */
function stateBefore(candidatesByEnd: ReadonlyMap<number, Candidate>, tokens: readonly Token[], at: number): { country: string; from: number } | null {
  const direct = candidatesByEnd.get(at);
  if (direct?.entry?.type === 'COUNTRY' && direct.entry.country) return { country: direct.entry.country, from: direct.from };
  if (at >= 2 && APOSTROPHES.has(tokens[at - 2]!.text) && tokens[at - 1]!.lower === 's') {
    const owner = candidatesByEnd.get(at - 2);
    if (owner?.entry?.type === 'COUNTRY' && owner.entry.country) return { country: owner.entry.country, from: owner.from };
  }
  return null;
}

/**
 * The body or person an office belongs to, right before it: "Angela Merkel's spokesperson",
 * "Mahan's director", "FBI agent", "Pentagon spokesman". Its state is the office holder's.
 */
function ownerBefore(candidatesByEnd: ReadonlyMap<number, Candidate>, tokens: readonly Token[], at: number): Candidate | null {
  if (at >= 2 && APOSTROPHES.has(tokens[at - 2]!.text) && tokens[at - 1]!.lower === 's') {
    const owner = candidatesByEnd.get(at - 2);
    if (owner && owner.type !== 'COUNTRY') return owner;
  }
  const direct = candidatesByEnd.get(at);
  return direct && direct.type === 'ORG' ? direct : null;
}

/** "the prosecutor general of Tehran, X": an office of a place or state, then a comma. */
function officeOfPlaceBefore(
  tokens: readonly Token[],
  sentenceFrom: number,
  at: number,
  candidatesByEnd: ReadonlyMap<number, Candidate>,
): { office: RolePhrase; owner: Candidate } | null {
  if (tokens[at - 1]?.text !== ',') return null;
  const place = candidatesByEnd.get(at - 1);
  if (!place?.entry || (place.entry.type !== 'PLACE' && place.entry.type !== 'COUNTRY')) return null;
  let of = place.from - 1;
  if (tokens[of]?.lower === 'the') of--;
  if (tokens[of]?.lower !== 'of') return null;
  const office = roleBefore(tokens, sentenceFrom, of);
  return office ? { office, owner: place } : null;
}

function coordinatedOfficesStart(tokens: readonly Token[], sentenceFrom: number, at: number): number {
  if (tokens[at - 1]?.lower !== 'and') return at;
  const other = roleBefore(tokens, sentenceFrom, at - 1);
  return other ? other.from : at;
}

/** ", the Egyptian foreign minister" after a name: the office and state it states. */
export function appositionAfter(
  tokens: readonly Token[],
  to: number,
  sentenceTo: number,
  candidatesByStart: ReadonlyMap<number, Candidate>,
): { role: string; country: string | null } | null {
  if (tokens[to]?.text !== ',') return null;
  let i = to + 1;
  if (tokens[i] && ['the', 'a', 'an'].includes(tokens[i]!.lower)) i++;
  let country: string | null = null;
  const c = candidatesByStart.get(i);
  if (c?.entry?.type === 'COUNTRY') {
    country = c.entry.country;
    i = c.to;
    if (APOSTROPHES.has(tokens[i]?.text ?? '') && tokens[i + 1]?.lower === 's') i += 2;
  }
  const phrase = roleAt(tokens, i, sentenceTo);
  if (!phrase) return null;
  // "..., minister of justice of Morocco": a trailing state.
  if (!country && tokens[phrase.to]?.lower === 'of') {
    country = countryAfter(tokens, phrase.to, candidatesByStart);
  }
  return { role: phrase.role, country };
}

/**
 * "Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz": an office
 * without a state, right after another official, shares that official's state.
 */
function coordinatedCountry(candidatesByEnd: ReadonlyMap<number, Candidate>, tokens: readonly Token[], at: number, role: string | null): string | null {
  if (!role || tokens[at - 1]?.lower !== 'and') return null;
  const previous = candidatesByEnd.get(at - 1);
  return previous?.type === 'PERSON' ? previous.country : null;
}

/** "Hassan Rouhani of Iran", "Nikki Holland of the UK's National Crime Agency". */
export function countryAfter(tokens: readonly Token[], to: number, candidatesByStart: ReadonlyMap<number, Candidate>): string | null {
  if (tokens[to]?.lower !== 'of' && tokens[to]?.lower !== 'from') return null;
  let i = to + 1;
  if (tokens[i]?.lower === 'the') i++;
  const owner = candidatesByStart.get(i);
  if (owner?.entry?.type === 'COUNTRY') return owner.entry.country;
  if (owner?.entry?.rule === 'entities.gazetteer:capital') return owner.entry.country;
  return null;
}
