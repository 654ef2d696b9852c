/**
 * Seasons with their year: "the summer of 2024", "early spring 1990", "the fall of last year", and
 * a bare season after a preposition of time, "in summer", "during winter". ("Last spring", "this
 * summer" are read with the other periods by the deictic-period rule.)
 */
import { isFuture } from '../tense.js';
import type { Candidate, DateRule } from '../candidate.js';
import { SEASONS } from '../lexicon.js';
import { type TriggeredPattern, triggered, wordsOf } from '../near.js';
import { SEASON, key } from '../patterns.js';
import { seasonValue, yearFromWords } from '../period.js';

const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)`;

const SEASON_OF_YEAR = new RegExp(
  `(?<![\\p{L}])(?:([Tt]he)\\s+)?(?:([Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?(${SEASON})\\s+(?:of\\s+)?(${YEAR})(?![\\p{L}\\d])`,
  'gu',
);
const PERIOD_OF_YEAR = new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?(?:${SEASON})\\s+of\\s+(this|last|next)\\s+year(?![\\p{L}])`, 'gu');
// "in summer", "during winter", "since spring": a bare season after a preposition of time is this
// year's, when it ends the phrase (not "in winter sports", "in spring training"). "Fall" is left out:
// "in fall" is as often a drop.
const BARE_SEASON = new RegExp(
  `(?<![\\p{L}])(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Tt]hroughout|[Oo]ver)\\s+(spring|summer|autumn|winter)(?![\\p{L}\\d-])(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|or|when|as|after|before|while|to|in|at|on|with|the|this|that|of\\s+(?:this|last|next)\\s+year)(?![\\p{L}])|\\s+\\d{4})`,
  'gu',
);

// Each pattern is only run near a word that every match of it holds (see near.ts).
const SEASON_NEAR = { pattern: SEASON, words: ['the', 'early', 'late', 'mid'], chars: '[\\s-]' };
const SEASON_OF_YEAR_NEAR = triggered(SEASON_OF_YEAR, SEASON_NEAR);
const BARE_SEASON_NEAR = triggered(BARE_SEASON, { pattern: '(?:spring|summer|autumn|winter)', words: wordsOf(['in during since until by through throughout over']), chars: '\\s' });
const PERIOD_OF_YEAR_NEAR = triggered(PERIOD_OF_YEAR, SEASON_NEAR);

export const seasonRule: DateRule = (context) => {
  const { text, anchor } = context;
  const out: Candidate[] = [];
  for (const m of SEASON_OF_YEAR_NEAR.matchAll(text)) {
    const mod = m[2] ? (key(m[2]) === 'early' ? 'START' : key(m[2]) === 'late' ? 'END' : 'MID') : null;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: seasonValue(Number(m[4]), m[3]!), mod, rule: 'dates.relative-period:season' });
  }
  for (const m of BARE_SEASON_NEAR.matchAll(text)) {
    const season = m[1]!;
    const start = m.index + m[0].length - season.length;
    let year = anchor ? anchor.year : null;
    // A season not yet begun this year, told in the past tense, is last year's ("the talks failed in winter").
    const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
    // One already over, told in the future tense, is next year's ("is due by spring", said in October).
    const ends: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 14 };
    const tense = context.tenseAt(start, m.index + m[0].length);
    const code = SEASONS.get(season)!;
    if (year !== null && anchor && tense === 'past' && starts[code]! > anchor.month) year -= 1;
    if (year !== null && anchor && isFuture(tense) && ends[code]! < anchor.month) year += 1;
    // Without a tense cue, a bare season is the habitual one ("penguins feed in winter").
    if (tense === 'none') year = null;
    out.push({ start, end: m.index + m[0].length, type: 'DATE', value: seasonValue(year, season), mod: null, rule: 'dates.relative-period:season', priority: -1 });
  }
  for (const m of PERIOD_OF_YEAR_NEAR.matchAll(text)) {
    const season = /(spring|summer|fall|autumn|winter)/i.exec(m[0])![1]!;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: seasonValue(yearFromWords(m[1], anchor), season), mod: null, rule: 'dates.relative-period:season' });
  }
  return out;
};

/** This rule's triggered patterns by name, for the test that checks each against its plain pattern. */
export const TRIGGERED_PATTERNS: Readonly<Record<string, TriggeredPattern>> = { SEASON_OF_YEAR_NEAR, BARE_SEASON_NEAR, PERIOD_OF_YEAR_NEAR };
