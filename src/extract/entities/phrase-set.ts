import { phraseKey, tokenKey } from './phrase-key.js';
import { tokenize, type Token } from './tokens.js';

/**
 * A word list of phrases, matched token by token. It also keeps every phrase's leading tokens,
 * so that a match stops reading at the first token no phrase continues with, instead of
 * building the key of every length it could have.
 */
export class PhraseSet {
  private readonly keys = new Set<string>();
  private readonly prefixes = new Set<string>();
  /** Keys of the phrases' first tokens; role-phrases joins those of several sets into one lookup. */
  readonly firstWords = new Set<string>();
  /** Tokens in the longest phrase. */
  readonly longest: number = 1;

  constructor(phrases: readonly string[]) {
    let longest = 1;
    for (const p of phrases) {
      const tokens = tokenize(p);
      if (tokens.length === 0) continue;
      this.keys.add(phraseKey(tokens, 0, tokens.length));
      this.firstWords.add(tokenKey(tokens[0]!));
      for (let n = 1; n < tokens.length; n++) this.prefixes.add(phraseKey(tokens, 0, n));
      longest = Math.max(longest, tokens.length);
    }
    this.longest = longest;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Whether some phrase starts with the word at `at`: a cheap test before a longer search. */
  startsAt(tokens: readonly Token[], at: number): boolean {
    const t = tokens[at];
    return t !== undefined && this.firstWords.has(tokenKey(t));
  }

  /** Length in tokens of the longest phrase starting at token `at` and ending by `limit`; 0 if none. */
  longestAt(tokens: readonly Token[], at: number, limit: number): number {
    const max = Math.min(this.longest, limit - at);
    let best = 0;
    let key = '';
    for (let n = 1; n <= max; n++) {
      const t = tokens[at + n - 1]!;
      if (n > 1 && t.spaceBefore) key += ' ';
      key += tokenKey(t);
      if (this.keys.has(key)) best = n;
      if (!this.prefixes.has(key)) break;
    }
    return best;
  }
}
