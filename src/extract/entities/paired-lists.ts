import type { Candidate } from './candidate.js';
import { COUNTERPART_WORDS } from './lexicon/roles.js';
import { PLURAL_OFFICES } from './lexicon/roles.js';
import { roleAt } from './role-phrases.js';
import type { Token } from './tokens.js';

const COUNTERPARTS = new Set(COUNTERPART_WORDS);
const PLURALS = new Set(PLURAL_OFFICES);

/** Candidates [first, ...] of `kind` that follow each other separated only by ",", "and", ", and". */
function listFrom(tokens: readonly Token[], candidates: readonly Candidate[], first: number, kind: (c: Candidate) => boolean): Candidate[] {
  const list: Candidate[] = [];
  for (let k = first; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (!kind(c)) break;
    if (list.length > 0) {
      const gap = tokens.slice(list[list.length - 1]!.to, c.from).map((t) => t.lower).join(' ');
      if (gap !== ',' && gap !== 'and' && gap !== ', and') break;
    }
    list.push(c);
  }
  return list;
}

const isStateAdjective = (c: Candidate): boolean => c.entry?.type === 'COUNTRY' && c.entry.adjective;
const isPerson = (c: Candidate): boolean => c.type === 'PERSON';

/**
 * "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and
 * Jean-Yves Le Drian, respectively": two lists of the same length pair up in order, so each
 * person gets the state at the same place in the first list and the shared office.
 * `candidates` are one sentence's, in text order.
 */
export function pairStatesWithPeople(tokens: readonly Token[], candidates: readonly Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const states = listFrom(tokens, candidates, k, isStateAdjective);
    if (states.length < 2) continue;
    const after = states[states.length - 1]!.to;
    const firstPerson = candidates.indexOf(states[states.length - 1]!) + 1;
    const people = firstPerson < candidates.length ? listFrom(tokens, candidates, firstPerson, isPerson) : [];
    k += states.length - 1;
    if (people.length !== states.length || tokens[people[0]!.from - 1]?.text !== ',') continue;
    // Between the lists: an office in the plural or "counterparts", then the comma.
    const officeEnd = people[0]!.from - 1;
    const counterpart = officeEnd - 1 >= after && COUNTERPARTS.has(tokens[officeEnd - 1]!.lower) && officeEnd - 1 === after;
    const office = counterpart ? null : roleAt(tokens, after, officeEnd);
    if (!counterpart && (!office || office.to !== officeEnd)) continue;
    people.forEach((person, i) => {
      person.country ??= states[i]!.entry!.country;
      if (office) person.role ??= office.role;
      else if (!person.role) person.counterpart = true;
    });
  }
}

/**
 * "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a plural title before the
 * first of two coordinated names (each maybe followed by "of <state>") is the second one's too.
 */
export function shareCoordinatedTitles(tokens: readonly Token[], candidates: readonly Candidate[]): void {
  for (let k = 1; k < candidates.length; k++) {
    const person = candidates[k]!;
    if (person.type !== 'PERSON' || person.role || tokens[person.from - 1]?.lower !== 'and') continue;
    let j = k - 1;
    let end = person.from - 1;
    const state = candidates[j];
    if (state?.entry?.type === 'COUNTRY' && state.to === end && tokens[state.from - 1]?.lower === 'of') {
      end = state.from - 1;
      j--;
    }
    const first = candidates[j];
    if (first?.type === 'PERSON' && first.to === end && first.role && PLURALS.has(tokens[first.from - 1]?.lower ?? '')) person.role = first.role;
  }
}
