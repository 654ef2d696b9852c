import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/extract/entities/gazetteer.js';
import { tokenize } from '../../../src/extract/entities/tokens.js';

function matchFirst(text: string) {
  const tokens = tokenize(text);
  return gazetteer().matchAt(tokens, 0);
}

describe('gazetteer matchAt', () => {
  it('finds names in their casing, longest first', () => {
    expect(matchFirst('United States officials')).toMatchObject({ from: 0, to: 2, entry: { type: 'COUNTRY', country: 'USA' } });
    expect(matchFirst('French police')?.entry).toMatchObject({ country: 'FRA', adjective: true });
    expect(matchFirst('NATO said')?.entry.type).toBe('ORG');
  });

  it('finds names that may start in lower case', () => {
    expect(matchFirst('al-Qaeda fighters')?.entry.type).toBe('ORG');
    expect(matchFirst('the Hague court')).toMatchObject({ from: 0, to: 2, entry: { type: 'PLACE' } });
  });
});

describe('gazetteer matchAt negative cases', () => {
  it('finds no name in ordinary lower-case words', () => {
    for (const text of ['the talks went on', 'said', 'france', 'united states', 'al', 'the hague']) expect(matchFirst(text)).toBeNull();
  });
});
