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
  // The same as replacing every /\s+/ with a space, without rewriting the single spaces that
  // make up most of them (five times faster on news text).
  return text.normalize('NFKC').toLowerCase().replace(SPACING_TO_COLLAPSE, ' ').trim();
}

const SPACING_TO_COLLAPSE = / \s+|[^\S ]\s*/g;

/** Characters that cannot appear in text: NULs, other C0 controls but tab and newlines, replacement characters. */
// eslint-disable-next-line no-control-regex
const IMPOSSIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;

/** Share of characters that cannot appear in text: NULs and replacement characters from bad decoding. */
export function binaryRatio(sample: string): number {
  if (sample.length === 0) return 0;
  // One regex pass: a per-character loop costs more than the rest of reading an article.
  const bad = sample.match(IMPOSSIBLE);
  return bad === null ? 0 : bad.length / sample.length;
}

/** How far down a dateline may stand: under a headline and a byline at most. */
export const DATELINE_LINES = 3;

/**
 * The first `count` non-empty lines of the text, trimmed, with where each starts: the headline,
 * byline and dateline zone. Blank lines do not count, so a page that spaces its header out by
 * blank lines has the same zone as one that does not.
 */
export function earlyLines(text: string, count = DATELINE_LINES): { text: string; start: number; number: number }[] {
  const lines: { text: string; start: number; number: number }[] = [];
  let lineStart = 0;
  while (lines.length < count && lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, start: lineStart + raw.indexOf(trimmed), number: lines.length + 1 });
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}

/**
 * Whether text[start, end) stands alone on one of the early lines of the text (`earlyLines`):
 * the place of a dateline under the headline ("Morocco signs pact\nApril 14, 2025\n...").
 */
export function isAloneOnEarlyLine(text: string, start: number, end: number, lines = DATELINE_LINES): boolean {
  return earlyLines(text, lines).some((line) => line.start === start && line.text.length === end - start);
}
