/**
 * The text comparison the gold guidelines prescribe for names, roles, parties, dates and
 * quotes: case-folded, accents removed, punctuation turned into spaces, spacing collapsed.
 */

// ASCII symbols such as $ + < = > ^ ` | ~ are "punctuation" in the everyday sense (and in
// Python's string.punctuation), so Unicode symbols (\p{S}) go along with \p{P}.
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const COMBINING_MARK = /\p{M}/gu;
const WHITE_SPACE = /\s+/gu;

export function normalizeText(text: string): string {
  // Upper then lower approximates full case folding ("ß" -> "ss", final sigma -> sigma);
  // lowering before NFKD lets the dot of "İ" fall away as a combining mark.
  return text
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(PUNCTUATION, ' ')
    .replace(WHITE_SPACE, ' ')
    .trim();
}

/** The words of a text once normalized; empty for a text of punctuation only. */
export function normalizedWords(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Whether the normalized words of one text occur, contiguous and whole, in the other's. */
export function containsAsWholeWords(a: string, b: string): boolean {
  return containsNormalized(normalizeText(a), normalizeText(b));
}

/** Jaccard similarity of the two texts' normalized word sets; 0 when either has no word. */
export function wordJaccard(a: string, b: string): number {
  return jaccardOfSets(new Set(normalizedWords(a)), new Set(normalizedWords(b)));
}

/**
 * Normalized forms memoized for one scoring call: matching compares every gold item with
 * every predicted one, and normalizing each text once keeps that cheap on long lists.
 */
export class NormalizedTexts {
  private readonly normalized = new Map<string, string>();
  private readonly wordSets = new Map<string, Set<string>>();

  of(text: string): string {
    let value = this.normalized.get(text);
    if (value === undefined) {
      value = normalizeText(text);
      this.normalized.set(text, value);
    }
    return value;
  }

  wordsOf(text: string): Set<string> {
    let value = this.wordSets.get(text);
    if (value === undefined) {
      const normalized = this.of(text);
      value = new Set(normalized === '' ? [] : normalized.split(' '));
      this.wordSets.set(text, value);
    }
    return value;
  }

  /** As containsAsWholeWords. */
  contains(a: string, b: string): boolean {
    return containsNormalized(this.of(a), this.of(b));
  }

  /** As wordJaccard. */
  jaccard(a: string, b: string): number {
    return jaccardOfSets(this.wordsOf(a), this.wordsOf(b));
  }
}

function containsNormalized(left: string, right: string): boolean {
  if (left === '' || right === '') return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return ` ${longer} `.includes(` ${shorter} `);
}

function jaccardOfSets(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}
