import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../src/extract/dates/stage.js';

const ANCHOR = '2025-04-14';

describe('text that must not produce a date', () => {
  it.each([
    'Officials may meet the delegation soon.',
    'May I ask a question?',
    'Thousands march in Rabat against the reform.',
    'Protesters will March on the capital.',
    'Kevin March said the talks were useful.',
    'The Sun reported the story first.',
    'The UN deployed 2,024 troops to the border.',
    'Morocco bought 2024 armoured vehicles from the supplier.',
    'The air force flies the F-16 and the F-35.',
    'Resolution 1559 calls for the disarmament of militias.',
    'The Russell 2000 Index of smaller companies dropped 4%.',
    // Misspelt, so no identifier word: a name by its capitalized neighbours.
    'The Russel 2000 Index of smaller companies dropped 4%.',
    'Call +212 537 123 456 or 0800 123 456 for details.',
    'Morocco beat Spain 3-1 in the final.',
    'The vote passed 2021 to 14.',
    // A dash after four digits that is no range of years: a year and month, a phone number, a backward pair.
    'The ledger file 2023-04 was lost.',
    'Call 2012-2345 for details.',
    'Parts 2010-2005 were recalled.',
    // Half of an amount that is no time.
    'Half a million people marched.',
    'About 1500 people attended.',
    'The site hosted a quarter million video clips.',
    'Charles told the Daily Mail about the case.',
    'The fall of Kabul shocked the region.',
    'The second day of talks opened.',
    'A second A380 is also travelling to the US.',
    'A Year in Review: the alliance at 75.',
    'Black September claimed the attack.',
    // A day counted from an event, not from a date; the polar "midnight sun".
    'The court rejected, the day before the rally, a lawsuit filed by the group.',
    'Tourists came to Oulu to see the midnight sun.',
    // The idiom, not the end of a day.
    'At the end of the day, it is about trust.',
    // An age group, not a duration.
    'The study counted suicides by 10–19 year olds from the survey.',
    // An indefinite night ("one night" as "one day"), a season of the year, and a rate per unit after an amount.
    'He was taken to a hospital one night.',
    'It is cold this time of the year.',
    'The engine burns 5,200 pounds of fuel per second.',
    // "The past" opening a count of periods is no reference to the past.
    'It provoked violence in Northern Ireland for the past three summers.',
    // Ages of people, also when an event names them.
    'A 90-year-old war veteran spoke at the ceremony.',
    'A 25-year-old civil servant was hired.',
    'The ministers marked their entry into the 50-year-old alliance.',
    // The future, not the day after publication.
    'If I were choosing the people of tomorrow, I would have chosen these.',
    'The cars of tomorrow will fly.',
    // Names with a date word in them.
    'He declined. USA Today noted the scope of the commission.',
    'She spoke on the Today programme.',
    'The coronavirus 2019-nCoV may have killed two men.',
    'For the people of Poland, high noon has come.',
    'Candidates campaigned hard before Super Tuesday.',
    'The film recalls Bloody Sunday in Derry.',
    'The embassy stands next to the palace.',
    'They met General January Makamba.',
    'The last half of the decade was calm.',
    'In that period the company grew.',
    'The week of talks ended without a deal.',
    // Rates and single occurrences, not recurrences (issue #3).
    'A holding company with annual sales of about $1.9 billion.',
    'The preferred shares carry a floating annual dividend.',
    'Prices rose at a modest annual rate of 2.9%.',
    'The unit earns $5 million a year before taxes.',
    'Holders adopted the plan at the annual meeting.',
    'It is less than 5% of the average daily volume.',
    'Revenue will increase by 20% annually.',
    'The plant would produce about 10,000 units annually.',
    // The present era, not the publication day.
    'The case is for today’s youth what the embargo was for their parents.',
    "Paternity can be proven in today's world.",
    // A fraction, not a time.
    'Iraq imports about three-quarters of its food.',
    'Three quarters of the voters agreed.',
    // "the day" names no date unless a trading session is reported on.
    'In many ways, the day belonged to the Czech Republic.',
    'The market will close the day after the vote.',
    'Chrysler wants to eliminate 789, or about a quarter, of its 3,200 dealers.',
    // Third round (held-out Wikinews): a fraction of an amount; the part of the night; a person named May.
    'Congress approved about a quarter as much money as the president had requested.',
    'Police are investigating an incident in the early hours.',
    'Staff worked into the small hours.',
    'Theresa May appointed him, and he resigned in protest to May’s negotiated Brexit agreement.',
    'Theresa May met the cabinet; the talks went badly for May and her ministers.',
    // A season before a noun is an attribute ("winter sports", "spring training"); "fall" is a drop.
    'Fans of winter sports gathered in Oslo.',
    'He was injured in spring training.',
    'Prices saw a steep rise in fall.',
    // "that time" pointing back at an event, and a run told as a predicate (untagged in TimeBank).
    'She was not living in Iran at that time.',
    'He spent that time at home.',
    'It was the third consecutive month that job growth slowed.',
    // Version numbers and ratios are no dates.
    'Version 1.2.07 of the software was released.',
    // A count before a plural subject and its verb, not a year.
    'By then, 1885 aftershocks had occurred since the earthquake.',
  ])('%s', (text) => {
    expect(tagDates(text, ANCHOR).map((t) => t.text)).toEqual([]);
  });

  it('does not read "N years back" after a verb of moving as "ago"', () => {
    expect(tagDates('They set the launch two years back.', ANCHOR).map((t) => [t.text, t.type])).toEqual([['two years', 'DURATION']]);
  });

  it('does not read a count before a year-like noun as a date', () => {
    expect(tagDates('The ministry hired 1990 officers.', ANCHOR)).toEqual([]);
  });

  it('finishes quickly on junk input', () => {
    const junk = '.,;:!?-'.repeat(15_000) + ' the the the '.repeat(8_000) + '1990 '.repeat(5_000);
    const found = tagDates(junk, ANCHOR);
    expect(Array.isArray(found)).toBe(true);
  });

  it('finishes on junk made of the words that may come before a date', () => {
    const junk =
      'the end of the '.repeat(5_000) + 'May '.repeat(5_000) + 'about the past three '.repeat(3_000) + 'years '.repeat(3_000) + '1990s'.repeat(5_000);
    const found = tagDates(junk, ANCHOR);
    expect(Array.isArray(found)).toBe(true);
  });
});

