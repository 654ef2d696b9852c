/**
 * Sentences for the trigger coverage test: each rule pattern's optional leading words in use, so
 * that every triggered pattern has matches to be checked on beyond those of the corpus.
 */
export const LEADING_WORD_SENTENCES: readonly string[] = [
  // calendar dates
  'The forum ran 14-16 April, between 10 and 12 May 2019, on 1st to 3rd of March, 24 and 25 June, April 24-25, 2019.',
  'The talks opened on Monday, March 3, 2024 and again on Tuesdays 4 April; the 5th of May and June 6th, 2023.',
  'By the end of March 2024, in early April, in mid-May of 2023, the first half of June this year, late July last year.',
  'From last January until next February, earlier this March and later this October, the middle of August.',
  'The figures for January and November. October’s sales rose. The beginning of September, the start of December.',
  // durations
  'For about three years, over the past two weeks, nearly a decade, more than 40 days, several more months and a half.',
  'It took weeks. The days ahead, months of talks, for the years, over the decades, throughout the centuries.',
  'A five-year plan, a 30-day truce, a 10-year-old boy, several-month delay, a year-long, weeks-long campaign.',
  'Within the coming days, the next six months, the final two years, some 12 to 14 months, a couple of weeks.',
  'It takes between 60 and 90 days, between two to six weeks.',
  // holidays
  'Last Christmas, next Easter, this Thanksgiving week, New Year’s Day 2024 and Christmas Eve, 2019, Black Monday, last Black Friday.',
  // references
  'Now and currently, at present, these days, in the past, the future, recently, right now.',
  // relative days
  'Earlier today, later tonight, yesterday morning, tomorrow evening, this afternoon, last night, the day before yesterday.',
  'Last Monday, next Friday, this past Sunday, this coming Wednesday, early Tuesday, late Thursday morning, every Saturday, earlier Friday.',
  // relative periods
  'This week, last month, the previous year, the same quarter, earlier this year, later in the month, the end of last year.',
  'This century, last century, earlier this century, the end of this century, the next century.',
  'Two years ago, about three months earlier, nearly a decade later, some 20 days from now, just over a year or so ago, many weeks hence.',
  'Three centuries ago, a century and a half ago, two centuries later, for two millennia, several centuries, about a century back.',
  'Half an hour, about half a day, half a century ago, half a year ago, for half a decade.',
  'The third quarter of 1990, this year’s second quarter, its fiscal first half, the 2024 fourth quarter, 2019 first quarter.',
  'The September quarter, its June quarter, last March quarter, this Dec. quarter, their Sept. quarter, the December quarter.',
  'The summer of 2024, early spring 2023, the late autumn of 1999, mid-winter of this year, the spring of next year.',
  'A year ago, the year-earlier quarter, the comparable year-ago period, the same year ago first quarter.',
  'The same period last year, the corresponding month of the previous year, the quarter a year earlier, last year’s period.',
  'Shares rose in morning trading and fell in afternoon dealings; at the start of the day, early in the day, late in the day.',
  'Less than the year previous, a meeting the day before, as in the month before; the day before the vote.',
  'The next morning, the following evening, earlier that night, later that afternoon, in the morning, during the night, by evening, later in the day, mid-morning.',
  // reporting periods
  'The 1989 quarter, the comparable 1990 period, the same 2023 quarter, the latest quarter, the most recent period, that quarter.',
  'The first half of 1990, the last two quarters, the final half of this year, the latter half, the second half of next year.',
  // sets
  'Weekly and monthly, annually, every year, each month, per day, once a week, twice a year, three times a month, every other week, several times a year.',
  'Year after year, day after day, decade after decade; every night, each morning, every evening.',
  // week of
  'The week of March 3, that weekend of June 12th, this week of May 5, the last week of March, the first weekend of May, 2024.',
  // years, decades, centuries
  'In 2024, fiscal 1989, FY 2020, fiscal year 2021, mid-2024, early 1991, the end of 2019, post-1959, pre-2000.',
  'The 2023-2024 period, the 1990-91 season, the 2024–25 budget, (1919–33), 2005 – 2015, from 2019—2023.',
  'The 1990s, the mid-1990s, the late ’80s, the \'80s, the nineties, the early 2000s, the end of the 1970s, the 70s and 80s.',
  'The lowest since \'82, in ’69, from \'90 to \'95, the summer of \'04.',
  'The 21st century, the twentieth century, the early 19th century, the second half of the 20th century.',
  'Nineteen ninety-six, the year two thousand, two thousand and one, eighteen seventy-two.',
  'By year-end, the year’s end, at the end of the year, end-of-year results, the year end.',
  // bare seasons, the period under discussion
  'In summer, during winter and since spring; through autumn, by spring 2020, over winter when it rained, until summer of this year.',
  'By that time, until that time; for a second consecutive day, for the third straight year, for the 10th successive month.',
];
