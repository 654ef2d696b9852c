import { describe, expect, it } from 'vitest';
import { sameNameSpelledDifferently } from '../../../src/extract/entities/name-variants.js';
import { entityNamed, runEntities } from './helpers.js';

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

describe('implied states: cases that must not get one', () => {
  it('gives no state to an office of an international body', () => {
    const doc = runEntities('AU trade and industry commissioner Albert Muchanga spoke. Nigeria and Nigeria and Nigeria joined, Nigeria said.');
    expect(entityNamed(doc, 'Albert Muchanga')?.country ?? null).toBeNull();
  });

  it('gives no state to an unqualified president when no state dominates', () => {
    const doc = runEntities('President Trump met Greece and Cyprus officials. Greece, Cyprus and the US talked.');
    expect(entityNamed(doc, 'Trump')?.country ?? null).toBeNull();
  });

  it('gives no state-specific title a state the article does not name', () => {
    const doc = runEntities('Foreign Secretary Dominic Raab spoke with French officials in Paris.');
    expect(entityNamed(doc, 'Dominic Raab')?.country ?? null).toBeNull();
  });

  it('does not pair lists of different lengths', () => {
    const doc = runEntities('The Greek and Cypriot ministers, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, met.');
    expect(entityNamed(doc, 'Jean-Yves Le Drian')?.country ?? null).toBeNull();
  });

  it('does not read a descriptor before a known given name as an organization', () => {
    const doc = runEntities('The film producer Harvey Weinstein was sentenced.');
    expect(entityNamed(doc, 'Harvey Weinstein')?.type).toBe('PERSON');
  });

  it('does not take a one-word name seen once for an organization', () => {
    const doc = runEntities('Officials in Thesprotia said nothing, and Zubrowka stayed quiet.');
    expect(doc.entities.find((e) => e.name === 'Zubrowka')).toBeUndefined();
  });

  it('keeps a state after a non-name capitalized word', () => {
    const doc = runEntities('Talks with Holland went well, and Britain agreed.');
    expect(doc.entities.find((e) => e.country === 'NLD')?.type).toBe('COUNTRY');
  });

  it('keeps relatives with different given names apart', () => {
    const doc = runEntities('Hamza bin Laden was the heir of Osama bin Laden. Anne Sacoolas and Jonathan Sacoolas left.');
    const names = doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Hamza bin Laden', 'Osama bin Laden', 'Anne Sacoolas', 'Jonathan Sacoolas']));
  });

  it('keeps similar-looking names that sound different or are too far apart', () => {
    expect(sameNameSpelledDifferently(['ali', 'khamenei'], ['ali', 'khomeini'])).toBe(false);
    expect(sameNameSpelledDifferently(['kim', 'jong', 'un'], ['kim', 'jong', 'il'])).toBe(false);
    expect(sameNameSpelledDifferently(['raul', 'castro'], ['paul', 'castro'])).toBe(false);
  });

  it('does not read an acronym-led site name as a person', () => {
    const doc = runEntities('The couple lived at RAF Croughton in Northamptonshire.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('does not read the letters of an abbreviation as a name', () => {
    const doc = runEntities('She holds a Ph.D. in law and an M.A. from the school.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('does not read a region adjective as a state', () => {
    const doc = runEntities('South American, Latin American and West African leaders met.');
    expect(doc.entities).toEqual([]);
  });

  it('does not take recurring given names, adverbs or modifiers for organizations', () => {
    const doc = runEntities('Reportedly, talks failed. Reportedly, more came. Former aides agree. Former staff too. John left. John came back.');
    expect(doc.entities).toEqual([]);
  });

  it('does not read a portfolio as a person', () => {
    const doc = runEntities('They chair the committees on Foreign Affairs and Homeland Security.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('keeps a place a place when it comes before a person of that surname', () => {
    const doc = runEntities('He was born in Bolton. Years later, John Bolton met him.');
    expect(doc.entities.map((e) => e.type).sort()).toEqual(['PERSON', 'PLACE']);
  });
});

describe('context readings that must not take a person away', () => {
  it('keeps a person whose apposition names a job at a building', () => {
    const doc = runEntities('Victims included Mohammed Reda, an airport protocol officer.');
    expect(entityNamed(doc, 'Mohammed Reda')?.type).toBe('PERSON');
  });

  it('keeps a person before "state" words, which follow people too', () => {
    const doc = runEntities('President Bashar al-Assad state media reported the visit.');
    expect(doc.entities.some((e) => e.type === 'PLACE')).toBe(false);
  });

  it('keeps a titled person after "in" a person', () => {
    const doc = runEntities('The talks in Rabat were led by Interior Minister Bruno Retailleau.');
    expect(entityNamed(doc, 'Bruno Retailleau')?.type).toBe('PERSON');
  });

  it('keeps a compound name whose first part names an event', () => {
    const doc = runEntities('The Brexit Party won seats, the Brexit Party said.');
    expect(entityNamed(doc, 'Brexit Party')?.type).toBe('ORG');
  });

  it('does not split one organization whose name holds "and"', () => {
    const names = runEntities('The Ministry of Trade and Industry said so. The Bank and Trust Company opened.').entities.map((e) => e.name);
    expect(names).toContain('Ministry of Trade and Industry');
    expect(names).toContain('Bank and Trust Company');
  });

  it('keeps stacked offices that are not ranks', () => {
    const doc = runEntities('Deputy Director Jane Smith spoke.');
    expect(entityNamed(doc, 'Jane Smith')?.role).toBe('deputy director');
  });
});
