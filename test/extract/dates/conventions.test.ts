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
