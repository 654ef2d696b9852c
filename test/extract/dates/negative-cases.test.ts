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
    'Call +212 537 123 456 or 0800 123 456 for details.',
    'Morocco beat Spain 3-1 in the final.',
    'The vote passed 2021 to 14.',
    // A dash after four digits that is no range of years: a year and month, a phone number, a backward pair.
    'The ledger file 2023-04 was lost.',
    'Call 2012-2345 for details.',
    'Parts 2010-2005 were recalled.',
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
