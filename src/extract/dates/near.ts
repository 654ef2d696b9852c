/**
 * Runs a rule's regular expression only near the places where it can match.
 *
 * The rule patterns are long alternations with optional leading words, which V8 has to try at
 * every word of the text; most words are nowhere near a date. Every pattern has a required,
 * rarer core (a month name, a unit, four digits), the trigger, preceded by at most a few words
 * from a small vocabulary ("about the past three years"). So the pattern is only run from the
 * first word before a trigger that it could start with, and yields exactly the matches that
 * `text.matchAll(pattern)` would: same order, same groups, same offsets.
 */

export interface Trigger {
  /**
   * Regular-expression source that every match of the pattern contains (non-capturing, never
   * empty). It may match more than the pattern does, but should not begin with a lookbehind: V8
   * can then no longer skip ahead to the trigger's first characters, and the scan is ten times slower.
   */
  pattern: string;
  /** Lower-cased words that may come between the start of a match and its trigger. */
  words?: Iterable<string>;
  /** Character class (source) of the other characters that may come there, e.g. `[\\s\\d,-]`. */
  chars?: string;
}

export interface TriggeredPattern {
  /** The wrapped pattern and its trigger, kept so that tests can check the one against the other. */
  readonly pattern: RegExp;
  readonly trigger: Trigger;
  /** The matches of the pattern in `text`, identical to `[...text.matchAll(pattern)]`. */
  matchAll(text: string): RegExpExecArray[];
}

const LETTER = /\p{L}/u;

function isLetter(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(text[index]!);
}

/**
 * The lowest offset, not below `floor`, at which a match containing the trigger at `at` can
 * start: walking back over allowed words and characters, stopping at anything else.
 */
function reachBack(text: string, at: number, floor: number, words: ReadonlySet<string>, chars: RegExp | null): number {
  let i = at;
  while (i > floor) {
    if (isLetter(text, i - 1)) {
      let j = i - 1;
      while (j > floor && isLetter(text, j - 1)) j--;
      // A word cut by the floor cannot be judged; nothing before the floor is matched again anyway.
      if (j === floor) return floor;
      if (!words.has(text.slice(j, i).toLowerCase())) return i;
      i = j;
    } else if (chars?.test(text[i - 1]!)) {
      i--;
    } else {
      return i;
    }
  }
  return floor;
}

/**
 * Wraps a global `pattern` whose matches all contain `trigger`, and (no match starting inside
 * a word) only the trigger's `words` and `chars` between their start and the trigger.
 */
export function triggered(pattern: RegExp, trigger: Trigger): TriggeredPattern {
  if (!pattern.global) throw new Error(`triggered: pattern needs the g flag: ${pattern.source}`);
  const flags = pattern.flags;
  // The empty alternative stops the search at the trigger when the pattern has not matched before
  // it, so that one search never runs on into text that holds no trigger.
  const search = new RegExp(`(?:${pattern.source})|(?=${trigger.pattern})`, flags);
  const find = new RegExp(trigger.pattern, flags);
  const words: ReadonlySet<string> = new Set([...(trigger.words ?? [])].map((w) => w.toLowerCase()));
  const chars = trigger.chars ? new RegExp(`^${trigger.chars}$`, flags.includes('u') ? 'u' : '') : null;
  return {
    pattern,
    trigger,
    matchAll(text: string): RegExpExecArray[] {
      const out: RegExpExecArray[] = [];
      // Invariant: every match of the pattern starting before `from` has been returned.
      let from = 0;
      let at = -1;
      let start = 0;
      while (from < text.length) {
        if (at < from) {
          find.lastIndex = from;
          const next = find.exec(text);
          if (!next) break;
          at = next.index;
          start = reachBack(text, at, from, words, chars);
        }
        search.lastIndex = Math.max(from, start);
        const m = search.exec(text);
        if (!m) break;
        if (m[0] === '') {
          from = m.index + 1;
          continue;
        }
        out.push(m);
        from = m.index + m[0].length;
      }
      return out;
    },
  };
}

/** The single words of some phrases, for a trigger's `words`. */
export function wordsOf(...phrases: Iterable<string>[]): string[] {
  return phrases.flatMap((list) => [...list].flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)));
}
