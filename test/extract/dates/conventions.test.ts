/** TimeML and news conventions added on top of the basic rules: tense cues, financial reporting periods. */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../src/extract/dates/stage.js';

const ANCHOR = '2025-04-14'; // a Monday

function values(text: string, anchor: string = ANCHOR): [string, string, string][] {
  return tagDates(text, anchor).map((t) => [t.text, t.type, t.value]);
}

describe('tense cues for weekdays and month-days', () => {
  it.each([
    ['More than 100 people were killed in the blasts next to the embassies on Friday.', 'Friday', '2025-04-11'],
    ['Flights stopped due to fog on Friday.', 'Friday', '2025-04-11'],
    ['The offer had been scheduled to expire Friday.', 'Friday', '2025-04-11'],
    ['Until Thursday, they had not called him a suspect.', 'Thursday', '2025-04-10'],
    ['The police has scheduled a news conference Thursday.', 'Thursday', '2025-04-17'],
    ['Protesters were planning to drive around the airport on Saturday.', 'Saturday', '2025-04-19'],
  ])('%s', (sentence, text, value) => {
    expect(values(sentence)).toEqual([[text, 'DATE', value]]);
  });

  it('reads a payable or effective date as ahead of publication', () => {
    expect(values('The board said the dividend is payable Feb. 1.', '2025-10-26')).toEqual([['Feb. 1', 'DATE', '2026-02-01']]);
    expect(values('The board said the change is effective Feb. 1.', '2025-10-26')).toEqual([['Feb. 1', 'DATE', '2026-02-01']]);
  });
});

describe('recent periods', () => {
  it.each([
    ['Kidnappings have risen in recent years.', 'recent years', 'PXY'],
    ['Officials voiced concern in recent weeks.', 'recent weeks', 'PXW'],
    ['Tensions grew in recent months.', 'recent months', 'PXM'],
  ])('%s is a DURATION of unknown length', (sentence, text, value) => {
    expect(values(sentence)).toEqual([[text, 'DURATION', value]]);
  });
});

describe('bare month names that are no other word', () => {
  it.each([
    ['The job figures for January were strong.', 'January', '2025-01'],
    ["October's sales rose.", 'October', '2024-10'],
    ['The accord takes effect in December.', 'December', '2024-12'],
  ])('%s', (sentence, text, value) => {
    expect(values(sentence)).toEqual([[text, 'DATE', value]]);
  });
});

describe('financial reporting periods', () => {
  const FALL_1989 = '1989-10-26';

  it('gives "the 1988 period" the quarter under discussion', () => {
    expect(values('Profit rose in the third quarter. In the 1988 period, it earned $5 million.', FALL_1989)).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'],
      ['the 1988 period', 'DATE', '1988-Q3'],
    ]);
  });

  it('reads "the 1988 period" as the year when no quarter is under discussion', () => {
    expect(values('In the 1988 period, the company earned $5 million.', FALL_1989)).toEqual([['the 1988 period', 'DATE', '1988']]);
  });

  it('reads "the latest period" as the quarter under discussion, else the one before publication', () => {
    expect(values('Sales in the latest period rose.', FALL_1989)).toEqual([['the latest period', 'DATE', '1989-Q3']]);
    expect(values('Profit fell in the second quarter. Sales in the latest period rose.', FALL_1989)).toEqual([
      ['the second quarter', 'DATE', '1989-Q2'],
      ['the latest period', 'DATE', '1989-Q2'],
    ]);
  });

  it('names halves by their quarters or as "the last half"', () => {
    expect(values('Demand will stay weak through the first two quarters of 1990.', FALL_1989)).toEqual([['the first two quarters of 1990', 'DATE', '1990-H1']]);
    expect(values('Earnings will be lower for the last half of 1989.', FALL_1989)).toEqual([['the last half of 1989', 'DATE', '1989-H2']]);
  });

  it('keeps the quarter under discussion across a day inside it', () => {
    expect(values('Sales for the quarter ended Sept. 30 rose from a year ago.', FALL_1989)).toEqual([
      ['the quarter', 'DATE', '1989-Q3'],
      ['Sept. 30', 'DATE', '1989-09-30'],
      ['a year ago', 'DATE', '1988-Q3'],
    ]);
  });
});

