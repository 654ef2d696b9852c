import { describe, expect, it } from 'vitest';
import { entityNamed, runEntities } from './helpers.js';

describe('entity types and codes', () => {
  it('reads a court title before a name as the person’s office', () => {
    const doc = runEntities('The court heard that Supreme Court Justice Elena Kagan dissented.');
    expect(entityNamed(doc, 'Elena Kagan')).toMatchObject({ type: 'PERSON', role: 'supreme court justice' });
    expect(doc.entities.find((e) => e.type === 'ORG' && e.name.includes('Kagan'))).toBeUndefined();
  });

  it('codes Kosovo XKX, as news data does, not world-countries’ UNK', () => {
    const doc = runEntities('Kosovo and Serbia signed the deal in Pristina.');
    expect(entityNamed(doc, 'Kosovo')).toMatchObject({ type: 'COUNTRY', country: 'XKX', party: 'XKX' });
    expect(entityNamed(doc, 'Pristina')).toMatchObject({ type: 'PLACE', country: 'XKX' });
  });

  it('reads a compass word and a name as a region', () => {
    const doc = runEntities('Troops moved into North Waziristan last week.');
    expect(entityNamed(doc, 'North Waziristan')).toMatchObject({ type: 'PLACE' });
  });

  it('takes a place-like surname back for the person named in full', () => {
    const doc = runEntities('National Security Adviser John Bolton resigned. Bolton said he quit.');
    expect(doc.entities.map((e) => e.name)).toEqual(['John Bolton']);
    expect(doc.mentions).toHaveLength(2);
    const initialed = runEntities("Trump asked for adviser John R. Bolton's resignation. Bolton was a critic.");
    expect(initialed.entities.filter((e) => e.type === 'PLACE')).toEqual([]);
  });

  it('joins a surname written with its particle to the full name', () => {
    const doc = runEntities('Nabil Hasan al-Quaety was killed. Al-Quaety was 30.');
    expect(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Nabil Hasan al-Quaety']);
  });

  it('reads police ranks and plural legislative titles as offices', () => {
    const doc = runEntities('Chief Superintendent Graciano Mijares and Representatives Eliot Engel spoke.');
    expect(entityNamed(doc, 'Graciano Mijares')).toMatchObject({ type: 'PERSON', role: 'chief superintendent' });
    expect(entityNamed(doc, 'Eliot Engel')).toMatchObject({ type: 'PERSON', role: 'representative' });
  });
});
