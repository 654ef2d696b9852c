import { francAll } from 'franc-min';
import { ISO_639_3_TO_1 } from './language-codes.js';

/** Below this many letters trigram statistics are a guess; the page's declared language wins. */
const MIN_LETTERS_TO_DETECT = 120;
/** Only the opening of a long text is scored: enough for a stable answer, cheap on huge pages. */
const SAMPLE_CHARS = 4000;
/** franc scores the best language 1; a runner-up this close means the text is ambiguous between them. */
const AMBIGUOUS_MARGIN = 0.02;

export interface LanguageGuess {
  /** ISO 639-1 where one exists, else ISO 639-3. */
  lang: string;
  /** 'text' when identified from the text, 'declared' from markup or a feed, 'default' otherwise. */
  basis: 'text' | 'declared' | 'default';
}

/**
 * The language of an article: identified from its text when there is enough of it, because
 * sites often declare lang="en" in a template shared by all their editions; otherwise the
 * declared language; otherwise English, the language the extractors expect.
 */
export function identifyLanguage(text: string, declared: string | null = null): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= MIN_LETTERS_TO_DETECT) {
    const ranked = francAll(sample, { minLength: MIN_LETTERS_TO_DETECT });
    const best = ranked[0];
    if (best && best[0] !== 'und') {
      const close = ranked.filter(([, score]) => best[1] - score <= AMBIGUOUS_MARGIN);
      if (close.length === 1) return { lang: toIso6391(best[0]), basis: 'text' };
      const declaredAmongClose = close.find(([code]) => sameLanguage(code, declared));
      if (declaredAmongClose) return { lang: toIso6391(declaredAmongClose[0]), basis: 'text' };
      // Portuguese or Spanish, the text is surely not English, which is what extraction depends on;
      // falling back to the default would extract it as English.
      if (!close.some(([code]) => code === 'eng')) return { lang: toIso6391(best[0]), basis: 'text' };
    }
  }
  const normalized = normalizeDeclared(declared);
  return normalized ? { lang: normalized, basis: 'declared' } : { lang: 'en', basis: 'default' };
}

export function toIso6391(code: string): string {
  return ISO_639_3_TO_1[code] ?? code;
}

/** "en-GB", "EN_us", "en" -> "en"; anything that is not a language tag -> null. */
export function normalizeDeclared(declared: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(declared ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function sameLanguage(code: string, declared: string | null): boolean {
  return declared !== null && toIso6391(code) === normalizeDeclared(declared);
}
