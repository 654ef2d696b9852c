import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityNamed, runEntities } from './helpers.js';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/entities/seed-france-morocco.json', import.meta.url), 'utf8')) as { text: string };

describe('entities stage on the seed article', () => {
  const doc = runEntities(seed.text);

  it.each([
    ['Bruno Retailleau', 'FRA', 'interior minister'],
    ['Abdelouafi Laftit', 'MAR', 'interior minister'],
    ['Emmanuel Macron', 'FRA', 'president'],
    ['Abdelatif Ouahbi', 'MAR', 'minister of justice'],
    ['Gérald Darmanin', 'FRA', 'minister of justice'],
  ])('finds %s (%s, %s)', (name, country, role) => {
    const person = entityNamed(doc, name);
    expect(person).toMatchObject({ type: 'PERSON', country, role });
  });

  it('finds the two states with their codes', () => {
    expect(doc.entities.find((e) => e.type === 'COUNTRY' && e.country === 'FRA')?.name).toBe('France');
    expect(doc.entities.find((e) => e.type === 'COUNTRY' && e.country === 'MAR')?.name).toBe('Morocco');
  });

  it('treats capitals as places whose party is the state', () => {
    expect(entityNamed(doc, 'Rabat')).toMatchObject({ type: 'PLACE', country: 'MAR', party: 'MAR' });
  });

  it('finds ministries with their state and institutes', () => {
    expect(entityNamed(doc, 'French Ministry of the Interior')).toMatchObject({ type: 'ORG', country: 'FRA' });
    expect(entityNamed(doc, 'Moroccan Ministry of the Interior')).toMatchObject({ type: 'ORG', country: 'MAR' });
    expect(entityNamed(doc, 'Institute for Economics and Peace')).toMatchObject({ type: 'ORG' });
  });

  it('resolves surnames to the full name', () => {
    const retailleau = doc.entities.findIndex((e) => e.name === 'Bruno Retailleau');
    expect(doc.mentions.filter((m) => m.entity === retailleau).length).toBeGreaterThan(3);
  });

  it('gives every mention offsets that point at its text', () => {
    for (const m of doc.mentions) expect(seed.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('entities stage patterns', () => {
  it('reads appositions with a state adjective', () => {
    const doc = runEntities('Talks were led by Sameh Shoukry, the Egyptian foreign minister, in Cairo.');
    expect(entityNamed(doc, 'Sameh Shoukry')).toMatchObject({ country: 'EGY', role: 'foreign minister' });
  });

  it('reads "of <state>" after a titled name', () => {
    const doc = runEntities('Yesterday, President Hassan Rouhani of Iran spoke.');
    expect(entityNamed(doc, 'Hassan Rouhani')).toMatchObject({ country: 'IRN', role: 'president' });
  });

  it('gives intergovernmental bodies their acronym as party', () => {
    const doc = runEntities('The ministers met at NATO headquarters and with Interpol officials.');
    expect(doc.entities.find((e) => e.party === 'NATO')?.type).toBe('ORG');
    expect(doc.entities.find((e) => e.party === 'INTERPOL')?.name).toBe('Interpol');
  });

  it('recognizes alternative country names and demonyms', () => {
    const doc = runEntities('Britain and the U.S. deported several Moroccans to Burma and Ivory Coast.');
    const codes = doc.entities.filter((e) => e.type === 'COUNTRY').map((e) => e.country);
    expect(codes).toEqual(expect.arrayContaining(['GBR', 'USA', 'MAR', 'MMR', 'CIV']));
  });
});
