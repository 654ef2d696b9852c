import { describe, expect, it } from 'vitest';
import { entityNamed, runEntities } from './helpers.js';

describe('person states the text implies', () => {
  it('takes the state of the person whose office it is', () => {
    const doc = runEntities("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said the ban stands.");
    expect(entityNamed(doc, 'Steffen Seibert')).toMatchObject({ country: 'DEU', role: 'spokesperson' });
  });

  it('takes the state of the body whose office it is, across mentions', () => {
    const doc = runEntities("Germany banned Iranian airline Mahan Air. Reports say Mahan's director, Hamid Arabnejad Khanooki, has ties to the guards.");
    expect(entityNamed(doc, 'Mahan Air')).toMatchObject({ type: 'ORG', country: 'IRN' });
    expect(entityNamed(doc, 'Hamid Arabnejad Khanooki')).toMatchObject({ country: 'IRN', role: 'director' });
  });

  it('reads a national body before coordinated offices', () => {
    const doc = runEntities('Retired FBI agent and terrorism specialist Ali Soufan told reporters about it.');
    expect(entityNamed(doc, 'Ali Soufan')).toMatchObject({ country: 'USA', role: 'terrorism specialist' });
  });

  it('reads an office of a city before a comma', () => {
    const doc = runEntities('The prosecutor general of Tehran, Ali Alghasi Mehr, said the charges stand.');
    expect(entityNamed(doc, 'Ali Alghasi Mehr')).toMatchObject({ country: 'IRN', role: 'prosecutor general' });
  });

  it('keeps "former" before the state adjective', () => {
    const doc = runEntities('The deal was agreed under former US President Barack Obama.');
    expect(entityNamed(doc, 'Barack Obama')).toMatchObject({ country: 'USA', role: 'former president' });
  });

  it('pairs a list of states with a list of people', () => {
    const doc = runEntities(
      'Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, met in Cairo.',
    );
    expect(entityNamed(doc, 'Nikos Dendias')).toMatchObject({ country: 'GRC', role: 'foreign minister' });
    expect(entityNamed(doc, 'Nikos Christodoulides')).toMatchObject({ country: 'CYP', role: 'foreign minister' });
    expect(entityNamed(doc, 'Jean-Yves Le Drian')).toMatchObject({ country: 'FRA', role: 'foreign minister' });
  });

  it('shares a plural title between coordinated names', () => {
    const doc = runEntities('Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.');
    expect(entityNamed(doc, 'Patrice Talon')).toMatchObject({ country: 'BEN', role: 'president' });
  });

  it('gives a title used by one state that state when the article names it', () => {
    const doc = runEntities('Foreign Secretary Dominic Raab spoke with officials about the United Kingdom and the United States.');
    expect(entityNamed(doc, 'Dominic Raab')).toMatchObject({ country: 'GBR', role: 'foreign secretary' });
  });

  it('gives an unqualified prime minister the named state that has one', () => {
    const doc = runEntities(
      'Prime Minister Boris Johnson asked the United States to help. The United Kingdom and the United States talked. The US said no. The US embassy agreed.',
    );
    expect(entityNamed(doc, 'Boris Johnson')).toMatchObject({ country: 'GBR', role: 'prime minister' });
  });

  it('reads a state name after a given name as a surname', () => {
    const doc = runEntities('Nikki Holland of the UK said the site was closed.');
    expect(entityNamed(doc, 'Nikki Holland')).toMatchObject({ type: 'PERSON', country: 'GBR' });
    expect(doc.entities.find((e) => e.country === 'NLD')).toBeUndefined();
  });

  it('types names after organization descriptors', () => {
    const doc = runEntities('Greek daily Kathimerini said so. German firms including Deutsche Bahn, Deutsche Telekom, and Siemens left.');
    expect(entityNamed(doc, 'Kathimerini')).toMatchObject({ type: 'ORG', country: 'GRC' });
    expect(entityNamed(doc, 'Deutsche Bahn')).toMatchObject({ type: 'ORG', country: 'DEU' });
    expect(entityNamed(doc, 'Deutsche Telekom')).toMatchObject({ type: 'ORG', country: 'DEU' });
  });

  it('splits the body before a title from the titled person', () => {
    const doc = runEntities('Yesterday Apple CEO Steve Jobs showed the phone.');
    expect(entityNamed(doc, 'Steve Jobs')).toMatchObject({ type: 'PERSON', role: 'ceo' });
    expect(entityNamed(doc, 'Apple')).toMatchObject({ type: 'ORG' });
  });

  it('takes a one-word name used again and again for an organization', () => {
    const doc = runEntities('Shares of Airbus rose. Analysts said Airbus would deliver more jets than Boeing.');
    expect(entityNamed(doc, 'Airbus')).toMatchObject({ type: 'ORG' });
  });

  it('keeps company suffixes and names built on a state', () => {
    const doc = runEntities('Apple Inc. signed the deal. It was with Air Canada, and Cyprus Mail reported it.');
    expect(entityNamed(doc, 'Apple Inc.')).toMatchObject({ type: 'ORG' });
    expect(entityNamed(doc, 'Air Canada')).toMatchObject({ type: 'ORG' });
    expect(entityNamed(doc, 'Cyprus Mail')).toMatchObject({ type: 'ORG' });
  });

  it('reads "the Hague" as the Dutch city', () => {
    const doc = runEntities('The case may go before the court in the Hague next year.');
    expect(doc.entities.find((e) => e.name.toLowerCase() === 'the hague')).toMatchObject({ type: 'PLACE', country: 'NLD' });
  });
});

describe('names shared by a state and a US state', () => {
  it('reads Georgia in a list of US states as the US state', () => {
    const doc = runEntities('Members came from Alabama, Florida, Georgia, Kansas and Ohio.');
    expect(entityNamed(doc, 'Georgia')).toMatchObject({ type: 'PLACE', country: 'USA' });
  });

  it('keeps Georgia the country elsewhere', () => {
    const doc = runEntities('Georgia and Armenia signed the deal.');
    expect(entityNamed(doc, 'Georgia')).toMatchObject({ type: 'COUNTRY', country: 'GEO' });
  });
});
