import { describe, expect, it } from 'vitest';
import { sameNameSpelledDifferently, spellingVariants } from '../../../src/extract/entities/name-variants.js';
import { runEntities } from './helpers.js';

describe('spelling variants of one person', () => {
  it('reads transliterations and typos as the same word', () => {
    expect(spellingVariants('usama', 'osama')).toBe(true);
    expect(spellingVariants('ladin', 'laden')).toBe(true);
    expect(spellingVariants('socoolas', 'sacoolas')).toBe(true);
    expect(spellingVariants('muhammad', 'mohammed')).toBe(true);
  });

  it('merges two spellings of one full name in an article', () => {
    const doc = runEntities('Usama bin Ladin founded the group. Years later, Osama bin Laden was killed. Ladin was 54.');
    const persons = doc.entities.filter((e) => e.type === 'PERSON');
    expect(persons).toHaveLength(1);
    expect(persons[0]!.aliases).toContain('Osama bin Laden');
    expect(doc.mentions.filter((m) => m.entity === doc.entities.indexOf(persons[0]!))).toHaveLength(3);
  });

  it('merges a misspelled surname under the same given name', () => {
    const doc = runEntities('Jonathan Socoolas works at the base. Jonathan Sacoolas declined to comment.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });
});
