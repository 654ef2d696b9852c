/** A quotation found between quotation marks, without the marks. */
export interface QuotedSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark. */
  close: number;
}

// A quotation longer than this is an unbalanced mark, not a quote.
const MAX_QUOTE = 3000;

/**
 * Spans between curly (“ ”) or straight (") double quotation marks. Marks pair within a
 * paragraph only, so one stray mark cannot swallow the rest of the article. Linear in the text.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let curlyOpen = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      curlyOpen = -1;
      straightOpen = -1;
    } else if (c === 0x201c) {
      curlyOpen = i;
    } else if (c === 0x201d) {
      if (curlyOpen >= 0 && i - curlyOpen <= MAX_QUOTE) out.push({ open: curlyOpen, start: curlyOpen + 1, end: i, close: i + 1 });
      curlyOpen = -1;
    } else if (c === 34) {
      if (straightOpen < 0) {
        straightOpen = i;
      } else {
        if (i - straightOpen <= MAX_QUOTE) out.push({ open: straightOpen, start: straightOpen + 1, end: i, close: i + 1 });
        straightOpen = -1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const MIN_WORDS = 9;
const MIN_WORDS_WITH_STOP = 5;

/**
 * Whether quoted words are a quotation rather than scare quotes around a term: long enough to be
 * a sentence, or a shorter phrase that ends a sentence inside the marks.
 */
export function isQuotation(words: string): boolean {
  const trimmed = words.trim();
  const count = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (count >= MIN_WORDS) return true;
  return count >= MIN_WORDS_WITH_STOP && /[.!?](?:\[\.\])?$|\[\.\]$/u.test(trimmed);
}
