import { phraseKey, tokenKey } from './phrase-key.js';
import { PhraseSet } from './phrase-set.js';
import type { Token } from './tokens.js';
import { MILITARY_RANKS, PORTFOLIOS, ROLE_HEADS, ROLE_MODIFIERS, ROLES_WITH_DESTINATION } from './lexicon/roles.js';

/** A phrase such as "interior minister" or "minister of justice", by token indexes [from, to). */
export interface RolePhrase {
  from: number;
  to: number;
  /** Lower case, single-spaced, without country words. */
  role: string;
}

const HEADS = new PhraseSet(ROLE_HEADS);
const PORTFOLIO_KEYS = new PhraseSet(PORTFOLIOS);
const MODIFIER_KEYS = new PhraseSet(ROLE_MODIFIERS);
const OF_WORDS = new Set(['of', 'for']);
const DESTINATION_HEADS = new PhraseSet(ROLES_WITH_DESTINATION);
const RANKS = new PhraseSet(MILITARY_RANKS);
const PLURAL_HEADS: Readonly<Record<string, string>> = {
  presidents: 'president',
  ministers: 'minister',
  leaders: 'leader',
  representatives: 'representative',
  senators: 'senator',
};

/**
 * The longest role phrase starting at `from` (not beyond `limit`):
 *   modifier* portfolio* head+ [of|for [the] portfolio+]
 * Returns null when no office noun is reached.
 */
export function roleAt(tokens: readonly Token[], from: number, limit: number): RolePhrase | null {
  // Callers try every start before or inside a name, and most words start no role phrase.
  if (!startsRoleVocabulary(tokens, from)) return null;
  let i = from;
  for (let n = MODIFIER_KEYS.longestAt(tokens, i, limit); n > 0; n = MODIFIER_KEYS.longestAt(tokens, i, limit)) i += n;
  // Portfolios may chain with "and" ("trade and industry commissioner").
  for (;;) {
    const n = PORTFOLIO_KEYS.longestAt(tokens, i, limit);
    if (n > 0 && HEADS.longestAt(tokens, i + n, limit) > 0) {
      i += n;
      continue;
    }
    if (n > 0 && tokens[i + n]?.lower === 'and' && PORTFOLIO_KEYS.longestAt(tokens, i + n + 1, limit) > 0) {
      i += n + 1;
      continue;
    }
    break;
  }
  let headEnd = -1;
  let headFrom = i;
  let rankTo = -1;
  // Heads may stack ("foreign ministry spokesman", "deputy director").
  for (let n = HEADS.longestAt(tokens, i, limit); n > 0; n = HEADS.longestAt(tokens, i, limit)) {
    if (headEnd >= 0 && RANKS.longestAt(tokens, i, limit) === n) {
      rankTo = i + n;
      break;
    }
    headFrom = i;
    i += n;
    headEnd = i;
  }
  if (headEnd < 0) return null;
  // "Coast Guard Commandant Admiral X": a rank after the office is part of the title, not of the office.
  if (rankTo >= 0) return { from, to: rankTo, role: roleText(tokens, from, headEnd) };
  let end = headEnd;
  const to = tokens[end];
  // "ambassador to Germany", "special representative for Iran": one capitalized word.
  if (to && (to.lower === 'to' || to.lower === 'for') && end + 1 < limit && tokens[end + 1]!.cap && DESTINATION_HEADS.longestAt(tokens, headFrom, headEnd) === headEnd - headFrom) {
    return { from, to: end + 2, role: roleText(tokens, from, end + 2) };
  }
  const of = tokens[end];
  if (of && OF_WORDS.has(of.lower) && end + 1 < limit) {
    let j = end + 1;
    if (tokens[j]?.lower === 'the') j++;
    let matched = 0;
    for (let n = PORTFOLIO_KEYS.longestAt(tokens, j, limit); n > 0; n = PORTFOLIO_KEYS.longestAt(tokens, j, limit)) {
      j += n;
      matched++;
      if (tokens[j]?.lower === 'and' && PORTFOLIO_KEYS.longestAt(tokens, j + 1, limit) > 0) j++;
    }
    if (matched > 0) end = j;
  }
  return { from, to: end, role: roleText(tokens, from, end) };
}

/** Whether tokens [from, to) are exactly one role phrase; its text if so. */
export function exactRole(tokens: readonly Token[], from: number, to: number): RolePhrase | null {
  const phrase = roleAt(tokens, from, to);
  return phrase && phrase.to === to ? phrase : null;
}

export function roleText(tokens: readonly Token[], from: number, to: number): string {
  const text = phraseKey(tokens, from, to);
  const last = tokens[to - 1]!.lower;
  const singular = PLURAL_HEADS[last];
  return singular ? text.slice(0, text.length - last.length) + singular : text;
}

/** First words of every modifier, portfolio and head: one lookup rules most words out. */
const ROLE_FIRST_WORDS = new Set([...MODIFIER_KEYS.firstWords, ...PORTFOLIO_KEYS.firstWords, ...HEADS.firstWords]);

function startsRoleVocabulary(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && ROLE_FIRST_WORDS.has(tokenKey(t));
}

/** Whether tokens [from, to) begin with a role word, so that a capitalized run there is a title. */
export function startsWithRoleWord(tokens: readonly Token[], at: number, limit: number): boolean {
  if (!startsRoleVocabulary(tokens, at)) return false;
  return (
    HEADS.longestAt(tokens, at, limit) > 0 || MODIFIER_KEYS.longestAt(tokens, at, limit) > 0 || PORTFOLIO_KEYS.longestAt(tokens, at, limit) > 0
  );
}

/** Whether the title ends in a plural office ("Presidents", "foreign ministers"). */
export function isPluralTitle(tokens: readonly Token[], title: RolePhrase): boolean {
  return PLURAL_HEADS[tokens[title.to - 1]!.lower] !== undefined;
}
