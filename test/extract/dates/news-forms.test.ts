/** News forms found missing or misread in the error analysis on TimeBank and MEANTIME (issue #3). */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../src/extract/dates/stage.js';

function values(text: string, anchor: string): [string, string, string][] {
  return tagDates(text, anchor).map((t) => [t.text, t.type, t.value]);
}

describe('decades and years written short', () => {
  it('reads bare-digit decades after "the" and after a decade just named', () => {
    expect(values('It rid Detroit of the boxy cars of the 70s and 80s.', '2007-02-09')).toEqual([
      ['the 70s', 'DATE', '197'],
      ['80s', 'DATE', '198'],
    ]);
    expect(values('That was the situation in the early 80s.', '2007-02-09')).toEqual([['the early 80s', 'DATE', '198']]);
  });

  it('puts a decade of the current century in it once it has begun', () => {
    expect(values('Prices soared in the 10s.', '2026-11-30')).toEqual([['the 10s', 'DATE', '201']]);
  });

  it('reads a year after an apostrophe as the nearest such year up to publication', () => {
    expect(values('Asian stock markets slide; Nikkei at lowest level since \'82.', '2008-10-27')).toEqual([["'82", 'DATE', '1982']]);
    expect(values('He won it in ’14, in India.', '2019-03-01')).toEqual([['’14', 'DATE', '2014']]);
  });
});

describe('quarters', () => {
  it('reads "the final quarter of 2009" as its fourth quarter', () => {
    expect(values('For the final quarter of 2009, Ford says it made profits.', '2010-01-28')).toEqual([['the final quarter of 2009', 'DATE', '2009-Q4']]);
  });

  it('keeps a quarter still to come this year when last year\'s ended long before publication', () => {
    expect(values('Ford has announced cuts, resulting in the closure of ten plants during the fourth quarter.', '2006-08-19')).toEqual([
      ['the fourth quarter', 'DATE', '2006-Q4'],
    ]);
  });

  it('still reads a past-tense report of the quarter just ended as last year\'s', () => {
    expect(values('Ford reported a loss in the fourth quarter.', '2006-01-27')).toEqual([['the fourth quarter', 'DATE', '2005-Q4']]);
  });
});

describe('counts of quarters and ranges', () => {
  it('reads consecutive quarters as a duration even before "of"', () => {
    expect(values('Japan has entered a recession after posting two consecutive quarters of negative growth.', '2008-11-18')).toEqual([
      ['two consecutive quarters', 'DURATION', 'P2Q'],
    ]);
  });

  it('splits a range after "between" into two durations, the first taking the unit of the second', () => {
    expect(values('He said the process would take between 60 and 90 days.', '2009-06-04')).toEqual([
      ['60', 'DURATION', 'P60D'],
      ['90 days', 'DURATION', 'P90D'],
    ]);
    expect(values("It's between two to six days for every one of the patients.", '1998-03-31')).toEqual([
      ['two', 'DURATION', 'P2D'],
      ['six days', 'DURATION', 'P6D'],
    ]);
  });

  it('keeps a range without "between" as one duration', () => {
    expect(values('It takes two to three weeks.', '1998-03-31')).toEqual([['two to three weeks', 'DURATION', 'P3W']]);
  });
});

describe('weeks ranked in a month', () => {
  it.each([
    ['Car sales rebounded in the last week of March.', '2009-04-01', 'the last week of March', '2009-W13'],
    ['Exports rose in the first week of May 2024.', '2025-04-14', 'the first week of May 2024', '2024-W18'],
    ['The festival ends the first weekend of June.', '2009-04-01', 'the first weekend of June', '2009-W23-WE'],
    ['Voting closed on the last weekend of May 2024.', '2025-04-14', 'the last weekend of May 2024', '2024-W21-WE'],
  ])('%s', (sentence, anchor, text, value) => {
    expect(values(sentence, anchor)).toEqual([[text, 'DATE', value]]);
  });
});

describe('the trading day reported on', () => {
  it('reads "the day" after a verb of the session as the day under discussion', () => {
    expect(values('The Dow gained 155.91 points, or 1.67%, to end the day at 9505.96.', '2009-08-21')).toEqual([['the day', 'DATE', '2009-08-21']]);
    expect(values('For the day, the Nikkei closed down 6.4 percent.', '2008-10-27')).toEqual([['the day', 'DATE', '2008-10-27']]);
    expect(values('On Monday the index fell 3.41% to end the day at 7,114.3.', '2009-02-24')).toEqual([
      ['Monday', 'DATE', '2009-02-23'],
      ['the day', 'DATE', '2009-02-23'],
    ]);
  });
});

describe('comparison periods a year back', () => {
  it.each([
    ['Sales rose 43% in February compared to the same period last year.', '2010-03-03', 'February', '2010-02', 'the same period last year', '2009-02'],
    ['Sales fell 35% in January, compared to the same month a year ago.', '2009-02-03', 'January', '2009-01', 'the same month a year ago', '2008-01'],
    ['Profit rose in the third quarter. It fell in the corresponding period last year.', '1989-10-26', 'the third quarter', '1989-Q3', 'the corresponding period last year', '1988-Q3'],
    ['Net rose in the third quarter from last year\'s quarter.', '1989-10-26', 'the third quarter', '1989-Q3', "last year's quarter", '1988-Q3'],
  ])('%s', (sentence, anchor, firstText, firstValue, text, value) => {
    expect(values(sentence, anchor)).toEqual([
      [firstText, 'DATE', firstValue],
      [text, 'DATE', value],
    ]);
  });

  it('takes the quarter last reported on when no period is under discussion', () => {
    expect(values('For the quarter a year ago, the company earned $5 million.', '1989-10-26')).toEqual([['the quarter a year ago', 'DATE', '1988-Q3']]);
  });

  it('keeps the X digits of its kind without a publication date', () => {
    expect(tagDates('Sales were lower than in the same month a year ago.', null).map((t) => t.value)).toEqual(['XXXX-XX']);
  });
});

