import { describe, expect, it } from 'vitest';
import { identifyLanguage, normalizeDeclared } from '../../../src/ingest/pull/language.js';
import { ENGLISH_PARAGRAPHS, FRENCH_PARAGRAPHS } from './server.js';

const SPANISH =
  'Los ministros de Defensa de Francia y Marruecos firmaron el martes un acuerdo para ampliar los ejercicios navales conjuntos en el Mediterráneo, según informaron fuentes oficiales. El acuerdo prevé al menos dos ejercicios al año.';
const GERMAN =
  'Die Verteidigungsminister Frankreichs und Marokkos haben am Dienstag ein Abkommen unterzeichnet, das gemeinsame Marineübungen im Mittelmeer ausweitet, teilten Beamte mit. Beide Länder wollen mindestens zwei Übungen im Jahr abhalten.';

describe('identifyLanguage', () => {
  it('identifies the language from enough text, whatever the page declares', () => {
    expect(identifyLanguage(ENGLISH_PARAGRAPHS.join(' '), 'fr')).toEqual({ lang: 'en', basis: 'text' });
    expect(identifyLanguage(FRENCH_PARAGRAPHS.join(' '), 'en')).toEqual({ lang: 'fr', basis: 'text' });
    expect(identifyLanguage(SPANISH).lang).toBe('es');
    expect(identifyLanguage(GERMAN).lang).toBe('de');
  });

  it('never falls back to English for a text ambiguous between two other languages', () => {
    // Half Spanish, half Portuguese: franc scores the two within its margin of each other.
    const mixed = `${SPANISH} O governo anunciou um acordo de cooperação com os países vizinhos para combater o tráfico de drogas e armas na fronteira, segundo o ministro.`;
    expect(identifyLanguage(mixed).lang).toMatch(/^(?:pt|es)$/);
    expect(identifyLanguage(mixed, 'es')).toEqual({ lang: 'es', basis: 'text' });
  });

  it('trusts the declared language for short texts, and defaults to English', () => {
    expect(identifyLanguage('Accord signé.', 'fr-FR')).toEqual({ lang: 'fr', basis: 'declared' });
    expect(identifyLanguage('Deal signed.', null)).toEqual({ lang: 'en', basis: 'default' });
  });

  it('normalizes declared tags', () => {
    expect(normalizeDeclared('en-GB')).toBe('en');
    expect(normalizeDeclared('PT_br')).toBe('pt');
    expect(normalizeDeclared('not a tag')).toBeNull();
  });
});
