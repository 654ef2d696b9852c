import { describe, expect, it } from 'vitest';
import { entityNamed, runEntities } from './helpers.js';

/** Names seen wrongly typed on the corpus run, read right from the words around them. */
describe('names that the context shows are not persons', () => {
  it('reads a name before a lower-case area word as a place, in every mention', () => {
    const doc = runEntities("A bomb hit Afghanistan's Maidan Wardak province. Sharif Hotak, of the Maidan Wardak provincial council, said Maidan Wardak was calm.");
    expect(entityNamed(doc, 'Maidan Wardak')?.type).toBe('PLACE');
    expect(doc.mentions.filter((m) => m.text === 'Maidan Wardak')).toHaveLength(3);
  });

  it('reads an unknown two-word name after "at" or "in" as a place, and its other mentions too', () => {
    const doc = runEntities('Fighters escaped from a camp at Ain Issa. The army later entered Ain Issa.');
    expect(entityNamed(doc, 'Ain Issa')?.type).toBe('PLACE');
    expect(doc.mentions.filter((m) => m.text === 'Ain Issa')).toHaveLength(2);
  });

  it('drops a building named by an apposition, in every mention', () => {
    const doc = runEntities('Erdogan will convert Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a mosque. Hagia Sophia bears significance.');
    expect(entityNamed(doc, 'Hagia Sophia')).toBeUndefined();
  });

  it('drops a name that modifies a building noun', () => {
    const doc = runEntities('The first bomb went off within the Roman Catholic cathedral.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('drops one-word event names however often they recur', () => {
    const doc = runEntities('Johnson wants a no-deal Brexit by October. Brexit will hurt trade, and the Brexit deadline looms.');
    expect(entityNamed(doc, 'Brexit')).toBeUndefined();
  });
});

describe('lists and titles seen on the corpus run', () => {
  it('splits two organizations joined by "and"', () => {
    for (const text of ['The Daily Telegraph and Business Insider reported the strikes.', 'The Daily Telegraph and the Business Insider reported it.']) {
      const names = runEntities(text).entities.map((e) => e.name);
      expect(names).toEqual(['Daily Telegraph', 'Business Insider']);
    }
  });

  it('keeps a military rank after an office out of the role', () => {
    const doc = runEntities('The order came from Coast Guard Commandant Admiral Elson Hermogino on Sunday.');
    const person = entityNamed(doc, 'Elson Hermogino');
    expect(person?.role).toBe('commandant');
  });

  it('gives the second person of a list the title written before them', () => {
    const doc = runEntities('Justice Minister Abdelatif Ouahbi and the Minister of Justice Gérald Darmanin signed a declaration.');
    expect(entityNamed(doc, 'Abdelatif Ouahbi')?.role).toBe('justice minister');
    expect(entityNamed(doc, 'Gérald Darmanin')?.role).toBe('minister of justice');
  });
});
