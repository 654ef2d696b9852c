import type { Entity } from '../../model/facts.js';
import { LEADING_ROLE_MODIFIERS } from './lexicon/roles.js';
import { COMMON_STATE_OFFICES, MONARCHIES, STATE_SPECIFIC_OFFICES, STATES_WITHOUT_PRIME_MINISTER } from './lexicon/state-offices.js';

const MODIFIERS = new Set([...LEADING_ROLE_MODIFIERS, 'deputy', 'vice', 'then', 'new', 'current']);
const MONARCH_OFFICES = new Set(['king', 'queen', 'emir', 'crown prince']);
/** The most named state must be named at least this many times as often as the next one. */
const DOMINANCE = 2;

/** "former prime minister" -> "prime minister": the office itself. */
function bareOffice(role: string): string {
  const words = role.split(' ');
  while (words.length > 1 && MODIFIERS.has(words[0]!)) words.shift();
  return words.join(' ');
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
  if (office === 'president' || office === 'vice president') return !MONARCHIES.has(state);
  if (MONARCH_OFFICES.has(office)) return MONARCHIES.has(state);
  return true;
}

/**
 * The state of an office holder whom the article names with an office but no state: the state
 * whose title it is ("Foreign Secretary" -> UK) or, for an office most states have, the state the
 * article is about. Only states the article names are candidates, so the state comes from the
 * text; `stateMentions` counts each named state's mentions.
 */
export function officeState(role: string, stateMentions: ReadonlyMap<string, number>): string | null {
  const office = bareOffice(role);
  const specific = STATE_SPECIFIC_OFFICES[office];
  if (specific) {
    const named = specific.filter((s) => stateMentions.has(s));
    return named.length === 1 ? named[0]! : null;
  }
  const common = commonOffice(office);
  if (!common) return null;
  const ranked = [...stateMentions].filter(([state]) => hasOffice(state, common)).sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top) return null;
  return !next || top[1] >= DOMINANCE * next[1] ? top[0] : null;
}

/** Fills the state of persons with an office and no state, unless `skip` says their office belongs to a body. */
export function fillOfficeStates(entities: Entity[], stateMentions: ReadonlyMap<string, number>, skip: ReadonlySet<number>): void {
  entities.forEach((entity, index) => {
    if (entity.type !== 'PERSON' || entity.country || !entity.role || skip.has(index)) return;
    const state = officeState(entity.role, stateMentions);
    if (state) {
      entity.country = state;
      entity.party = state;
    }
  });
}