describe('round 5: names, games and units that are no dates', () => {
  it.each([
    // Speeds and frequencies: a unit of measure per unit of time.
    'Humberto had maximum sustained winds of 75 miles per hour (120 kilometers per hour).',
    'The service streams at 60 frames per second.',
    // Names with a time word in them.
    'Enter Lugg, Instacart, DoorDash, GrubHub, Prime Now, and Homejoy.',
    'Copyright Hawaii News Now.',
    "The People's Daily warned that there is no room for compromise.",
    'Get Motor Cycle Monthly delivered through your letterbox.',
    'The statues dot the island of Rapa Nui, also called Easter Island.',
    // Model numbers, and a clock time in hours and minutes before its day.
    'The GTX 1660 Ti is superior to the GTX 1060 and very similar to the RTX 2060.',
    // Ordinals in compounds, idioms, games.
    'A source described a second-floor apartment used as a depot.',
    'Without impeachment, a second-term president could not be brought to heel.',
    'At the last minute, a sample came in.',
    'But every now and again, I was reminded I was streaming.',
    'Schröder got a technical foul in the third quarter for confronting Davis.',
    'Kuzma returned to the bench in the second half.',
    'The 3-pointer put the Lakers up 109-98 with 3:08 to play.',
    'The Thunder cut the lead to two with 1:24 left.',
    'The artist of the winning artwork is named in the last weekend of the festival.',
    'Toronto celebrated the quarter century anniversary of Fan Expo Canada.',
  ])('%s', (sentence) => {
    expect(tagDates(sentence, '2019-11-19').map((t) => [t.text, t.type, t.value])).toEqual([]);
  });

  it('does not read the hours and minutes before a day as a year', () => {
    expect(tagDates('The quake was recorded in Manay (2053 Wednesday night, UTC).', '2019-10-22').map((t) => t.text)).toEqual(['Wednesday night']);
  });

  it('keeps the day of an event named in a future sentence in the past', () => {
    expect(tagDates('He will be tried for the Sept. 12 attack.', '2019-11-19').map((t) => [t.text, t.value])).toEqual([['Sept. 12', '2019-09-12']]);
  });

  it('leaves a record day before the payment day of a dividend as read', () => {
    expect(tagDates('The dividend is payable Jan. 2 to stock of record Dec. 15.', '1989-11-02').map((t) => t.value)).toEqual(['1990-01-02', '1989-12-15']);
  });

  it.each([
    'Farkas set up a joint venture called Orion 1980, manufacturing space-travel products.',
    'They include Farming Simulator 2019, Football Manager 2020, Grid 2019 and Tomb Raider 2013.',
  ])('does not read the number of a product or company name as a year: %s', (sentence) => {
    expect(tagDates(sentence, '2019-11-19')).toEqual([]);
  });

  it.each([
    'Kosgei finished the race in 2:14:04, ahead of the women-only record of 2:17:01.',
    'He was followed closely by Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48.',
    'University were able to pull away in the second half despite an off day in front of goal.',
    'Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand.',
  ])('does not read race times, halves of a game or approximated counts as dates: %s', (sentence) => {
    expect(tagDates(sentence, '2019-10-13')).toEqual([]);
  });

  it('keeps a weekday told in the past tense in the past, and a bare month a month', () => {
    expect(tagDates('The show opened to the public on Friday.', '2019-11-20').map((t) => t.value)).toEqual(['2019-11-15']);
    expect(tagDates('Earnings fell in September, a quarter of analysts said.', '2019-11-20').map((t) => [t.text, t.value])).toEqual([['September', '2019-09']]);
  });

  it('leaves "a year ago" out of the dates that later expressions count from', () => {
    expect(tagDates('Profit rose from a year ago. It fell compared with a year earlier.', '1989-10-26').map((t) => [t.text, t.value])).toEqual([
      ['a year ago', '1988'],
      ['a year earlier', '1988'],
    ]);
  });

  it('does not take a count after a range of days for its year', () => {
    expect(tagDates('On June 2-5, 2000 people attended the fair.', '2019-09-08').map((t) => [t.text, t.value])).toEqual([
      ['June 2', '2019-06-02'],
      ['5', '2019-06-05'],
    ]);
  });

  it('still reads a quarter of the year in business news', () => {
    expect(tagDates('Apple took the lead in the third quarter, the court was told.', '2019-11-19').map((t) => [t.text, t.value])).toEqual([['the third quarter', '2019-Q3']]);
  });
});

