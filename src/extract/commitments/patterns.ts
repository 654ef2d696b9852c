/** Compiles the word lists of cues.ts into regular expressions once. */

const cache = new Map<string, RegExp>();

/** A case-insensitive regular expression for `source` between word boundaries. */
export function words(source: string, flags = 'i'): RegExp {
  const key = `${flags}\u0000${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, flags);
    cache.set(key, re);
  }
  return re;
}

/** `source` anchored at the end of the text before it (optionally followed by white space). */
export function endsWith(source: string): RegExp {
  return words(`(?:${source})\\s*$`);
}

/** `source` anchored at the start of the text after it. */
export function startsWith(source: string): RegExp {
  return new RegExp(`^\\s*(?:${source})(?![\\w-])`, 'i');
}
