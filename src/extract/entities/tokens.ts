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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const value = m[0];
    const first = value[0]!;
    const word = /[\p{L}\p{N}]/u.test(first);
    const upper = value.toUpperCase();
    const letters = value.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: value,
      start: m.index,
      end: m.index + value.length,
      lower: value.toLowerCase(),
      cap: word && first !== first.toLowerCase(),
      allCaps: letters.length >= 2 && value === upper && value !== value.toLowerCase(),
      word,
      spaceBefore: previousEnd !== m.index,
    });
    previousEnd = m.index + value.length;
  }
  return tokens;
}
