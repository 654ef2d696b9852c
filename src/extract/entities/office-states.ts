import type { Entity } from '../../model/facts.js';
import { LEADING_ROLE_MODIFIERS } from './lexicon/roles.js';
import { COMMON_STATE_OFFICES, MONARCHIES, STATE_SPECIFIC_OFFICES, STATES_WITH_VICE_PRESIDENT, STATES_WITHOUT_PRIME_MINISTER } from './lexicon/state-offices.js';

const MODIFIERS = new Set([...LEADING_ROLE_MODIFIERS, 'deputy', 'then', 'new', 'current']);
/** Modifiers that keep the office but not its holder's time: they do not make it another office. */
const TIME_MODIFIERS = new Set([...LEADING_ROLE_MODIFIERS, 'then', 'new', 'current']);
/** Holders who do not hold the office now, so that another holder of it may be of the same state. */
const NOT_CURRENT = new Set(['former', 'ex', 'late', 'then', 'incoming']);
const MONARCH_OFFICES = new Set(['king', 'queen', 'emir', 'crown prince']);
/** The most named state must be named at least this many times as often as the next one. */
const DOMINANCE = 2;
/** How many sentences away from the holder the dominant state may be named (0: same sentence). */
const NEARBY_SENTENCES = 1;

/** Where the article names one state (name, adjective, demonym). */
export interface StateNaming {
  count: number;
  sentences: ReadonlySet<number>;
}

/** What the article says about one office holder, beyond the entity itself. */
export interface HolderContext {
  /** Sentences of the holder's mentions. */
  sentences: readonly number[];
  /** The office belongs to a named body or person: its state is that owner's or none. */
  owned: boolean;
}

function words(role: string): string[] {
  return role.split(' ');
}

/** "former prime minister" -> "prime minister": the office itself. */
function bareOffice(role: string): string {
  const w = words(role);
  while (w.length > 1 && MODIFIERS.has(w[0]!)) w.shift();
  return w.join(' ');
}

/** "former deputy prime minister" -> "deputy prime minister": one seat, whoever holds it when. */
function seat(role: string): string {
  const w = words(role);
  while (w.length > 1 && TIME_MODIFIERS.has(w[0]!)) w.shift();
  return w.join(' ');
}

function holdsNow(role: string): boolean {
  return !words(role).some((w) => NOT_CURRENT.has(w));
}

function commonOffice(office: string): string | null {
  let best: string | null = null;
  for (const o of COMMON_STATE_OFFICES) {
    if ((office === o || office.endsWith(` ${o}`)) && (!best || o.length > best.length)) best = o;
  }
  return best;
}

function hasOffice(state: string, office: string): boolean {
  if (office === 'prime minister' || office === 'premier') return !STATES_WITHOUT_PRIME_MINISTER.has(state);
  if (office === 'president') return !MONARCHIES.has(state);
  if (office === 'vice president') return STATES_WITH_VICE_PRESIDENT.has(state);
  if (MONARCH_OFFICES.has(office)) return MONARCHIES.has(state);
  return true;
}

function namedNear(naming: StateNaming, sentences: readonly number[]): boolean {
  for (const s of sentences) {
    for (let d = -NEARBY_SENTENCES; d <= NEARBY_SENTENCES; d++) if (naming.sentences.has(s + d)) return true;
  }
  return false;
}

/**
 * The state of an office holder whom the article names with an office but no state. A title
 * that English-language news uses for one state ("Foreign Secretary" -> UK) takes that state
 * when the article names it. An office most states have takes a named state only when the text
 * leaves no doubt: states whose seat is already filled by someone else (`filled`: "Ukrainian
 * President Zelensky" beside "President Trump") are out, and of the rest the state must be the
 * only one with such an office, or clearly the most named and named near the holder. A wrong
 * state is worse than none, so every doubt leaves it null.
 */
export function officeState(
  role: string,
  states: ReadonlyMap<string, StateNaming>,
  holderSentences: readonly number[] = [],
  filled: ReadonlySet<string> = new Set(),
): string | null {
  const office = bareOffice(role);
  const specific = STATE_SPECIFIC_OFFICES[office];
  if (specific) {
    const named = specific.filter((s) => states.has(s));
    return named.length === 1 ? named[0]! : null;
  }
  const common = commonOffice(office);
  if (!common) return null;
  const withOffice = [...states].filter(([state]) => hasOffice(state, common));
  const ranked = withOffice.filter(([state]) => !filled.has(state)).sort((a, b) => b[1].count - a[1].count);
  const [top, next] = ranked;
  if (!top) return null;
  // The only state left is the holder's when no other was left out: once one was, the article
  // is about another state's office too, and the last one standing may be a mere bystander.
  if (!next && ranked.length === withOffice.length) return top[0];
  const dominant = !next || top[1].count >= DOMINANCE * next[1].count;
  return dominant && namedNear(top[1], holderSentences) ? top[0] : null;
}

/** `${state}|${seat}` of every person the text itself gives a state and a current office. */
function filledSeats(entities: readonly Entity[]): Set<string> {
  const seats = new Set<string>();
  for (const e of entities) if (e.type === 'PERSON' && e.country && e.role && holdsNow(e.role)) seats.add(`${e.country}|${seat(e.role)}`);
  return seats;
}

/** Fills the state of persons with an office and no state, except where the office belongs to a body. */
export function fillOfficeStates(entities: Entity[], states: ReadonlyMap<string, StateNaming>, holders: ReadonlyMap<number, HolderContext>): void {
  const seats = filledSeats(entities);
  entities.forEach((entity, index) => {
    const holder = holders.get(index);
    if (entity.type !== 'PERSON' || entity.country || !entity.role || holder?.owned) return;
    const mine = seat(entity.role);
    const filled = new Set<string>();
    if (holdsNow(entity.role)) for (const state of states.keys()) if (seats.has(`${state}|${mine}`)) filled.add(state);
    const state = officeState(entity.role, states, holder?.sentences ?? [], filled);
    if (state) {
      entity.country = state;
      entity.party = state;
    }
  });
}