describe('a clock time with the day after it', () => {
  it('takes a following month-day into the same TIME expression', () => {
    expect(values('The offer runs until 5 p.m. EST, Nov. 6, the company said.', '1989-10-26')).toEqual([['5 p.m. EST, Nov. 6', 'TIME', '1989-11-06T17:00']]);
  });

  it('leaves an impossible day out of the time', () => {
    expect(values('Polls open at 9 a.m. March 32.', '2025-03-01').map(([text]) => text)).toEqual(['9 a.m.']);
  });
});

describe('a week named by one of its days', () => {
  it.each([
    ['The case may be heard the week of March 6.', '2000-02-24', 'the week of March 6', '2000-W10'],
    ['They met the weekend of Feb. 12.', '2000-02-24', 'the weekend of Feb. 12', '2000-W06-WE'],
  ])('%s', (sentence, anchor, text, value) => {
    expect(values(sentence, anchor)).toEqual([[text, 'DATE', value]]);
  });

  it('keeps X digits without a publication date', () => {
    expect(tagDates('The case may be heard the week of March 6.', null).map((t) => t.value)).toEqual(['XXXX-WXX']);
  });
});

describe('"that quarter"', () => {
  it('is the quarter mentioned before', () => {
    expect(values('Profit fell in the second quarter of 1988. Results for that quarter included a charge.', '1989-10-26')).toEqual([
      ['the second quarter of 1988', 'DATE', '1988-Q2'],
      ['that quarter', 'DATE', '1988-Q2'],
    ]);
  });
});

describe('tense cues for bare days and months (issue #3)', () => {
  it.each([
    // A participle after a determiner is an adjective, not a past verb.
    ['The dividend would be paid on a still unspecified date in January.', '1989-10-26', 'January', '1990-01'],
    // "would" in reported speech, with an adverb before its verb.
    ['The ministers said the accession would still be held at the summit on April 24.', '1999-02-10', 'April 24', '1999-04-24'],
    ['It said two new flights would leave Bombay from August 6.', '1998-02-13', 'August 6', '1998-08-06'],
    // An intent verb in the past tense looks ahead from the expression after it ...
    ['The team planned to leave Nairobi on Thursday.', '1998-09-30', 'Thursday', '1998-10-01'],
    // ... but an expression before it dates the planning.
    ['On Friday, the Kenyan government planned to pay the first claims.', '1998-09-30', 'Friday', '1998-09-25'],
    // The present perfect looks back.
    ['Police have been searching for him since shortly after the Oct. 23 slaying.', '1999-05-06', 'Oct. 23', '1998-10-23'],
    // A weekday in the possessive names an event already reported.
    ['They said they would look for ways to get around Wednesday’s ruling.', '2000-01-07', 'Wednesday', '2000-01-05'],
    // A clause of time takes the tense of the clause it depends on.
    ['Investors were likely to buy its stock as soon as trading opened Monday.', '1989-11-01', 'Monday', '1989-11-06'],
    ['The shares rose as soon as trading opened Monday.', '1989-11-01', 'Monday', '1989-10-30'],
  ])('%s', (sentence, anchor, text, value) => {
    expect(values(sentence, anchor)).toEqual([[text, 'DATE', value]]);
  });

  it.each([
    // Not a past cue only after a determiner: a finite -ed verb still points back.
    ['The board approved the payment on Friday.', 'Friday', '2025-04-11'],
    // "would have" is a past counterfactual, not a future.
    ['He said he would have met them on Friday.', 'Friday', '2025-04-11'],
    // Without the possessive, a future cue still points ahead.
    ['The court will rule on Wednesday.', 'Wednesday', '2025-04-16'],
  ])('%s', (sentence, text, value) => {
    expect(values(sentence)).toEqual([[text, 'DATE', value]]);
  });

  it('puts the day after "ended" on or before publication', () => {
    expect(values('Service Corp. had a loss in the second quarter ended Oct. 31.', '1989-10-27')).toContainEqual(['Oct. 31', 'DATE', '1988-10-31']);
    expect(values('The offer expires Oct. 31.', '1989-10-27')).toEqual([['Oct. 31', 'DATE', '1989-10-31']]);
  });
});

describe('recurring parts of named days', () => {
  it('reads "Monday and Tuesday nights" as two sets', () => {
    expect(values('Two new flights will leave Bombay on Monday and Tuesday nights.', '1998-02-13')).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
  });

  it('keeps a single night a TIME', () => {
    expect(values('He was shot on Friday night.', '1998-10-25')).toEqual([['Friday night', 'TIME', '1998-10-23TNI']]);
  });
});