describe('terms ahead', () => {
  it.each([
    ['The plan would placate some holders in the short term.', 'the short term'],
    ['The government backs the plant for the long term.', 'the long term'],
    ['Growth should pick up over the medium term.', 'the medium term'],
  ])('%s', (sentence, text) => {
    expect(values(sentence, '2009-06-01')).toEqual([[text, 'DATE', 'FUTURE_REF']]);
  });
});

describe('days mentioned before', () => {
  it('passes over a date still to come for a past-tense "the same day"', () => {
    const text =
      'On Friday, the department announced new restrictions, which are to take effect on December 10. ' +
      'The new rules were released later the same day.';
    expect(values(text, '2019-10-27')).toEqual([
      ['Friday', 'DATE', '2019-10-25'],
      ['December 10', 'DATE', '2019-12-10'],
      ['the same day', 'DATE', '2019-10-25'],
    ]);
  });

  it('keeps a date still to come for a future "that day"', () => {
    expect(values('The summit opens on December 10. That day, leaders will sign the pact.', '2019-10-27')).toEqual([
      ['December 10', 'DATE', '2019-12-10'],
      ['That day', 'DATE', '2019-12-10'],
    ]);
  });

  it('gives a clock time the day named after its conversion to another zone', () => {
    const text = 'Officials met today. The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.';
    expect(values(text, '2019-10-10')).toEqual([
      ['today', 'DATE', '2019-10-10'],
      ['8:30 p.m. BST', 'TIME', '2019-08-27T20:30'],
      ['1930 UTC', 'TIME', '2019-08-27T19:30'],
      ['August 27', 'DATE', '2019-08-27'],
    ]);
  });
});

describe('days known by name', () => {
  it('reads "Black Monday" as the crash of 1987, not this week\'s Monday', () => {
    expect(values('US stock markets tumble on the Black Monday anniversary.', '2007-10-20')).toEqual([['Black Monday', 'DATE', '1987-10-19']]);
  });

  it('reads "Black Friday" as the day after Thanksgiving', () => {
    expect(values('Stores will open early on Black Friday.', '2007-10-20')).toEqual([['Black Friday', 'DATE', '2007-11-23']]);
  });
});

describe('an amount of time counted from an event', () => {
  it('reads "a day after" as a duration even after a verb in -s', () => {
    expect(values("GM's move comes a day after Chrysler announced its cuts.", '2009-05-15')).toEqual([['a day', 'DURATION', 'P1D']]);
  });
});

describe('the future seen from a past moment', () => {
  it.each([
    ['Humberto was expected to pass by Bermuda late Wednesday night.', 'late Wednesday night', 'TIME', '2019-09-18TNI'],
    ['The hurricane center predicted that Humberto would pass by Bermuda Wednesday night.', 'Wednesday night', 'TIME', '2019-09-18TNI'],
    ['Officials said the vote would be held on Monday.', 'Monday', 'DATE', '2019-09-23'],
  ])('%s', (sentence, text, type, value) => {
    expect(values(sentence, '2019-09-19')).toEqual([[text, type, value]]);
  });
});

describe('an infinitive inside a modifier does not date the expression before it', () => {
  it.each([
    ['On Thursday, Sviatlana Tsikhanouskaya, a candidate in the election to be held on August 9, held a rally.', 'Thursday', '2020-07-30'],
    ['On Monday, talks due to be held in Paris were cancelled.', 'Monday', '2020-08-03'],
  ])('%s', (sentence, text, value) => {
    expect(values(sentence, '2020-08-05')[0]).toEqual([text, 'DATE', value]);
  });

  it('still reads a future predicate after the expression', () => {
    expect(values('On Monday the summit is due to be held.', '2020-08-05')).toEqual([['Monday', 'DATE', '2020-08-10']]);
  });
});

describe('durations at the start of a sentence, and prepositions before a frame', () => {
  it('reads "A decade" with a capital like "a decade"', () => {
    expect(values('A decade of conflict ended in 2024.', '2025-04-14')).toEqual([
      ['A decade', 'DURATION', 'P10Y'],
      ['2024', 'DATE', '2024'],
    ]);
  });

  it('leaves "over" and "within" before "the past year" out of both the extent and the mod', () => {
    for (const sentence of ['Talks stalled over the past year.', 'Within the past year, talks stalled.']) {
      expect(tagDates(sentence, '2025-04-14').map((t) => [t.text, t.value, t.mod])).toEqual([['the past year', 'P1Y', null]]);
    }
    // Without a frame, "over" is "more than".
    expect(tagDates('The talks lasted over a year.', '2025-04-14').map((t) => [t.text, t.value, t.mod])).toEqual([['over a year', 'P1Y', 'MORE_THAN']]);
  });
});

describe('the same day a year back', () => {
  it.each([
    ['2025-04-30', '2024-04-30'],
    ['2024-02-29', '2023-02-28'],
  ])('on %s, "the same day last year" is %s', (anchor, value) => {
    expect(values('Traffic was as heavy as on the same day last year.', anchor)).toEqual([['the same day last year', 'DATE', value]]);
  });
});
