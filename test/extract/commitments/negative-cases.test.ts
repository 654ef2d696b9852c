import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../../src/extract/commitments/stage.js';
import { FRANCE, MOROCCO, makeDoc, type EntitySpec } from './helpers.js';

const GERMANY: EntitySpec = { name: 'Germany', type: 'COUNTRY', country: 'DEU', forms: ['Germany', 'German'] };
const SPAIN: EntitySpec = { name: 'Spain', type: 'COUNTRY', country: 'ESP', forms: ['Spain', 'Spanish'] };
const SAUDI: EntitySpec = { name: 'Saudi Arabia', type: 'COUNTRY', country: 'SAU', forms: ['Saudi Arabia', 'Saudi'] };
const ITALY: EntitySpec = { name: 'Italy', type: 'COUNTRY', country: 'ITA', forms: ['Italy', 'Italian'] };
const STATES = [FRANCE, MOROCCO, GERMANY, SPAIN, SAUDI, ITALY];

function commitmentsOf(text: string) {
  return extractCommitments(makeDoc(text, '2025-04-14', STATES));
}

describe('commitments: text that must not produce a commitment', () => {
  it('talks or discussions only', () => {
    expect(commitmentsOf('The French and Moroccan ministers discussed cooperation on migration and security in Rabat.')).toEqual([]);
    expect(commitmentsOf('France and Morocco held talks on Monday about border security.')).toEqual([]);
  });

  it('a hypothesis', () => {
    expect(commitmentsOf('If France and Morocco sign a security agreement, deportations could double.')).toEqual([]);
    expect(commitmentsOf('Officials wondered whether Germany and Spain would form a joint task force.')).toEqual([]);
  });

  it('a deal between companies, even of two states', () => {
    expect(commitmentsOf('The German company Siemens signed a deal with the Spanish firm Indra on Monday.')).toEqual([]);
    expect(commitmentsOf('Deutsche Telekom and Orange reached an agreement on network sharing.')).toEqual([]);
  });

  it('a partnership in sport', () => {
    expect(commitmentsOf('The Italian football club Juventus announced a strategic partnership with the Saudi club Al-Hilal.')).toEqual([]);
  });

  it('one country’s own domestic task force', () => {
    expect(commitmentsOf('France set up a national task force on drug trafficking in Marseille.')).toEqual([]);
    expect(commitmentsOf('Germany announced a new task force to fight online fraud.')).toEqual([]);
  });

  it('"no agreement was reached" is a failure, never a signature', () => {
    const list = commitmentsOf('France and Morocco met for three days, but no agreement was reached on readmissions.');
    expect(list.every((c) => c.status !== 'SIGNED' && c.status !== 'AGREED')).toBe(true);
    for (const c of list) expect(c.status).toBe('FAILED');
  });

  it('a treaty named only as history', () => {
    expect(commitmentsOf('Relations between France and Germany have improved steadily since the Elysee Treaty.')).toEqual([]);
    const doc = makeDoc('The Treaty of Versailles, signed by Germany and France in 1919, ended the war.', '2025-04-14', STATES, [
      { text: '1919', value: '1919' },
    ]);
    expect(extractCommitments(doc)).toEqual([]);
  });

  it('cooperation or an agreement without any named side', () => {
    expect(commitmentsOf('The agreement was criticised by opposition lawmakers as too vague.')).toEqual([]);
    expect(commitmentsOf('Officials pledged to intensify efforts against smuggling.')).toEqual([]);
  });

  it('everyday uses of the words', () => {
    expect(commitmentsOf('The French minister said it was a great deal of work, and Morocco was in agreement with him.')).toEqual([]);
    expect(commitmentsOf('The Moroccan president said France would have to deal with the consequences.')).toEqual([]);
  });

  it('junk input stays quick and yields nothing', () => {
    const junk = ['.,;:!?'.repeat(20_000), 'agreement '.repeat(10_000), 'joint '.repeat(20_000) + 'task force', '"'.repeat(50_000)];
    for (const text of junk) expect(extractCommitments(makeDoc(text, '2025-04-14', []))).toEqual([]);
  });
});

describe('commitments: unseen-news text that must not produce a commitment', () => {
  const UKRAINE: EntitySpec = { name: 'Ukraine', type: 'COUNTRY', country: 'UKR', forms: ['Ukraine', 'Ukrainians'] };
  const USA: EntitySpec = { name: 'United States', type: 'COUNTRY', country: 'USA', forms: ['United States'] };
  const TRUMP: EntitySpec = { name: 'Donald Trump', type: 'PERSON', country: 'USA', forms: ['Trump'] };

  it('a denial of having made "any deal" names no arrangement', () => {
    const text = 'Trump said he did indicate to the Ukrainians that the aid was contingent but denied that he made any specific deal about the Bidens.';
    expect(extractCommitments(makeDoc(text, '2019-09-30', [UKRAINE, USA, TRUMP]))).toEqual([]);
  });

  it('a company acquisition deal that keeps production sites of several states', () => {
    const austria: EntitySpec = { name: 'Austria', type: 'COUNTRY', country: 'AUT', forms: ['Austrian'] };
    const uk: EntitySpec = { name: 'United Kingdom', type: 'COUNTRY', country: 'GBR', forms: ['United Kingdom'] };
    const text = 'In the deal, Austrian, United Kingdom and Spanish production sites are to be kept, with market sales expected to cover the price.';
    expect(extractCommitments(makeDoc(text, '2019-11-07', [austria, uk, SPAIN]))).toEqual([]);
  });

  it('the "New Deal" programme is not a further deal', () => {
    const text =
      'Germany and Spain signed a deal on energy on Monday. After his New Deal programs suffered defeats in the Supreme Court, the president changed course.';
    const found = extractCommitments(makeDoc(text, '2020-10-29', STATES));
    expect(found).toHaveLength(1);
    expect([...found[0]!.parties].sort()).toEqual(['DEU', 'ESP']);
  });

  it('a state organ with a foreign state keeps its state code, no name of its own', () => {
    const ministry: EntitySpec = { name: 'Moroccan Ministry of Justice', type: 'ORG', country: 'MAR', party: 'MAR', forms: ['Moroccan Ministry of Justice'] };
    const [deal] = extractCommitments(makeDoc('The Moroccan Ministry of Justice signed an agreement with France on Monday.', '2025-04-14', [ministry, FRANCE]));
    expect([...deal!.parties].sort()).toEqual(['FRA', 'MAR']);
  });

  it('a domestic programme named "the Green New Deal"', () => {
    expect(commitmentsOf('Critics said Germany and Spain pushed the party to the left on the Green New Deal and on taxes.')).toEqual([]);
  });
});
