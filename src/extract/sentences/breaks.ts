/**
 * Sentence boundaries of plain text without ICU. Intl.Segmenter was the larger part of the cost of
 * splitting sentences; most paragraphs of news use only ASCII and a few typographic marks, and over
 * those characters the rules of UAX #29 that ICU applies are short to write out. Any other character
 * returns null, and the caller asks ICU: the answers are the same either way (test/extract/sentences
 * compares them on random text).
 */

// Sentence_Break classes (UAX #29) of the characters read here; UNKNOWN sends the text to ICU.
const UNKNOWN = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const PARA_SEP = 9;
const OTHER = 10;

/** Latin-1 letters: upper case À-Þ, lower case ß-ÿ, bar × and ÷. */
const LATIN_1_UPPER = String.fromCharCode(...range(0xc0, 0xde).filter((c) => c !== 0xd7));
const LATIN_1_LOWER = String.fromCharCode(...range(0xdf, 0xff).filter((c) => c !== 0xf7));

/** The classes, as ICU has them, of the characters the fast path knows. */
const CLASSES: ReadonlyArray<[string, number]> = [
  [' \t\u00a0', SP],
  ['abcdefghijklmnopqrstuvwxyz' + LATIN_1_LOWER, LOWER],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ' + LATIN_1_UPPER, UPPER],
  ['0123456789', NUMERIC],
  ['.', ATERM],
  ['!?', STERM],
  ['"\'()[]{}‘’“”«»', CLOSE],
  [',-:;–—', SCONTINUE],
  ['\n', PARA_SEP],
  ['#$%&*+/<=>@\\^_`|~…£€°•™©®§±×÷′″¡¿', OTHER],
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Class by character code, up to the highest code in CLASSES; UNKNOWN above. */
const CLASS_BY_CODE = new Uint8Array(Math.max(...CLASSES.flatMap(([chars]) => [...chars].map((ch) => ch.charCodeAt(0)))) + 1);
for (const [chars, cls] of CLASSES) for (const ch of chars) CLASS_BY_CODE[ch.charCodeAt(0)] = cls;

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < CLASS_BY_CODE.length ? CLASS_BY_CODE[code]! : UNKNOWN;
}

/**
 * Where ICU's sentence segmenter would end the segments of text[from, to), as offsets in `text`
 * in increasing order, the last one `to`; null when the piece holds a character outside CLASSES.
 * One pass: the rules look ahead, but a character they misread as unknown is met later and
 * returns null all the same.
 */
export function plainSentenceBreaks(text: string, from: number, to: number): number[] | null {
  const breaks: number[] = [];
  for (let k = from; k < to; k++) {
    const term = classAt(text, k);
    if (term === UNKNOWN) return null;
    // SB4: a paragraph ends a sentence (the caller's pieces end at the first one).
    if (term === PARA_SEP && k + 1 < to) breaks.push(k + 1);
    if (term !== ATERM && term !== STERM) continue;
    // Only after "SATerm Close* Sp*" can a sentence end (SB9, SB10, SB11).
    let p = k + 1;
    while (p < to && classAt(text, p) === CLOSE) p++;
    while (p < to && classAt(text, p) === SP) p++;
    if (p < to && !continuesAt(text, from, to, k, p)) breaks.push(p);
  }
  breaks.push(to);
  return breaks;
}

/** Whether a rule keeps the sentence going at `p`, right after "SATerm Close* Sp*" from `term` on. */
function continuesAt(text: string, from: number, to: number, term: number, p: number): boolean {
  const next = classAt(text, p);
  // SB9, SB10: a paragraph separator ends the sentence after itself, which ends the piece.
  if (next === PARA_SEP) return true;
  // SB8a: "etc., and", "Why?!".
  if (next === SCONTINUE || next === ATERM || next === STERM) return true;
  if (classAt(text, term) !== ATERM) return false;
  // SB6: "3.5"; SB7: "U.S.".
  if (p === term + 1 && next === NUMERIC) return true;
  if (p === term + 1 && next === UPPER && term > from) {
    const before = classAt(text, term - 1);
    if (before === UPPER || before === LOWER) return true;
  }
  // SB8: a lower-case letter comes before any letter, separator or terminator: "e.g. (the".
  for (let q = p; q < to; q++) {
    const cls = classAt(text, q);
    if (cls === LOWER) return true;
    if (cls === UPPER || cls === PARA_SEP || cls === ATERM || cls === STERM) return false;
  }
  return false;
}
