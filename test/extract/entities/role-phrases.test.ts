import { describe, expect, it } from 'vitest';
import { exactRole, roleAt, startsWithRoleWord } from '../../../src/extract/entities/role-phrases.js';
import { tokenize } from '../../../src/extract/entities/tokens.js';

describe('role phrases', () => {
  it('reads modifiers, portfolios, heads and "of" portfolios', () => {
    const tokens = tokenize('former Interior Minister spoke');
    expect(roleAt(tokens, 0, tokens.length)).toEqual({ from: 0, to: 3, role: 'former interior minister' });
    const of = tokenize('the minister of justice of Morocco');
    expect(roleAt(of, 1, of.length)?.role).toBe('minister of justice');
    expect(startsWithRoleWord(tokens, 1, tokens.length)).toBe(true);
  });

  it('needs the whole span for an exact role', () => {
    const tokens = tokenize('Foreign Minister Nikos Dendias');
    expect(exactRole(tokens, 0, 2)?.role).toBe('foreign minister');
    expect(exactRole(tokens, 0, 3)).toBeNull();
  });
});

describe('role phrases negative cases', () => {
  it('finds no role where no office word starts', () => {
    const tokens = tokenize('The weather was fine in Paris');
    for (let i = 0; i < tokens.length; i++) {
      expect(roleAt(tokens, i, tokens.length)).toBeNull();
      expect(startsWithRoleWord(tokens, i, tokens.length)).toBe(false);
    }
  });

  it('finds no role in a modifier alone', () => {
    const tokens = tokenize('former colleagues');
    expect(roleAt(tokens, 0, tokens.length)).toBeNull();
  });
});