describe('quarters in results reports (issue #3)', () => {
  const FALL_1989 = '1989-10-30';

  it('gives "the year-ago third quarter" its own quarter', () => {
    expect(values('Profit fell in the fourth quarter. In the year-ago third quarter, it earned $22.5 million.', FALL_1989)).toEqual([
      ['the fourth quarter', 'DATE', '1989-Q4'],
      ['the year-ago third quarter', 'DATE', '1988-Q3'],
    ]);
  });

  it('reads "the quarter" as the quarter under discussion', () => {
    expect(values('It expects a charge for the third quarter. The charge is offset by a gain in the quarter.', FALL_1989)).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'],
      ['the quarter', 'DATE', '1989-Q3'],
    ]);
  });

  it('reads "the quarter ended Sept. 30" as the quarter of that day', () => {
    expect(values('It had a loss in the second quarter. Sales rose for the quarter ended Sept. 30.', FALL_1989)).toEqual([
      ['the second quarter', 'DATE', '1989-Q2'],
      ['the quarter', 'DATE', '1989-Q3'],
      ['Sept. 30', 'DATE', '1989-09-30'],
    ]);
  });

  it('reads "the quarter ending Dec. 31" ahead of publication', () => {
    expect(values('Sales for the quarter ending Dec. 31 will rise.', '1989-10-26')).toEqual([
      ['the quarter', 'DATE', '1989-Q4'],
      ['Dec. 31', 'DATE', '1989-12-31'],
    ]);
  });

  it('does not compare "the year-ago period" with a forecast quarter', () => {
    expect(values('Losses will last through the third quarter of 1990. In the year-ago period, it earned $101 million.', '1989-10-26')).toEqual([
      ['the third quarter of 1990', 'DATE', '1990-Q3'],
      ['the year-ago period', 'DATE', '1988-Q3'],
    ]);
  });

  it('reads "the year-ago quarter" alone as the last completed quarter, a year back', () => {
    expect(values('In the comparable year-ago quarter, it earned $5 million.', '1989-10-26')).toEqual([['the comparable year-ago quarter', 'DATE', '1988-Q3']]);
  });
});

describe('rates are not sets', () => {
  it.each([
    ['An annual summit opened.', 'annual', 'P1Y'],
    ['Reports are filed weekly.', 'weekly', 'P1W'],
    ['Castro attends the rallies held here annually.', 'annually', 'P1Y'],
  ])('%s keeps its set', (sentence, text, value) => {
    expect(values(sentence)).toEqual([[text, 'SET', value]]);
  });
});

describe('other TimeML conventions (issue #3)', () => {
  it.each([
    ['A few days later, the company announced a sale.', '1989-10-27', 'A few days', 'DURATION', 'PXD'],
    ['Islam will one day be the second largest religion.', '1998-03-03', 'one day', 'DATE', 'FUTURE_REF'],
    ['The loan may be extended for an additional year.', '1989-11-02', 'an additional year', 'DURATION', 'P1Y'],
    ['The talks lasted another month.', '1989-11-02', 'another month', 'DURATION', 'P1M'],
    ['It will meet demand well into the summer.', '1989-10-26', 'the summer', 'DATE', '1989-SU'],
    ['One person is killed. January nineteen ninety-seven.', '1998-02-27', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['Prices fell to the level we saw in the winter of nineteen ninety-four.', '1998-02-23', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    ['We do not minimize the challenges of the near term.', '1989-10-30', 'the near term', 'DATE', 'FUTURE_REF'],
    ['Today’s talks ended without a deal.', '2025-04-14', 'Today', 'DATE', '2025-04-14'],
  ])('%s', (sentence, anchor, text, type, value) => {
    expect(values(sentence, anchor)).toEqual([[text, type, value]]);
  });

  it('still resolves a counted "later" to a date', () => {
    expect(values('The war began in 2011. Three years later, the city fell.', '2019-11-10')).toEqual([
      ['2011', 'DATE', '2011'],
      ['Three years later', 'DATE', '2014'],
    ]);
  });

  it('still reads "one day" after a count word as a duration', () => {
    expect(values('The talks lasted one day.')).toEqual([['one day', 'DURATION', 'P1D']]);
  });
});
