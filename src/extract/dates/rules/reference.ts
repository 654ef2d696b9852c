/** Vague references to the present, past or future: "now", "currently", "recently", "the near future". */
import type { Candidate, DateRule } from '../candidate.js';
import { REFERENCE_WORDS } from '../lexicon.js';
import { type TriggeredPattern, triggered } from '../near.js';
import { anyOf, key } from '../patterns.js';

const REFERENCE_PHRASE = anyOf(REFERENCE_WORDS.keys());
const REFERENCE = triggered(new RegExp(`(?<![\\p{L}'’-])(${REFERENCE_PHRASE})(?![\\p{L}'’-])`, 'gu'), { pattern: REFERENCE_PHRASE });

export const referenceRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of REFERENCE.matchAll(text)) {
    const word = key(m[1]!);
    const start = m.index;
    const end = start + m[0].length;
    // "now" in "now that", "until now" is still a reference; "future" as a noun modifier
    // ("future generations") is one in TimeBank too, so keep it.
    // "current" only as "the current X" / "current X" adjective before a noun, not "electric current".
    // "Prime Now", "Hawaii News Now": a title-case "Now" after a capitalized word inside a sentence is a name.
    if (m[1] === 'Now' && /\p{Lu}[\p{L}'’]*[ \t]+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    // "every now and again", "now and then": "from time to time", no reference to the present.
    if (word === 'now' && (/^\s+and\s+(?:then|again)\b/i.test(text.slice(end, end + 12)) || /(?:^|[^\p{L}])every\s+$/iu.test(text.slice(Math.max(0, start - 7), start)))) continue;
    // "for the past three summers": "the past" opens a count of periods, not a reference to the past.
    if (word === 'the past' && /^\s+(?:\d+|few|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+\p{L}/iu.test(text.slice(end, end + 20))) continue;
    if (word === 'current' && /(?:electric|alternating|direct|ocean|the\s+gulf)\s+$/i.test(text.slice(Math.max(0, start - 16), start))) continue;
    out.push({ start, end, type: 'DATE', value: REFERENCE_WORDS.get(word)!, mod: null, rule: 'dates.reference', priority: 2 });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { REFERENCE };
