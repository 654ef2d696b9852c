import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, quotesStage } from '../../../src/extract/quotes/stage.js';
import { FRANCE, MOROCCO, makeDoc, type EntitySpec } from '../commitments/helpers.js';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/commitments/seed-france-morocco.json', import.meta.url), 'utf8')) as {
  text: string;
  published: string;
};

const RETAILLEAU: EntitySpec = { name: 'Bruno Retailleau', type: 'PERSON', country: 'FRA', forms: ['Bruno Retailleau', 'Retailleau'] };
const LAFTIT: EntitySpec = { name: 'Abdelouafi Laftit', type: 'PERSON', country: 'MAR', forms: ['Abdelouafi Laftit', 'Laftit'] };
const MACRON: EntitySpec = { name: 'Emmanuel Macron', type: 'PERSON', country: 'FRA', forms: ['Emmanuel Macron', 'Macron'] };
const MINISTRY: EntitySpec = { name: 'Moroccan Ministry of the Interior', type: 'ORG', country: 'MAR', forms: ['Moroccan Ministry of the Interior'] };

describe('quotes stage on the seed article', () => {
  const doc = makeDoc(seed.text, seed.published, [RETAILLEAU, LAFTIT, MACRON, MINISTRY, FRANCE, MOROCCO]);
  const quotes = extractQuotes(doc);

  it('finds the quote of Bruno Retailleau, attributed through "he said" to the subject of the sentence before', () => {
    const q = quotes.find((x) => x.text.startsWith('I believe that having French and Moroccan joint teams'));
    expect(q).toBeDefined();
    expect(q!.speaker).toBe('Bruno Retailleau');
    expect(q!.speakerEntity).toBe(0);
    expect(doc.text.slice(q!.start, q!.end)).toBe(q!.text);
    expect(q!.rule).toBe('quotes.speaker:pronoun-after');
  });

  it('prefers the speaker of the clause ("He also emphasized") over "according to a statement by"', () => {
    const q = quotes.find((x) => x.text.startsWith('Morocco’s full commitment'));
    expect(q?.speaker).toBe('Abdelouafi Laftit');
  });

  it('keeps a short quoted sentence and leaves out scare quotes', () => {
    expect(quotes.map((q) => q.text)).toContain('the reference mechanism for addressing operational challenges.');
    expect(quotes.some((q) => q.text === 'strengthened partnership')).toBe(false);
    expect(quotes).toHaveLength(4);
  });

  it('runs as a pipeline stage', () => {
    quotesStage.run(doc);
    expect(doc.quotes).toHaveLength(4);
    expect(quotesStage.requires).toEqual(['sentences', 'entities']);
  });
});

describe('quote attribution', () => {
  const pompeo: EntitySpec = { name: 'Mike Pompeo', type: 'PERSON', country: 'USA', forms: ['Mike Pompeo', 'Pompeo'] };
  const charles: EntitySpec = { name: 'Charlotte Charles', type: 'PERSON', country: 'GBR', forms: ['Charlotte Charles', 'Charles'] };
  const dunn: EntitySpec = { name: 'Harry Dunn', type: 'PERSON', country: 'GBR', forms: ['Harry Dunn', 'Dunn'] };

  it('reads "according to ... by X" after the quote', () => {
    const text = '"The airline transports weapons and fighters across the Middle East, supporting destructive ambitions," according to a tweet on Monday by US Secretary of State Mike Pompeo.';
    const [q] = extractQuotes(makeDoc(text, '2019-01-23', [pompeo]));
    expect(q).toMatchObject({ speaker: 'Mike Pompeo', rule: 'quotes.speaker:according-to' });
  });

  it('takes the person nearest before the verb, and the fullest name for a short mention', () => {
    const text = 'Dunn\'s mother, Charlotte Charles, said on TV, "She did not purposely drive on the other side of the road at all." Charles told the Daily Mail, "All we need to do is ask her to come back home."';
    const quotes = extractQuotes(makeDoc(text, '2019-10-10', [dunn, charles]));
    expect(quotes.map((q) => q.speaker)).toEqual(['Charlotte Charles', 'Charlotte Charles']);
  });

  it('resolves "the commissioner" to the person with that role', () => {
    const muchanga: EntitySpec = { name: 'Albert Muchanga', type: 'PERSON', role: 'trade and industry commissioner', forms: ['Albert Muchanga'] };
    const text = 'AU trade and industry commissioner Albert Muchanga announced Benin was to join. The commissioner said, "We have not yet agreed on rules of origin, but the framework is enough to start trading."';
    const [q] = extractQuotes(makeDoc(text, '2019-07-10', [muchanga]));
    expect(q?.speaker).toBe('Albert Muchanga');
  });

  it('gives "read the statement" to whoever released the statement', () => {
    const task: EntitySpec = { name: 'Combined Joint Task Force', type: 'ORG', forms: ['Combined Joint Task Force'] };
    const text = 'On Friday, the Combined Joint Task Force released a statement about the attack.\n"No Coalition troops were injured in the attack on the base." read the statement.';
    const [q] = extractQuotes(makeDoc(text, '2019-11-10', [task]));
    expect(q).toMatchObject({ speaker: 'Combined Joint Task Force', rule: 'quotes.speaker:statement' });
  });

  it('continues the previous speaker for an unattributed quote in the same paragraph', () => {
    const rouhani: EntitySpec = { name: 'Hassan Rouhani', type: 'PERSON', forms: ['Hassan Rouhani', 'Rouhani'] };
    const text = 'Rouhani spoke on Sunday. "The presence of foreign forces can be dangerous for the region," he said. "Those who want to link the incidents to Iran are lying like their past lies."';
    const quotes = extractQuotes(makeDoc(text, '2019-09-23', [rouhani]));
    expect(quotes.map((q) => [q.speaker, q.rule])).toEqual([
      ['Hassan Rouhani', 'quotes.speaker:pronoun-after'],
      ['Hassan Rouhani', 'quotes.speaker:continued'],
    ]);
  });

  it('gives an organization named after the quote', () => {
    const interpol: EntitySpec = { name: 'Interpol', type: 'ORG', party: 'INTERPOL', forms: ['Interpol'] };
    const text = 'The constitution prohibits "any intervention or activities of a political, military, religious or racial character," an Interpol spokesperson stated.';
    const [q] = extractQuotes(makeDoc(text, '2020-07-02', [interpol]));
    expect(q?.speaker).toBe('Interpol');
  });
});
