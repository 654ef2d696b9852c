/**
 * A part of the day under discussion: "the next morning", "the following evening", "that night",
 * "in the morning", "mid-afternoon", "later in the day", "the start of the day", "in morning trading".
 * (A part of a named day, "yesterday morning", "Friday night", is the relative-day rule's.)
 */
import type { Candidate, DateRule } from '../candidate.js';
import { PARTS_OF_DAY } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { key } from '../patterns.js';

// "the next morning", "the following evening", "mid-afternoon", "later in the day".
const PART_OF_DAY_LINK = /(?<![\p{L}])(?:([Tt]he\s+(?:next|following|previous|same)|[Ee]arlier\s+that|[Ll]ater\s+that|[Tt]hat|[Ii]n\s+the|[Dd]uring\s+the|[Bb]y|[Mm]id)[\s-]+(morning|afternoon|evening|night)|([Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)\s+in\s+the\s+day|(?:[Aa]t\s+)?[Tt]he\s+(?:start|beginning)\s+of\s+the\s+day|(?<![\p{L}-])(morning|afternoon|evening)(?=\s+(?:trading|trade|dealings|session)(?![\p{L}])))(?![\p{L}])/gu;
const PART_OF_DAY_LINK_NEAR = triggered(PART_OF_DAY_LINK, {
  pattern: '(?:morning|afternoon|evening|night|day)',
  words: wordsOf(['the next following previous same earlier later early late that in during by mid at start beginning of']),
  chars: '[\\s-]',
});

export const partOfDayRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of PART_OF_DAY_LINK_NEAR.matchAll(text)) {
    if (m[4]) {
      // "in morning trading", "afternoon dealings": that part of the day under discussion, a market session.
      const session = PARTS_OF_DAY.get(m[4])!;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value: `XXXX-XX-XXT${session}`, mod: null, rule: 'dates.relative-period:part-of-day', anaphoric: { unit: 'day', shift: 0, timeSuffix: `T${session}` } });
      continue;
    }
    const relation = m[1] ? key(m[1]) : '';
    // A preposition stays outside the expression: "in [the morning]", "by [morning]".
    const inside = /^(?:in the|during the)$/.test(relation) ? /the/i : relation === 'by' ? /morning|afternoon|evening|night/i : /^at\s/i.test(m[0]) ? /the/i : /^/;
    const start = m.index + m[0].search(inside);
    const part = m[2] ? PARTS_OF_DAY.get(m[2].toLowerCase())! : null;
    const shift = /next|following/.test(relation) ? 1 : /previous/.test(relation) ? -1 : 0;
    const end = m.index + m[0].length;
    // "late in the day", "the start of the day": a part of the day, not a part-of-day code.
    const edge = /^(?:at\s+)?the\s+(?:start|beginning)|^early\s/i.test(m[0]) ? 'START' : /^late\s/i.test(m[0]) ? 'END' : null;
    // Without a day to lean on, the part of the day still shows: "in the morning" is XXXX-XX-XXTMO.
    out.push({ start, end, type: part ? 'TIME' : 'DATE', value: `XXXX-XX-XX${part ? `T${part}` : ''}`, mod: edge, rule: 'dates.relative-period:part-of-day', anaphoric: { unit: 'day', shift, ...(part ? { timeSuffix: `T${part}` } : {}) } });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { PART_OF_DAY_LINK_NEAR };
