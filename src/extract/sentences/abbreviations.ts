/**
 * Abbreviations after which ICU's sentence segmenter wrongly breaks. Titles always precede
 * a name, so a break after them is never a sentence end.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm',
  'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'st', 'ft', 'mt', 'no', 'nos', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc',
  'corp', 'co', 'ltd', 'dept', 'approx', 'est', 'fig', 'vol', 'art', 'sec',
]);

/**
 * Words that usually open a sentence. After an initialism ("U.S.", "p.m.") a following
 * capitalized word outside this list is read as a name continuing the sentence
 * ("the U.N. Security Council"), one inside it as a new sentence.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their',
  'our', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'from', 'with', 'after', 'before', 'during', 'since', 'when', 'while', 'as', 'if',
  'however', 'meanwhile', 'also', 'both', 'some', 'many', 'most', 'all', 'no', 'one', 'two',
  'according', 'last', 'earlier', 'later', 'officials', 'police',
]);
