/**
 * Years, decades and centuries: "2024", "fiscal 1989", "mid-2024", "early 1991", "the 1990s",
 * "the mid-1990s", "the '80s", "the nineties", "the 21st century", "post-1959".
 */
import type { Candidate, DateRule } from '../candidate.js';
import { COUNTED_NOUNS, DECADE_WORDS, EVENT_NAME_NOUNS, FIXED_HOLIDAYS, IDENTIFIER_NOUNS, MONTH_LEAD_WORDS, MONTHS, NAME_AFTER_NUMBER_NOUNS, ORDINALS, SEASONS, YEAR_EVENT_PLURALS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { MONTH, ORDINAL, WEEKDAY, anyOf, key } from '../patterns.js';

const PART = `(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\\s+end\\s+of|[Tt]he\\s+beginning\\s+of|[Tt]he\\s+start\\s+of|[Tt]he\\s+middle\\s+of|[Tt]he\\s+first\\s+half\\s+of|[Tt]he\\s+second\\s+half\\s+of|[Tt]he\\s+last\\s+half\\s+of)`;
const YEAR = /(?<![\p{L}\d$€£#.,/-])(?:((?:[Ff]iscal|FY|[Ff]iscal\s+year)\s+)|((?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+end\s+of|[Tt]he\s+beginning\s+of|[Tt]he\s+start\s+of|[Tt]he\s+middle\s+of)[\s-]+)|([Pp]ost|[Pp]re)-)?(1[6-9]\d\d|20\d\d)(?![\p{L}\d]|[.,]\d|-\d|-\p{Ll}*\p{Lu}|\s*%|'s)/gu;
const DECADE = new RegExp(
  `(?<![\\p{L}\\d])(?:([Tt]he\\s+)?(?:(${PART})[\\s-]+)?)(?:(1[0-9]|20)(\\d)0s|['’](\\d)0s|(${anyOf(DECADE_WORDS.keys())})|([1-9])0s)(?![\\p{L}\\d])`,
  'gu',
);
/** A decade just named, then a conjunction: "the 70s and [80s]", "the 1970s or [80s]". */
const DECADE_BEFORE = /(?:\d0s|\p{L}ies)\s+(?:and|or|to|through)\s+$/u;
/**
 * Two digits after an apostrophe ("since '82", "in '69"), after a word that takes a year: the
 * year of the century nearest before publication (a year at most one ahead of it).
 */
const SHORT_YEAR = /(?<=(?:^|[^\p{L}])(?:since|in|of|from|until|till|by|to|and|or|before|after|between|through|during|circa|early|mid|late|spring|summer|fall|autumn|winter)[\s-]+)['’](\d\d)(?![\d\p{L}'’]|[.,]\d)/giu;
const SHORT_YEAR_NEAR = triggered(SHORT_YEAR, { pattern: "['’]\\d\\d" });

/** The year or decade (`digits` of two or one digit) in the century that puts it nearest before `anchorYear`. */
function inNearestCentury(digits: number, width: number, anchorYear: number | null): number {
  const scale = width === 2 ? 1 : 10;
  const recent = 2000 + digits * scale;
  if (anchorYear === null) return recent <= 2030 ? recent : recent - 100;
  return recent <= anchorYear + 1 ? recent : recent - 100;
}

function decadeOfCentury(digit: number, anchorYear: number | null): string {
  return String(inNearestCentury(digit, 1, anchorYear)).slice(0, 3);
}

const CENTURY = new RegExp(`(?<![\\p{L}\\d])(?:[Tt]he\\s+)?(?:(${PART})[\\s-]+)?(${ORDINAL})[\\s-]+[Cc]entury(?![\\p{L}])`, 'gu');

// Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand".
const TENS = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const UNITS_WORD = `(?:one|two|three|four|five|six|seven|eight|nine)`;
const TEENS = `(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const SPELLED_YEAR = new RegExp(
  `(?<![\\p{L}-])(?:([Tt]he\\s+year\\s+)?([Tt]wo\\s+thousand)(?:\\s+(?:and\\s+)?(${UNITS_WORD}|${TEENS}))?|([Nn]ineteen|[Ee]ighteen)[\\s-]+(${TENS})(?:[\\s-]+(${UNITS_WORD}))?)(?![\\p{L}-])`,
  'gu',
);
/** Words of the parts of a period that can come before it ("the second half of", "early"). */
const PART_WORDS = wordsOf(['the beginning of', 'the start of', 'the middle of', 'the end of', 'the first second last half of', 'early mid late']);
const YEAR_NEAR = triggered(YEAR, { pattern: '(?:1[6-9]|20)\\d\\d', words: [...PART_WORDS, 'fiscal', 'fy', 'year', 'post', 'pre'], chars: '[\\s-]' });
// The decade's "0s" comes after its digits, so the digits and an apostrophe may come before the trigger.
const DECADE_NEAR = triggered(DECADE, { pattern: `0s|${anyOf(DECADE_WORDS.keys())}`, words: PART_WORDS, chars: "[\\s\\d'’-]" });
const CENTURY_NEAR = triggered(CENTURY, { pattern: '[Cc]entury', words: [...PART_WORDS, ...wordsOf(ORDINALS.keys())], chars: '[\\s\\d-]' });
const SPELLED_YEAR_NEAR = triggered(SPELLED_YEAR, { pattern: '[Tt]housand|[Nn]ineteen|[Ee]ighteen', words: ['the', 'year', 'two'], chars: '\\s' });
const YEAR_END = /(?<![\p{L}])(?:[Tt]he\s+)?(?:year[\s-]end|year's\s+end|year’s\s+end|end\s+of\s+the\s+year|end-of-year)(?![\p{L}])/gu;
const YEAR_END_NEAR = triggered(YEAR_END, { pattern: "year[\\s-]end|year['’]s\\s+end|end\\s+of\\s+the\\s+year|end-of-year", words: ['the'], chars: '\\s' });
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(${MONTH}),?\\s+(?:of\\s+)?$`, 'u');
const SEASON_BEFORE = new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?(${anyOf(SEASONS.keys())})\\s+(?:of\\s+)?$`, 'u');
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const counted = new Set(COUNTED_NOUNS);
/** Words that commonly precede a year. */
const YEAR_FRIENDLY = new Set([
  'in', 'of', 'since', 'by', 'until', 'till', 'from', 'to', 'and', 'or', 'the', 'before', 'after', 'during', 'between',
  'through', 'circa', 'year', 'fiscal', 'early', 'mid', 'late', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'around', 'about', 'for', 'as', 'at', 'on', 'than', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an',
  'until', 'whose', "'s", 'throughout', 'within', 'into', 'dated', 'back', 'again', 'also', 'only', 'then', 'even',
]);
const identifiers = new Set(IDENTIFIER_NOUNS);

function partMod(part: string | undefined): string | null {
  if (!part) return null;
  const p = key(part).replace(/-$/, '');
  if (p === 'early' || p.startsWith('the beginning') || p.startsWith('the start') || p === 'the first half of') return 'START';
  if (p === 'mid' || p.startsWith('the middle')) return 'MID';
  if (p === 'late' || p.startsWith('the end') || p.endsWith('second half of') || p.endsWith('last half of')) return 'END';
  return null;
}

/** A plural noun and a finite verb after a number: "1885 aftershocks had occurred", "1500 people were". */
const PLURAL_SUBJECT_AFTER = /^\s+(\p{Ll}{3,}s)\s+(?:had|have|were|are)(?![\p{L}])/u;

const yearEvents: ReadonlySet<string> = new Set(YEAR_EVENT_PLURALS);

const WEEKDAY_AFTER = new RegExp(`^\\s+${WEEKDAY}(?![\\p{L}])`, 'u');
/** Acronyms before a number that keep it a year ("FY 2019", "AD 1066", "COP 2015" is a year too). */
const YEAR_ACRONYMS = new Set(['FY', 'AD', 'BC', 'BCE', 'CE', 'CY', 'MY', 'COP', 'CES', 'EXPO', 'UEFA', 'FIFA', 'ICC', 'IPL', 'NBA', 'NFL', 'MLB', 'NHL', 'WWDC', 'GDC', 'MWC']);

/**
 * "the GTX 1660 Ti", "an RTX 2060": a model number after an upper-case product name, when it is far from
 * any year the article could mean (before 1800, or more than ten years after publication).
 */
function isModelNumber(text: string, start: number, year: number, anchorYear: number | null): boolean {
  const name = /(?:^|[^\p{L}\d])(\p{Lu}{2,5})\s+$/u.exec(text.slice(Math.max(0, start - 8), start))?.[1];
  if (!name || YEAR_ACRONYMS.has(name) || MONTHS.has(name.toLowerCase())) return false;
  return year < 1800 || year > (anchorYear ?? 2030) + 10;
}

const NAME_AFTER = new RegExp(`^[ \\t]+(?:${NAME_AFTER_NUMBER_NOUNS.join('|')})(?![\\p{L}])`, 'u');

/** Capitalized words that may come right before a year inside a sentence or a title-case headline. */
const YEAR_LEAD_WORDS = new Set([
  ...MONTH_LEAD_WORDS, ...[...SEASONS.keys(), ...FIXED_HOLIDAYS.keys()].map((w) => w.replace(/^\p{Ll}/u, (c) => c.toUpperCase())),
  'Fiscal', 'Year', 'Easter', 'Thanksgiving', 'Ramadan', 'Hanukkah', 'Diwali', 'Circa', 'Before', 'After', 'Until', 'Since',
  ...EVENT_NAME_NOUNS,
]);

/**
 * "a joint venture called Orion 1980", "Farming Simulator 2019", "Tomb Raider 2013": a number right after a
 * capitalized word of a name, inside a sentence, is part of the name (TimeBank leaves "Orion 1980" untagged).
 * A capitalized word that opens the sentence ("That 1978 resolution") or a preposition of a title-case
 * headline ("A Beta Version Until 2020") leaves the year a year.
 */
function isInName(text: string, start: number, end: number): boolean {
  // "the Russel 2000 Index": a capitalized word, the number and a noun of such names make one name.
  if (NAME_AFTER.test(text.slice(end, end + 10)) && /\p{Lu}[\p{L}.&]*[ \t]$/u.test(text.slice(Math.max(0, start - 24), start))) return true;
  // "Host 2019 American Music Awards": a year before a name of its own modifies it, even in a headline.
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  const m = /(?:^|[^\p{L}\d])(\p{Lu}\p{Ll}+)[ \t]$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (!m || YEAR_LEAD_WORDS.has(m[1]!) || MONTHS.has(m[1]!.toLowerCase())) return false;
  const wordStart = start - m[0].length + m[0].indexOf(m[1]!);
  // Something of the same sentence and line must come before the name word ("called Orion", ", Grid").
  return /[^\s.!?][ \t]+$/u.test(text.slice(Math.max(0, wordStart - 30), wordStart));
}

/** A four-digit number that is a count or an identifier is not a year. */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  const before = /([\p{L}&]+)\.?\s*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  if (before && identifiers.has(before)) return false;
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1];
  if (after && counted.has(after.toLowerCase())) return false;
  // "passed 2021 to 14": a score or tally.
  if (/^\s*(?:to|-|–)\s*\d{1,3}(?!\d)/.test(text.slice(end, end + 8))) return false;
  // "bought 2024 armoured vehicles": a count after a verb, before a plural noun.
  const previous = /([\p{L}']+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const following = /^\s+(?:(?!and\b|or\b)[\p{Ll}-]+\s+)?(\p{Ll}{3,}s)\b/u.exec(text.slice(end, end + 40))?.[1];
  const countVerb = previous && /^\p{Ll}/u.test(previous) && !YEAR_FRIENDLY.has(previous) && !/['’]s$/.test(previous);
  if (countVerb && following && !yearEvents.has(following)) return false;
  // "as of Wednesday, 1885 aftershocks had occurred": a plural noun and then a verb make the number the
  // subject's count; a year before a plural subject has a determiner or a preposition before it.
  const friendly = previous !== undefined && YEAR_FRIENDLY.has(previous.toLowerCase());
  const subject = friendly || /[-–]$/.test(text.slice(Math.max(0, start - 1), start)) ? undefined : PLURAL_SUBJECT_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (subject && !yearEvents.has(subject)) return false;
  // "its roughly 2000 Thai and 74 Malaysian stores": an approximation is of a count, not of a year.
  if (previous && /^(?:roughly|approximately|nearly|almost)$/i.test(previous) && !/(?:^|[^\p{L}])(?:in|since|until|by|from|of)\s+\p{L}+\s+$/iu.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "(2053 Wednesday night, UTC)": a clock time in hours and minutes before its day, never a year.
  if (WEEKDAY_AFTER.test(text.slice(end, end + 12))) return false;
  // "3-1", "1800 UTC", "2001:db8": scores, clock times and addresses.
  if (/^\s*(?:UTC|GMT|GST|hours|hrs|h\b)/.test(text.slice(end, end + 8))) return false;
  if (/[-–:]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /\d/.test(text[start - 2] ?? '')) return false;
  return true;
}

export const yearRule: DateRule = (context) => {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of YEAR_NEAR.matchAll(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const digitsStart = end - m[4]!.length;
    if (!looksLikeYear(text, digitsStart, end)) continue;
    if (!m[1] && !m[2] && !m[3] && isModelNumber(text, digitsStart, Number(m[4]), context.anchor?.year ?? null)) continue;
    if (!m[1] && !m[2] && !m[3] && isInName(text, digitsStart, end)) continue;
    const mod = m[3] ? (m[3].toLowerCase() === 'post' ? 'AFTER' : 'BEFORE') : partMod(m[2]?.trim());
    out.push({ start, end, type: 'DATE', value: m[4]!, mod, rule: m[1] ? 'dates.year:fiscal' : 'dates.year' });
  }
  for (const m of DECADE_NEAR.matchAll(text)) {
    let value: string;
    if (m[3] !== undefined) value = `${m[3]}${m[4]}`;
    else if (m[5] !== undefined) value = decadeOfCentury(Number(m[5]), context.anchor?.year ?? null);
    else if (m[7] !== undefined) value = decadeOfCentury(Number(m[7]), context.anchor?.year ?? null);
    else value = `19${DECADE_WORDS.get(key(m[6]!))}`;
    // Without "the", a decade word ("sixties") or bare digits ("in his 30s") are more often an age,
    // unless they continue a decade just named ("the 70s and 80s").
    if (m[6] !== undefined && !m[1]) continue;
    if (m[7] !== undefined && !m[1] && !DECADE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: partMod(m[2]), rule: 'dates.decade' });
  }
  for (const m of SPELLED_YEAR_NEAR.matchAll(text)) {
    let year: number;
    if (m[2]) {
      if (!m[1] && !m[3]) continue; // "two thousand" alone is usually a count
      year = 2000 + (m[3] ? WORD_VALUES[m[3].toLowerCase()]! : 0);
    } else {
      year = (m[4]!.toLowerCase() === 'nineteen' ? 1900 : 1800) + WORD_VALUES[m[5]!.toLowerCase()]! + (m[6] ? WORD_VALUES[m[6].toLowerCase()]! : 0);
    }
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four": the month or season
    // belongs to the spelled year, as it does to a year in digits.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const month = MONTH_BEFORE.exec(before);
    if (month) {
      const value = `${year}-${String(MONTHS.get(key(month[1]!))).padStart(2, '0')}`;
      out.push({ start: m.index - month[0].length, end: m.index + m[0].length, type: 'DATE', value, mod: null, rule: 'dates.year:spelled' });
      continue;
    }
    const season = SEASON_BEFORE.exec(before);
    if (season) {
      out.push({ start: m.index - season[0].length, end: m.index + m[0].length, type: 'DATE', value: `${year}-${SEASONS.get(key(season[1]!))}`, mod: null, rule: 'dates.year:spelled' });
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(year), mod: null, rule: 'dates.year:spelled' });
  }
  for (const m of SHORT_YEAR_NEAR.matchAll(text)) {
    const year = inNearestCentury(Number(m[1]), 2, context.anchor?.year ?? null);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(year), mod: null, rule: 'dates.year:short' });
  }
  for (const m of YEAR_END_NEAR.matchAll(text)) {
    const value = context.anchor ? String(context.anchor.year) : 'XXXX';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: 'END', rule: 'dates.year:end' });
  }
  for (const m of CENTURY_NEAR.matchAll(text)) {
    const ordinal = ORDINALS.get(key(m[2]!));
    if (ordinal === undefined || key(m[2]!) === 'last' || key(m[2]!) === 'final') continue;
    // "the 21st-century economy": the hyphenated century modifies the noun, and "the" goes with the noun.
    const article = !m[1] && /-[Cc]entury$/.test(m[0]) ? /^[Tt]he\s+/.exec(m[0])?.[0].length ?? 0 : 0;
    out.push({ start: m.index + article, end: m.index + m[0].length, type: 'DATE', value: String(ordinal - 1).padStart(2, '0'), mod: partMod(m[1]), rule: 'dates.century' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { YEAR_NEAR, DECADE_NEAR, CENTURY_NEAR, SPELLED_YEAR_NEAR, YEAR_END_NEAR, SHORT_YEAR_NEAR };
