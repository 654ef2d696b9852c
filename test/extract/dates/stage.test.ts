import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesStage, tagDates } from '../../../src/extract/dates/stage.js';
import { splitSentences } from '../../../src/extract/sentences/stage.js';
import type { Doc } from '../../../src/model/doc.js';

interface Seed {
  published: string;
  text: string;
  dates: { text: string; type: string; value: string }[];
}

const seed = JSON.parse(readFileSync(new URL('../../fixtures/dates/seed-article.json', import.meta.url), 'utf8')) as Seed;
const ANCHOR = '2025-04-14'; // a Monday

function one(text: string, anchor: string | null = ANCHOR) {
  const found = tagDates(text, anchor);
  expect(found, `${text} -> ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0]!;
}

describe('seed article', () => {
  const found = tagDates(seed.text, seed.published, splitSentences(seed.text));
  const byText = new Map(found.map((t) => [t.text, t]));

  it.each([
    ['Monday', 'DATE', '2025-04-14'],
    ['October 2024', 'DATE', '2024-10'],
    ['Last month', 'DATE', '2025-03'],
    ['Thursday', 'DATE', '2025-04-10'],
    ['the summer of 2024', 'DATE', '2024-SU'],
    ['the past year', 'DURATION', 'P1Y'],
    ['the previous year', 'DATE', '2023'],
    ['April 14, 2025', 'DATE', '2025-04-14'],
    ['years', 'DURATION', 'PXY'],
  ])('tags %s as %s %s', (text, type, value) => {
    expect(byText.get(text)).toMatchObject({ type, value });
  });

  it('finds every gold date of the seed article with its value', () => {
    const got = new Set(found.map((t) => `${t.text}|${t.value}`));
    for (const gold of seed.dates) expect(got, gold.text).toContain(`${gold.text}|${gold.value}`);
  });

  it('gives offsets, sentence index and a rule id', () => {
    for (const t of found) {
      expect(seed.text.slice(t.start, t.end)).toBe(t.text);
      expect(t.sentence).toBeGreaterThanOrEqual(0);
      expect(t.rule).toMatch(/^dates\./);
    }
  });
});

describe('calendar dates', () => {
  it.each([
    ['The deal was signed on April 14, 2025.', 'April 14, 2025', '2025-04-14'],
    ['Talks ended on 14 April.', '14 April', '2025-04-14'],
    ['They met on Aug. 2.', 'Aug. 2', '2024-08-02'],
    ['They will meet on Aug. 2.', 'Aug. 2', '2025-08-02'],
    ['Published 2025-04-14 in Rabat.', '2025-04-14', '2025-04-14'],
    ['The plan dates from March 2018.', 'March 2018', '2018-03'],
    ['It was agreed in March, 2018.', 'March, 2018', '2018-03'],
    ['It began in May.', 'May', '2025-05'],
    ['The ceasefire of December 20 held.', 'December 20', '2024-12-20'],
    ['Elections are due in mid-2026.', 'mid-2026', '2026'],
    ['It happened in the 1990s.', 'the 1990s', '199'],
    ['The 21st century began.', 'The 21st century', '20'],
    ['Results for the third quarter of 2006 were weak.', 'the third quarter of 2006', '2006-Q3'],
    ['Growth slowed in H1 2024.', 'H1 2024', '2024-H1'],
  ])('%s', (sentence, text, value) => {
    const t = one(sentence);
    expect(t).toMatchObject({ text, type: 'DATE', value });
  });

  it('marks early/mid/late with a mod', () => {
    expect(one('Troops left in early October.')).toMatchObject({ text: 'early October', value: '2024-10', mod: 'START' });
    expect(one('Elections are due in mid-2026.').mod).toBe('MID');
  });

  it('gives first and last day of the period', () => {
    expect(one('It began in May 2024.')).toMatchObject({ firstDay: '2024-05-01', lastDay: '2024-05-31' });
    expect(one('They met this week.')).toMatchObject({ value: '2025-W16', firstDay: '2025-04-14', lastDay: '2025-04-20' });
    expect(one('It lasted three years.')).toMatchObject({ firstDay: null, lastDay: null });
  });
});

describe('relative dates', () => {
  it.each([
    ['The minister spoke today.', 'today', 'DATE', '2025-04-14'],
    ['The minister spoke yesterday.', 'yesterday', 'DATE', '2025-04-13'],
    ['The minister will speak tomorrow.', 'tomorrow', 'DATE', '2025-04-15'],
    ['The minister spoke on Thursday.', 'Thursday', 'DATE', '2025-04-10'],
    ['The minister will speak on Thursday.', 'Thursday', 'DATE', '2025-04-17'],
    ['The minister spoke last Tuesday.', 'last Tuesday', 'DATE', '2025-04-08'],
    ['The pact was signed last month.', 'last month', 'DATE', '2025-03'],
    ['They met this week.', 'this week', 'DATE', '2025-W16'],
    ['It was adopted earlier this year.', 'earlier this year', 'DATE', '2025'],
    ['It was adopted two years ago.', 'two years ago', 'DATE', '2023'],
    ['Talks resumed last year.', 'last year', 'DATE', '2024'],
    ['Officials met Tuesday morning.', 'Tuesday morning', 'TIME', '2025-04-08TMO'],
    ['Officials will meet Tuesday morning.', 'Tuesday morning', 'TIME', '2025-04-15TMO'],
    ['The blast happened at 5:30 p.m. Monday.', '5:30 p.m. Monday', 'TIME', '2025-04-14T17:30'],
    // The zone is left off the value, as the gold guidelines and TimeBank do (MEANTIME adds "Z").
    ['The vote closed at 18:00 UTC Monday.', '18:00 UTC Monday', 'TIME', '2025-04-14T18:00'],
    ['The vote closed at 6 p.m. EST Monday.', '6 p.m. EST Monday', 'TIME', '2025-04-14T18:00'],
    ['Migration is currently the main issue.', 'currently', 'DATE', 'PRESENT_REF'],
    ['The two sides recently agreed.', 'recently', 'DATE', 'PAST_REF'],
    ['They will cooperate in the future.', 'the future', 'DATE', 'FUTURE_REF'],
    ['The talks took place last summer.', 'last summer', 'DATE', '2024-SU'],
  ])('%s', (sentence, text, type, value) => {
    expect(one(sentence)).toMatchObject({ text, type, value });
  });

  it('keeps X digits without a publication date', () => {
    expect(one('The minister spoke on Thursday.', null).value).toBe('XXXX-XX-XX');
    expect(one('The pact was signed last month.', null).value).toBe('XXXX-XX');
  });

  it('resolves "that day" and a bare clock time against the date mentioned before', () => {
    const found = tagDates('The deal was signed on January 2. Rockets hit the base that day at 7:45 p.m.', ANCHOR);
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['January 2', '2025-01-02'],
      ['that day', '2025-01-02'],
      ['7:45 p.m.', '2025-01-02T19:45'],
    ]);
  });

  it('reads "three years later" from the year mentioned before', () => {
    const found = tagDates('US troops left in 2011 and returned three years later.', ANCHOR);
    expect(found.map((t) => t.value)).toEqual(['2011', '2014']);
  });
});

describe('news conventions', () => {
  it('reads "last <month>" as the most recent such month before publication', () => {
    expect(one('They met last March.').value).toBe('2025-03');
    expect(one('They met last June.').value).toBe('2024-06');
  });

  it('picks the nearest year for a month without one', () => {
    expect(tagDates('The accord takes effect in January.', '2019-11-20')[0]?.value).toBe('2020-01');
    expect(tagDates('The accord was signed in December.', '2020-01-10')[0]?.value).toBe('2019-12');
  });

  it('leaves out the article\'s own dateline unless asked to keep it', () => {
    const text = 'RABAT, April 14 (MAP) -- Ministers met on Thursday.';
    expect(tagDates(text, ANCHOR).map((t) => t.text)).toEqual(['Thursday']);
    expect(tagDates(text, ANCHOR, undefined, { keepDateline: true }).map((t) => t.text)).toEqual(['April 14', 'Thursday']);
  });

  it('leaves out a date on a line of its own under the headline, but not a date line later in the story', () => {
    const text = 'Morocco and Spain sign migration pact\nApril 14, 2025\nThe ministers met on Thursday.\nTimeline:\nMarch 3, 2025\nTalks began.';
    expect(tagDates(text, ANCHOR).map((t) => t.text)).toEqual(['Thursday', 'March 3, 2025']);
    expect(tagDates(text, ANCHOR, undefined, { keepDateline: true }).map((t) => t.text)).toEqual(['April 14, 2025', 'Thursday', 'March 3, 2025']);
  });

  it('gives a quarter granularity to "a year ago" when quarters are being compared', () => {
    const found = tagDates('Profit rose in the third quarter of 2024 from a year ago.', ANCHOR);
    expect(found.map((t) => t.value)).toEqual(['2024-Q3', '2023-Q3']);
  });

  it('reads the dates after a long blank stretch, as a badly extracted page has', () => {
    // Lookbehinds ending in an unbounded space ran back over the whole stretch from every position in it.
    const text = `${'\n'.repeat(50_000)}The talks ended in May. For years, they met for the third straight day.`;
    expect(tagDates(text, '2025-04-14').map((t) => t.text)).toEqual(['May', 'years', 'the third straight day']);
  });

  it('does not let an expression run across a line break', () => {
    // The second line is the dateline under a headline: kept here to see both extents.
    const found = tagDates('Markets closed until Friday\nSeptember 18, 2008', '2008-09-18', undefined, { keepDateline: true });
    expect(found.map((t) => t.text)).toEqual(['Friday', 'September 18, 2008']);
  });
});

describe('durations and sets', () => {
  it.each([
    ['The pact runs for three years.', 'three years', 'DURATION', 'P3Y'],
    ['Trade grew over the past year.', 'the past year', 'DURATION', 'P1Y'],
    ['Tensions lasted years.', 'years', 'DURATION', 'PXY'],
    ['They talked for weeks.', 'weeks', 'DURATION', 'PXW'],
    ['It took a decade.', 'a decade', 'DURATION', 'P10Y'],
    ['Suspects were held for 48 hours.', '48 hours', 'DURATION', 'PT48H'],
    ['Talks lasted about an hour.', 'about an hour', 'DURATION', 'PT1H'],
    ['They signed a five-year plan.', 'five-year', 'DURATION', 'P5Y'],
    ['It grew over the last four years.', 'the last four years', 'DURATION', 'P4Y'],
    ['A few months passed.', 'A few months', 'DURATION', 'PXM'],
    ['An annual summit opened.', 'annual', 'SET', 'P1Y'],
    ['They meet every year.', 'every year', 'SET', 'P1Y'],
    ['Reports are filed weekly.', 'weekly', 'SET', 'P1W'],
    ['Gas flows of 10 bcm per year.', 'per year', 'SET', 'P1Y'],
  ])('%s', (sentence, text, type, value) => {
    expect(one(sentence)).toMatchObject({ text, type, value });
  });
});

describe('datesStage', () => {
  it('fills doc.timexes from the text and anchor', () => {
    const text = 'On Monday, ministers met. They will meet again in May 2026.';
    const doc = { text, anchor: ANCHOR, sentences: splitSentences(text), timexes: [] } as unknown as Doc;
    datesStage.run(doc);
    expect(datesStage).toMatchObject({ name: 'dates', requires: ['sentences'], assigns: ['timexes'] });
    expect(doc.timexes.map((t) => [t.text, t.value, t.sentence])).toEqual([
      ['Monday', '2025-04-14', 0],
      ['May 2026', '2026-05', 1],
    ]);
  });
});
