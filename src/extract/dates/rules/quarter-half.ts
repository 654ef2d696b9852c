/**
 * Quarters and halves of a year: "the third quarter of 1990", "last year's second half", "its
 * fiscal first quarter", "the September quarter", "Q3 2024", "H1 2024", "2024Q3".
 */
import { pad } from '../calendar.js';
import type { Candidate, DateRule, RuleContext } from '../candidate.js';
import { GAME_WORDS, MONTHS, ORDINALS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { ORDINAL, key } from '../patterns.js';
import { monthValue } from '../resolve.js';
import { yearFromWords } from '../period.js';

const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)`;

const QUARTER = new RegExp(
  `(?<![\\p{L}\\d])(?:([Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Tt]his\\s+year's|[Ll]ast\\s+year's|[Nn]ext\\s+year's|[Ii]ts|[Tt]heir)\\s+)?(?:(${YEAR})\\s+)?(?:fiscal[\\s-]+)?(${ORDINAL})[\\s-]+(quarter|half)(?![\\p{L}])(?!\\s+of\\s+(?:the|all|its|their|a|an|his|her)\\b)(?:\\s+of\\s+(${YEAR}|this\\s+year|last\\s+year|next\\s+year)|,?\\s+(${YEAR}))?`,
  'gu',
);
// "the September quarter", "the June quarter": the quarter that ends with that month, as Australian,
// Indian and New Zealand business news name quarters.
const MONTH_QUARTER = new RegExp(`(?<![\\p{L}])(?:([Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ll]ast)\\s+)?(March|June|September|Sept\\.?|December|Dec\\.)\\s+quarter(?![\\p{L}])`, 'gu');
const MONTH_QUARTER_NEAR = triggered(MONTH_QUARTER, { pattern: 'quarter', words: wordsOf(['the its their this last march june september sept december dec']), chars: '[\\s.]' });
const COMPACT_QUARTER = new RegExp(`(?<![\\p{L}\\d])(?:(Q[1-4])|(H[12]))(?:\\s+|\\s*-\\s*|\\s*/\\s*)(?:(${YEAR})|'?(\\d\\d))(?![\\p{L}\\d])|(?<![\\p{L}\\d])(${YEAR})[\\s-]?(Q[1-4]|H[12])(?![\\p{L}\\d])`, 'gu');

// Only run near a word that every match holds (see near.ts).
const QUARTER_NEAR = triggered(QUARTER, {
  pattern: '(?:quarter|half)',
  words: [...wordsOf(['the this last next year s its their fiscal']), ...wordsOf(ORDINALS.keys())],
  chars: "[\\s\\d'-]",
});

const GAME_WORD = new RegExp(`(?:^|[^\\p{L}\\d-])(?:${GAME_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** Whether the sentence around [start, end) tells of a game (a foul, a rebound, the bench). */
function isGameSentence(context: RuleContext, start: number, end: number): boolean {
  const from = context.sentenceStartAt(start);
  const after = context.text.slice(end, end + 200);
  const stop = after.search(/[.!?](?:\s|$)/);
  return GAME_WORD.test(context.text.slice(from, start)) || GAME_WORD.test(stop >= 0 ? after.slice(0, stop) : after);
}

export const quarterHalfRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of QUARTER_NEAR.matchAll(text)) {
    const ordinal = ORDINALS.get(key(m[3]!));
    const half = m[4]!.toLowerCase() === 'half';
    if (ordinal === undefined || ordinal < 1 || ordinal > (half ? 2 : 4)) continue;
    const determiner = m[1] ? key(m[1]) : '';
    let year = yearFromWords(m[2] ?? m[5] ?? m[6], anchor);
    if (year === null && anchor) {
      year = anchor.year + (determiner.startsWith('last') ? -1 : determiner.startsWith('next') ? 1 : 0);
      // A quarter still to come this year, reported in the past tense, is last year's, if that one
      // ended recently: results come out within months ("the fourth quarter" in a January report),
      // but in August a past-tense "cuts during the fourth quarter" announces this year's.
      const current = half ? (anchor.month <= 6 ? 1 : 2) : Math.floor((anchor.month - 1) / 3) + 1;
      const recentlyEnded = half || current - ordinal + 4 <= 2;
      if ((!determiner || determiner === 'the') && ordinal > current && recentlyEnded && context.tenseAt(m.index, m.index + m[0].length) === 'past') year -= 1;
    }
    // Without "the" or a year, "third" is usually just an ordinal ("a third quarter" of a game is rare in news).
    if (half && !m[1] && !m[2] && !m[5] && !m[6]) continue;
    // "got a technical foul in the third quarter", "returned to the bench in the second half": a period
    // of play in a game, no part of the calendar.
    if (!m[2] && !m[5] && !m[6] && (!determiner || determiner === 'the') && isGameSentence(context, m.index, m.index + m[0].length)) continue;
    const value = `${year === null ? 'XXXX' : pad(year, 4)}-${half ? 'H' : 'Q'}${ordinal}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: half ? 'dates.relative-period:half' : 'dates.relative-period:quarter' });
  }
  for (const m of MONTH_QUARTER_NEAR.matchAll(text)) {
    const month = MONTHS.get(key(m[2]!))!;
    const determiner = m[1] ? key(m[1]) : '';
    let value = `XXXX-Q${month / 3}`;
    if (anchor) {
      // The quarter of that month as a bare month would be read ("improved September quarter earnings",
      // said in November, is this year's), a year back after "last".
      const monthYear = Number(monthValue(month, anchor, context.tenseAt(m.index, m.index + m[0].length)).slice(0, 4));
      value = `${pad(monthYear - (determiner === 'last' ? 1 : 0), 4)}-Q${month / 3}`;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: 'dates.relative-period:quarter' });
  }
  for (const m of text.matchAll(COMPACT_QUARTER)) {
    const part = m[1] ?? m[2] ?? m[6]!;
    const year = m[3] ?? (m[4] ? `20${m[4]}` : m[5]!);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year}-${part}`, mod: null, rule: 'dates.relative-period:quarter' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { QUARTER_NEAR, MONTH_QUARTER_NEAR };
