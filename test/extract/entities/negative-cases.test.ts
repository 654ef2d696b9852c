import { describe, expect, it } from 'vitest';
import { runEntities } from './helpers.js';

describe('entities stage negative cases', () => {
  it.each([
    'However, the talks resumed on Monday in March.',
    'The Interior Minister arrived late.',
    'The Global Terrorism Index for 2024 was published.',
    'The two countries agreed, the ministry said.',
    'Officials said the plan would work.',
  ])('finds no entity in %j', (text) => {
    expect(runEntities(text).entities).toEqual([]);
  });

  it('skips wire bylines', () => {
    const doc = runEntities('RABAT (Reuters) - Talks went on.');
    expect(doc.entities.map((e) => e.name)).not.toContain('Reuters');
  });

  it('stays linear on junk', () => {
    for (const junk of ['.'.repeat(100_000), 'Word '.repeat(20_000), 'The Ministry of '.repeat(5000), 'A-'.repeat(40_000)]) {
      expect(() => runEntities(junk)).not.toThrow();
    }
  });
});
