/**
 * Spelling variants of one personal name within an article: transliterations ("Usama bin
 * Ladin" / "Osama bin Laden") and typos ("Jonathan Socoolas" / "Jonathan Sacoolas").
 *
 * Uses `natural` (already a dependency) for two well-kept, well-known measures rather than our
 * own: Jaro-Winkler similarity, which forgives the vowel swaps and doubled letters of
 * transliteration, and Double Metaphone keys, which require the two words to sound alike, so
 * that similar-looking but different names ("Khamenei" / "Khomeini" scores 0.82 but is
 * another man; "Hamza" / "Osama" sound nothing alike) stay apart. Only the small distance and
 * phonetics modules are loaded, not the whole library.
 */
import distance from 'natural/lib/natural/distance/index.js';
import phonetics from 'natural/lib/natural/phonetics/index.js';

/** Jaro-Winkler similarity two differing words need (Usama/Osama 0.87, Khamenei/Khomeini 0.82). */
const MIN_SIMILARITY = 0.85;
/** Shorter words carry too little to tell a variant from another name ("Un" / "Il"). */
const MIN_VARIANT_LENGTH = 3;

function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = phonetics.DoubleMetaphone.process(a);
  const [b1, b2] = phonetics.DoubleMetaphone.process(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

/** Two spellings of one word of a name: close in letters and in sound. */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_VARIANT_LENGTH || b.length < MIN_VARIANT_LENGTH) return false;
  return distance.JaroWinklerDistance(a, b, {}) >= MIN_SIMILARITY && soundAlike(a, b);
}

/**
 * Two full names (normalized words, two or more each) of one person spelled two ways: the same
 * number of words, each pair the same word or a spelling variant, at least one the same. So a
 * differing given name keeps two relatives apart ("Hamza bin Laden", "Osama bin Laden").
 */
export function sameNameSpelledDifferently(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  if (same === 0 || same === a.length) return false;
  for (let i = 0; i < a.length; i++) if (!spellingVariants(a[i]!, b[i]!)) return false;
  return true;
}
