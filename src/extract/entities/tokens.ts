/** A word or punctuation mark with its offsets in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with an upper-case letter (or is an initialism such as "U.S."). */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Only letters, digits, marks or inner hyphens: not punctuation. */
  word: boolean;
  /** Whether white space separates this token from the previous one. */
  spaceBefore: boolean;
}

/**
 * Splits text into initialisms ("U.S.", "D.C."), runs of letters, marks and digits, and single
 * other characters, skipping white space; tokens that start at or after `to` are left out.
 * Every step consumes at least one character, so the scan is linear whatever the input. It reads
 * like the regular expression /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu, but by character codes:
 * the expression's match objects were the larger part of the cost of reading every article.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const lowerText = lowerCaseByOffsets(text);
  let previousEnd = -1;
  let i = from;
  while (i < text.length) {
    const c = codePointAt(text, i);
    const kind = charKind(c);
    if (kind === SPACE) {
      i += unitsOf(c);
      continue;
    }
    if (i >= to) break;
    let end = i + unitsOf(c);
    // An initialism needs a full stop right after its first letter.
    if (kind === LETTER) end = (text.charCodeAt(end) === FULL_STOP ? initialismEnd(text, i) : null) ?? wordEnd(text, end);
    else if (kind === MARK || kind === DIGIT) end = wordEnd(text, end);
    const value = text.slice(i, end);
    const shape = kind === OTHER ? (c < 0x80 ? PUNCTUATION : SYMBOL) : (asciiShape(value) ?? unicodeShape(value));
    tokens.push({
      text: value,
      start: i,
      end,
      lower: shape.lowerIsSelf ? value : lowerText === null ? value.toLowerCase() : lowerText.slice(i, end),
      cap: shape.cap,
      allCaps: shape.allCaps,
      word: shape.word,
      spaceBefore: previousEnd !== i,
    });
    previousEnd = end;
    i = end;
  }
  return tokens;
}

/** The one lower-case mapping that depends on the letters around it: Σ is ς at the end of a word. */
const CAPITAL_SIGMA = '\u03a3';

/**
 * The text in lower case when every token's lower case is the same offsets of it, else null.
 * One call for the article costs far less than one per capitalized token. It holds unless a
 * mapping changes the length (İ becomes i and a combining dot) or reads the context (Σ).
 */
function lowerCaseByOffsets(text: string): string | null {
  if (text.includes(CAPITAL_SIGMA)) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const SPACE = 4;
const FULL_STOP = 0x2e;
type CharKind = typeof OTHER | typeof LETTER | typeof MARK | typeof DIGIT | typeof SPACE;

const WORD_START = /[\p{L}\p{N}]/u;
const NON_LETTERS = /[^\p{L}]/gu;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;
/** Kinds of the non-ASCII characters met so far: few distinct ones in any corpus. */
const unicodeKinds = new Map<number, CharKind>();

/** The code point at `i`, or the lone surrogate there, as the `u` flag of a regular expression reads it. */
function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
}

function unitsOf(c: number): number {
  return c > 0xffff ? 2 : 1;
}

function asciiKind(c: number): CharKind {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LETTER;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? SPACE : OTHER;
}

const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, c) => asciiKind(c));

function charKind(c: number): CharKind {
  if (c < 0x80) return ASCII_KINDS[c] as CharKind;
  let kind = unicodeKinds.get(c);
  if (kind === undefined) {
    const char = String.fromCodePoint(c);
    kind = IS_LETTER.test(char) ? LETTER : IS_MARK.test(char) ? MARK : IS_DIGIT.test(char) ? DIGIT : IS_SPACE.test(char) ? SPACE : OTHER;
    unicodeKinds.set(c, kind);
  }
  return kind;
}

/** End of the letters, marks and digits from `i` on. */
function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      const kind = ASCII_KINDS[unit];
      if (kind !== LETTER && kind !== DIGIT) break;
      i++;
      continue;
    }
    const c = codePointAt(text, i);
    const kind = charKind(c);
    if (kind !== LETTER && kind !== MARK && kind !== DIGIT) break;
    i += unitsOf(c);
  }
  return i;
}

/** End of two or more "letter, full stop" pairs from `i` on ("U.S."), or null. */
function initialismEnd(text: string, i: number): number | null {
  let pairs = 0;
  while (i < text.length) {
    const c = codePointAt(text, i);
    const next = i + unitsOf(c);
    if (charKind(c) !== LETTER || text.charCodeAt(next) !== FULL_STOP) break;
    pairs++;
    i = next + 1;
  }
  return pairs >= 2 ? i : null;
}

interface Shape {
  word: boolean;
  cap: boolean;
  allCaps: boolean;
  /** No upper-case letter: the text is its own lower case. */
  lowerIsSelf: boolean;
}

// Shapes are read per token of every article: the few possible ASCII answers are shared
// objects, so that the common case allocates nothing.
const PUNCTUATION: Shape = { word: false, cap: false, allCaps: false, lowerIsSelf: true };
/** Any other single character: no letter, but some symbols have a lower case ("Ⓐ"). */
const SYMBOL: Shape = { word: false, cap: false, allCaps: false, lowerIsSelf: false };
const LOWER_WORD: Shape = { word: true, cap: false, allCaps: false, lowerIsSelf: true };
const MIXED_CASE_WORD: Shape = { word: true, cap: false, allCaps: false, lowerIsSelf: false };
const CAPITALIZED_WORD: Shape = { word: true, cap: true, allCaps: false, lowerIsSelf: false };
const ALL_CAPS_WORD: Shape = { word: true, cap: true, allCaps: true, lowerIsSelf: false };
const ALL_CAPS_AFTER_DIGIT: Shape = { word: true, cap: false, allCaps: true, lowerIsSelf: false };

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigitAscii = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The same answers as `unicodeShape`, by character codes, for the (usual) pure ASCII token; null for any other. */
function asciiShape(value: string): Shape | null {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0x7f) return null;
    if (isUpperAscii(c)) upper++;
    else if (isLowerAscii(c)) lower++;
  }
  const first = value.charCodeAt(0);
  const allCaps = upper >= 2 && lower === 0;
  // An initialism ("U.S.") counts as a word too: it starts with a letter.
  const word = isUpperAscii(first) || isLowerAscii(first) || isDigitAscii(first);
  // Punctuation is a single character, so never all capitals.
  if (!word) return PUNCTUATION;
  if (isUpperAscii(first)) return allCaps ? ALL_CAPS_WORD : CAPITALIZED_WORD;
  // "9AB": all capitals, but not capitalized.
  if (allCaps) return ALL_CAPS_AFTER_DIGIT;
  return upper === 0 ? LOWER_WORD : MIXED_CASE_WORD;
}

function unicodeShape(value: string): Shape {
  const first = value[0]!;
  const word = WORD_START.test(first);
  const letters = value.replace(NON_LETTERS, '');
  return {
    word,
    cap: word && first !== first.toLowerCase(),
    allCaps: letters.length >= 2 && value === value.toUpperCase() && value !== value.toLowerCase(),
    lowerIsSelf: false,
  };
}
