import type { Token } from './tokens.js';

/** A token's lower-case text with apostrophes unified, as phrase keys spell it. */
export function tokenKey(t: Token): string {
  // The tokenizer reads a curly apostrophe as a token of its own, so only that token changes.
  return t.lower === '’' ? "'" : t.lower;
}

/** Joins tokens as written but with one space for any white space, apostrophes unified. */
export function phraseKey(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i > from && t.spaceBefore) key += ' ';
    key += tokenKey(t);
  }
  return key;
}
