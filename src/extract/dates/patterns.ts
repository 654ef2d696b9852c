/** Regular-expression fragments built from the lexicon, shared by the rule modules. */
import { MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS } from './lexicon.js';

/** "last" -> "[Ll]ast": sentence-initial capitals without making month names case-blind. */
export function capitalOptional(word: string): string {
  const first = word[0]!;
  const rest = escape(word.slice(1));
  return /[a-z]/.test(first) ? `[${first.toUpperCase()}${first}]${rest}` : escape(word);
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Alternation of words, longest first, each allowed with a capital initial. */
export function anyOf(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map(capitalOptional).join('|')})`;
}

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

const fullMonths = [...MONTHS.keys()].filter((m) => m.length > 4 || m === 'june' || m === 'july' || m === 'may');
const shortMonths = [...MONTHS.keys()].filter((m) => !fullMonths.includes(m));

/**
 * Month names must be capitalized ("may", "march" are words); abbreviations take an optional
 * period. Upper-case headline forms are accepted too.
 */
export const MONTH = `(?:${[
  ...fullMonths.map((m) => `${capitalized(m)}|${m.toUpperCase()}`),
  ...shortMonths.map((m) => `${capitalized(m)}\\.?|${m.toUpperCase()}\\.?`),
].sort((a, b) => b.length - a.length).join('|')})`;

export const WEEKDAY = `(?:${[...WEEKDAYS.keys()]
  .filter((d) => d.endsWith('day'))
  .map((d) => `${capitalized(d)}s?|${d.toUpperCase()}`)
  .join('|')})`;

export const NUMBER_WORD = anyOf([...NUMBER_WORDS.keys()].filter((w) => w !== 'a' && w !== 'an' && w !== 'half' && w !== 'couple'));

/** A count written in digits or words: "48", "1,000", "5 1/2", "twenty four", "twenty-four". */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${NUMBER_WORD}(?:[\\s-]+(?:and\\s+)?${NUMBER_WORD}){0,3}(?:\\s+and\\s+a\\s+half)?)`;

export const ORDINAL = anyOf([...ORDINALS.keys()]);

/** A season name: "spring", "Summer", "fall", "autumn", "winter". */
export const SEASON = anyOf(SEASONS.keys());

/**
 * The space that ends a lookbehind. Bounded: V8 matches a lookbehind backwards from every
 * position it tries, and an unbounded run would scan a long blank stretch (50,000 newlines in a
 * badly extracted page) back to its start from each position in it, which is quadratic.
 */
export const SPACE_BEHIND = '\\s{1,8}';

/** Lower-cased key for lexicon look-ups: no trailing period, single spaces. */
export function key(text: string): string {
  return text.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
}

/** Prepositions that make "the next day/month/year" a stretch of time: "over the next year", "in the next day or two". */
export const NEXT_AS_DURATION_BEFORE = /(?:^|[^\p{L}])(?:over|in|within|during|for|throughout|across|into|of|under|after)\s+$/iu;
