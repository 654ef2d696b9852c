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

// Initialisms ("U.S.", "D.C."), then words with inner hyphens and apostrophe-less letters,
// then any single other character. Every alternative consumes at least one character, so
// the scan is linear whatever the input.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD_START = /[\p{L}\p{N}]/u;
const NON_LETTERS = /[^\p{L}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const value = m[0];
    const shape = isAscii(value) ? asciiShape(value) : unicodeShape(value);
    tokens.push({
      text: value,
      start: m.index,
      end: m.index + value.length,
      lower: value.toLowerCase(),
      cap: shape.cap,
      allCaps: shape.allCaps,
      word: shape.word,
      spaceBefore: previousEnd !== m.index,
    });
    previousEnd = m.index + value.length;
  }
  return tokens;
}

interface Shape {
  word: boolean;
  cap: boolean;
  allCaps: boolean;
}

// Shapes are read per token of every article: the three possible ASCII answers for a word
// and the one for punctuation are shared objects, so that the common case allocates nothing.
const PUNCTUATION: Shape = { word: false, cap: false, allCaps: false };
const LOWER_WORD: Shape = { word: true, cap: false, allCaps: false };
const CAPITALIZED_WORD: Shape = { word: true, cap: true, allCaps: false };
const ALL_CAPS_WORD: Shape = { word: true, cap: true, allCaps: true };
const ALL_CAPS_AFTER_DIGIT: Shape = { word: true, cap: false, allCaps: true };

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigitAscii = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The same answers as `unicodeShape`, by character codes, for the (usual) pure ASCII token. */
function asciiShape(value: string): Shape {
  const first = value.charCodeAt(0);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isUpperAscii(c)) upper++;
    else if (isLowerAscii(c)) lower++;
  }
  const allCaps = upper >= 2 && lower === 0;
  // An initialism ("U.S.") counts as a word too: it starts with a letter.
  const word = isUpperAscii(first) || isLowerAscii(first) || isDigitAscii(first);
  // Punctuation is a single character, so never all capitals.
  if (!word) return PUNCTUATION;
  // "9AB": all capitals, but not capitalized.
  if (!isUpperAscii(first)) return allCaps ? ALL_CAPS_AFTER_DIGIT : LOWER_WORD;
  return allCaps ? ALL_CAPS_WORD : CAPITALIZED_WORD;
}

function unicodeShape(value: string): Shape {
  const first = value[0]!;
  const word = WORD_START.test(first);
  const letters = value.replace(NON_LETTERS, '');
  return {
    word,
    cap: word && first !== first.toLowerCase(),
    allCaps: letters.length >= 2 && value === value.toUpperCase() && value !== value.toLowerCase(),
  };
}
