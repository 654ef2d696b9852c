import { APPOSITION_ADVERBS, AREA_WORDS_AFTER_NAME, FACILITY_HEADS } from './lexicon/non-names.js';
import type { Token } from './tokens.js';

/** How the words around a capitalized name read when nothing marks it as a person's. */
export type NonPersonReading = 'PLACE' | 'FACILITY' | null;

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);
const ARTICLES = new Set(['a', 'an', 'the']);
const PHRASE_ENDS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'for', 'that', 'which', 'who', 'with', 'from', 'to']);
/** Words an apposition may take between its article and its head ("a Greek Orthodox church"). */
const MAX_APPOSITION_WORDS = 4;

/**
 * "the Maidan Wardak provincial council", "the Roman Catholic cathedral", "Hagia Sophia,
 * formerly a church": a lower-case place or building word right after the name, or an
 * apposition naming a building, says what the name is. `placePreposition` also reads
 * "at Ain Issa" as a place, for names that nothing else suggests are a person's.
 */
export function nonPersonReading(tokens: readonly Token[], from: number, to: number, sentenceTo: number, placePreposition: boolean): NonPersonReading {
  const next = tokens[to];
  if (next?.word && !next.cap) {
    // "Heathrow airport" alone is the place's name in many corpora; two words read as a person's before.
    if (FACILITY_HEADS.has(next.lower) && to - from >= 2) return 'FACILITY';
    if (AREA_WORDS_AFTER_NAME.has(next.lower)) return 'PLACE';
  }
  if (next?.text === ',' && appositionNamesFacility(tokens, to + 1, sentenceTo)) return 'FACILITY';
  if (placePreposition && from > 0 && PLACE_PREPOSITIONS.has(tokens[from - 1]!.lower)) return 'PLACE';
  return null;
}

function appositionNamesFacility(tokens: readonly Token[], at: number, sentenceTo: number): boolean {
  let i = at;
  if (i < sentenceTo && APPOSITION_ADVERBS.has(tokens[i]!.lower)) i++;
  if (i >= sentenceTo || !ARTICLES.has(tokens[i]!.lower)) return false;
  i++;
  // The head is the last word before the phrase ends: "an airport protocol officer" is a person.
  let head: Token | null = null;
  for (const end = Math.min(sentenceTo, i + MAX_APPOSITION_WORDS + 1); i < end; i++) {
    const t = tokens[i]!;
    if (!t.word || PHRASE_ENDS.has(t.lower)) break;
    head = t;
  }
  return head !== null && FACILITY_HEADS.has(head.lower);
}
