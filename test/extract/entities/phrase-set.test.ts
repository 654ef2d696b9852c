import { describe, expect, it } from 'vitest';
import { phraseKey } from '../../../src/extract/entities/phrase-key.js';
import { PhraseSet } from '../../../src/extract/entities/phrase-set.js';
import { tokenize } from '../../../src/extract/entities/tokens.js';

const roles = new PhraseSet(['minister', 'prime minister', 'minister of state for the interior', "people's commissar"]);

describe('PhraseSet', () => {
  it('finds the longest phrase at a token', () => {
    const tokens = tokenize('The Prime Minister spoke');
    expect(roles.longestAt(tokens, 1, tokens.length)).toBe(2);
    expect(roles.longestAt(tokens, 2, tokens.length)).toBe(1);
    expect(roles.startsAt(tokens, 1)).toBe(true);
  });

  it('keeps the shorter phrase when a longer one breaks off', () => {
    const tokens = tokenize('minister of state for the economy');
    expect(roles.longestAt(tokens, 0, tokens.length)).toBe(1);
  });

  it('reads curly apostrophes as straight ones', () => {
    const tokens = tokenize('the People’s Commissar');
    expect(roles.longestAt(tokens, 1, tokens.length)).toBe(4);
    expect(phraseKey(tokens, 1, 4)).toBe("people's");
  });

  it('does not read past the limit', () => {
    const tokens = tokenize('prime minister');
    expect(roles.longestAt(tokens, 0, 1)).toBe(0);
    expect(roles.longestAt(tokens, 1, 1)).toBe(0);
  });

  it('finds nothing where no phrase starts', () => {
    const tokens = tokenize('the weather ministry');
    for (let i = 0; i < tokens.length; i++) {
      expect(roles.longestAt(tokens, i, tokens.length)).toBe(0);
      expect(roles.startsAt(tokens, i)).toBe(false);
    }
    expect(roles.startsAt(tokens, tokens.length)).toBe(false);
  });
});
