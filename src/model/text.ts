/**
 * Text as every stage sees it: well-formed UTF-16 (better-sqlite3 turns lone surrogates into
 * three U+FFFD), no control characters except newline and tab, Unix newlines, NFC.
 * Offsets of every fact refer to this cleaned text, which is what the database stores.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

export function cleanText(raw: string): string {
  return raw
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .normalize('NFC');
}

/** The form of the text that identifies an article: case and spacing do not make a new article. */
export function normalizeForId(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Share of characters that cannot appear in text: NULs and replacement characters from bad decoding. */
export function binaryRatio(sample: string): number {
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / sample.length;
}
