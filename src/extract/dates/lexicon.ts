/**
 * Vocabulary of English temporal expressions. Only words and their meanings live here; the
 * patterns that combine them are in the rule modules.
 */

/** Month names and news abbreviations (with or without the period) -> month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names -> ISO weekday (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tues', 2], ['tue', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thu', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Cardinal number words -> value (compounds like "twenty four" are summed by the number parser). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  ['a', 1], ['an', 1], ['single', 1], ['half', 0.5], ['dozen', 12], ['couple', 2],
]);

/** Ordinal words -> value, for quarters, halves and centuries. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['fifth', 5], ['5th', 5], ['sixth', 6], ['6th', 6], ['seventh', 7], ['7th', 7], ['eighth', 8], ['8th', 8],
  ['ninth', 9], ['9th', 9], ['tenth', 10], ['10th', 10], ['eleventh', 11], ['11th', 11], ['twelfth', 12],
  ['12th', 12], ['thirteenth', 13], ['13th', 13], ['fourteenth', 14], ['14th', 14], ['fifteenth', 15],
  ['15th', 15], ['sixteenth', 16], ['16th', 16], ['seventeenth', 17], ['17th', 17], ['eighteenth', 18],
  ['18th', 18], ['nineteenth', 19], ['19th', 19], ['twentieth', 20], ['20th', 20], ['twenty-first', 21],
  ['21st', 21], ['last', 4],
  // "the final quarter of 2009" is its fourth, as "the last quarter" is.
  ['final', 4],
]);

/** Decade words ("the nineties") -> the first two digits dropped, as in TIMEX3 "199". */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7],
  ['eighties', 8], ['nineties', 9],
]);

/** Seasons -> TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day -> TIMEX3 code. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
  ['midday', 'MI'], ['noon', 'MI'], ['dawn', 'MO'], ['daybreak', 'MO'], ['dusk', 'EV'], ['tonight', 'NI'],
]);

/** Calendar units -> TIMEX3 duration letter and whether it is a time unit (PT...). */
export const UNITS: ReadonlyMap<string, { code: string; time: boolean }> = new Map([
  ['second', { code: 'S', time: true }],
  ['minute', { code: 'M', time: true }],
  ['hour', { code: 'H', time: true }],
  ['day', { code: 'D', time: false }],
  ['night', { code: 'D', time: false }],
  ['week', { code: 'W', time: false }],
  ['fortnight', { code: 'W', time: false }],
  ['month', { code: 'M', time: false }],
  ['quarter', { code: 'Q', time: false }],
  ['year', { code: 'Y', time: false }],
  ['decade', { code: 'DE', time: false }],
  ['century', { code: 'CE', time: false }],
  ['millennium', { code: 'ML', time: false }],
]);

/** Adverbs and phrases that refer to the present, past or future as a whole. */
export const REFERENCE_WORDS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['at the moment', 'PRESENT_REF'],
  ['right now', 'PRESENT_REF'], ['these days', 'PRESENT_REF'], ['the present', 'PRESENT_REF'],
  
  ['recently', 'PAST_REF'],   ['the past', 'PAST_REF'], ['lately', 'PAST_REF'],
  // "in the past" is "the past" after a preposition, which TimeML leaves out of the extent.
  ['not long ago', 'PAST_REF'], ['some time ago', 'PAST_REF'],
  ['the future', 'FUTURE_REF'],   ['very soon', 'FUTURE_REF'], ['very shortly', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'],
  ['the foreseeable future', 'FUTURE_REF'], 
  ['as soon as possible', 'FUTURE_REF'],
  // "the challenges of the near term", as "the near future" (TimeBank and MEANTIME both tag it).
  ['the near term', 'FUTURE_REF'],
  // "in the long term", "in the short term": the future seen from now, as "the near term" (both corpora tag them).
  ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'], ['the medium term', 'FUTURE_REF'],
  ['the longer term', 'FUTURE_REF'],
]);

/** Words that mark a future reference for a weekday or bare month in the same clause. */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'going to', 'is to', 'are to', 'is due', 'are due', 'was due', 'were due', 'due to be',
  // Expectations told in the past look ahead from then ("was expected to pass Wednesday night").
  'was expected to', 'were expected to', 'expected to', 'likely to', 'as soon as', 'was to', 'were to',
  'plans to', 'plan to', 'planned to', 'next', 'upcoming', 'set to', 'set for', 'slated for', 'slated to', 'to be held', 'intends to',
  // Arrangements look ahead from the time of reporting even when told in the past tense:
  // "were planning to drive on Monday", "has scheduled a news conference Thursday", "payable Jan. 2".
  'planning', 'planned', 'scheduled', 'payable', 'effective',
  // Forecasts look ahead like expectations: "was forecast to reach Florida on Wednesday", "predict landfall
  // Saturday morning", "the weather should ease by Thursday morning".
  'was forecast to', 'were forecast to', 'forecast to', 'predicted to', 'predict', 'predicts', 'should',
  // A scheduled event is told in the present: "The show opens to the public on Friday", "goes on sale in
  // late January", "the series airs Sunday".
  'opens', 'begins', 'starts', 'kicks off', 'goes on sale', 'go on sale', 'airs', 'debuts', 'premieres', 'resumes',
];

/**
 * Future cues in the past tense: they look ahead from an expression after them ("planned to
 * leave on Thursday"), but an expression before them dates the planning itself ("On Friday,
 * the government planned to pay ...").
 */
export const PAST_FORM_FUTURE_CUES: readonly string[] = ['planned to', 'planned', 'scheduled'];

/**
 * Verbs that move an event to a new date: the date after "to" or "until" lies ahead of the move,
 * whatever tense tells it ("rescheduled its primary to June 2", printed in March).
 */
export const RESCHEDULE_VERBS: readonly string[] = ['rescheduled', 'postponed', 'delayed', 'moved', 'pushed back', 'put off', 'deferred', 'brought forward', 'adjourned'];

/**
 * Participles that put the day right after them on or before publication whatever the clause
 * says: a period that "ended Oct. 31" is over ("the second quarter ended Oct. 31", said on Oct. 27, is last year's).
 */
export const ENDED_BEFORE: readonly string[] = ['ended'];

/** Words that look like future cues but are not in these phrases ("next to the embassy", "due to the storm"). */
export const NOT_FUTURE_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['next', /\s+to\b/],
  ['should', /\s+(?:not\s+)?have\b/],
  // "planned" looks ahead as a verb with its object ("Protesters planned a large demonstration on Saturday"),
  // not as a participle ("a service planned at the university for Saturday was canceled").
  ['planned', /(?!\s+(?:a|an|the|their|its|his|her|our|two|three|several|new|more)\b)/],
]);

/** Adverbs that may come between a modal and its verb ("would still be held"), besides any word in -ly. */
export const MODAL_ADVERBS: readonly string[] = ['not', 'still', 'also', 'only', 'then', 'now', 'never', 'soon', 'again', 'first', 'probably', 'likely'];

/** Month names that are also surnames or first names ("Theresa May", "Brian May", "Kate June"). */
export const NAME_MONTHS: readonly string[] = ['May', 'June', 'April', 'August', 'March'];

/**
 * Capitalized words before a month name that leave it a month ("Last May", "Until June"): sentence-
 * initial prepositions and modifiers, not the first name or title of a person named May.
 */
export const MONTH_LEAD_WORDS: readonly string[] = [
  'In', 'Since', 'Until', 'Till', 'By', 'From', 'Through', 'Throughout', 'During', 'Before', 'After', 'Between',
  'And', 'Or', 'For', 'Of', 'To', 'The', 'A', 'An', 'Each', 'Every', 'Early', 'Mid', 'Late', 'Last', 'Next', 'This',
  'Earlier', 'Later', 'On', 'Also', 'But', 'Then', 'Around', 'About', 'Except',
];

/** Full month names that are not also common words or first names (unlike May, March, June, April, August). */
export const UNAMBIGUOUS_MONTH_NAMES: readonly string[] = ['January', 'February', 'September', 'October', 'November', 'December'];

/**
 * Verbs of a trading session (and "for") before "the day": "ended the day at 7,114", "For the day,
 * the Nikkei closed down 6.4%" name the day reported on, a DATE, where "the day" alone is no date.
 */
export const SESSION_VERBS: readonly string[] = [
  'end', 'ends', 'ended', 'ending', 'finish', 'finishes', 'finished', 'finishing', 'close', 'closes', 'closed',
  'closing', 'for',
];

/**
 * Words that name a period relative to publication or to the period under discussion, before its unit:
 * "this/last/next week", "earlier this year", "earlier in the month", "the previous year", "the week".
 */
export const PERIOD_RELATIONS: readonly string[] = [
  'this', 'last', 'next', 'the previous', 'the current', 'the coming', 'the same', 'that same', 'that', 'the',
  'earlier this', 'later this', 'early this', 'late this', 'earlier in the', 'later in the', 'early in the',
  'late in the', 'early last', 'late last', 'early next', 'late next', 'the end of this', 'the end of last',
  'the end of the', 'the end of next', 'the beginning of this', 'the beginning of next', 'the start of this',
  'the middle of this', 'the middle of next', 'the rest of this', 'the rest of the', 'this past', 'the following',
  'the prior', 'the latest', 'the last', 'the past', 'the early', 'the late', 'the next', 'the full', 'the fiscal', 'the current fiscal', 'this fiscal', 'last fiscal', 'next fiscal',
];

/** Adjectives of a period compared with the one under discussion: "the same period last year". */
export const COMPARISON_ADJECTIVES: readonly string[] = ['same', 'corresponding', 'comparable', 'equivalent'];

/** Words that mark a past reference (plus any word in -ed, checked by the tense module). */
export const PAST_CUES: readonly string[] = [
  'said', 'was', 'were', 'had', 'did', 'told', 'met', 'took', 'made', 'gave', 'came', 'went', 'held', 'began',
  'left', 'won', 'lost', 'fell', 'rose', 'saw', 'found', 'got', 'put', 'set', 'shot', 'hit', 'led', 'sent',
  'spoke', 'wrote', 'became', 'brought', 'bought', 'sold', 'paid', 'struck', 'broke', 'ran', 'last', 'ago',
  // The present perfect looks back from now: "have been searching for him since the Oct. 23 slaying"
  // ("ve been" is the contraction after its apostrophe: "they've been").
  'has been', 'have been', 've been',
];

/**
 * Past forms spelled as the present and as a noun ("bid", "cut"): a past cue only right before an
 * amount ("the firm bid $5 billion", "cut 500 jobs"), and not after a determiner, "to" or a modal
 * (the tense module checks both).
 */
export const SAME_FORM_PAST_CUES: readonly string[] = ['bid', 'cut', 'shut', 'quit', 'split', 'spread', 'cost'];

/**
 * Nouns of amounts: "annual sales", "daily volume", "a modest annual rate" state a rate, which is
 * neither a duration nor, in TimeBank, a set (as "$500 million a year" is not).
 */
export const RATE_NOUNS: readonly string[] = [
  'sales', 'rate', 'rates', 'volume', 'turnover', 'dividend', 'dividends', 'revenue', 'revenues', 'income', 'output',
  'production', 'budget', 'budgets', 'growth', 'profit', 'profits', 'earnings', 'cost', 'costs', 'fee', 'fees',
  'salary', 'salaries', 'wage', 'wages', 'interest', 'capacity', 'average', 'rent', 'inflation', 'spending',
  'exports', 'imports', 'payments', 'premium', 'premiums', 'yield', 'return', 'returns', 'consumption',
];

/**
 * Nouns after which "today's" means the present era, not the publication day ("today's youth",
 * "in today's world"): no date, as in TimeBank.
 */
export const ERA_NOUNS: readonly string[] = [
  'world', 'youth', 'society', 'societies', 'generation', 'generations', 'young', 'children', 'kids', 'era', 'age',
  'times', 'standards', 'terms', 'economy', 'culture', 'politics', 'technology',
];

/** Holidays with a fixed month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['new year\'s day', [1, 1]], ['new year’s day', [1, 1]], ['christmas', [12, 25]], ['christmas day', [12, 25]],
  ['christmas eve', [12, 24]], ['new year\'s eve', [12, 31]], ['new year’s eve', [12, 31]],
  ['independence day', [7, 4]], ['valentine\'s day', [2, 14]], ['halloween', [10, 31]],
  ['veterans day', [11, 11]], ['armistice day', [11, 11]], ['bastille day', [7, 14]],
]);

/**
 * Days of history known by name: "Black Monday" is the crash of 1987-10-19, not this week's
 * Monday. Resolved to that day whatever the publication date.
 */
export const HISTORIC_DAYS: ReadonlyMap<string, string> = new Map([
  ['black monday', '1987-10-19'], ['black tuesday', '1929-10-29'], ['black thursday', '1929-10-24'],
  ['d-day', '1944-06-06'],
]);

/**
 * Capitalized words that make a weekday after them part of a name ("Super Tuesday", "Bloody
 * Sunday", "Cyber Monday"): no weekday of the publication's week.
 */
export const WEEKDAY_NAME_PREFIXES: readonly string[] = [
  'Black', 'Bloody', 'Super', 'Cyber', 'Good', 'Ash', 'Holy', 'Palm', 'Easter', 'Shrove', 'Maundy', 'Giving', 'Small Business',
];

/** Plural events named by their year ("the 2024 elections", "1968 protests"): after them a four-digit number stays a year. */
export const YEAR_EVENT_PLURALS: readonly string[] = [
  'elections', 'games', 'olympics', 'talks', 'polls', 'accords', 'protests', 'riots', 'attacks', 'bombings', 'floods',
];

/** Nouns that make a preceding four-digit number a count, not a year ("2024 troops"). */
export const COUNTED_NOUNS: readonly string[] = [
  'troops', 'soldiers', 'people', 'persons', 'men', 'women', 'children', 'members', 'votes', 'voters', 'seats',
  'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'barrels', 'dollars',
  'euros', 'pounds', 'yuan', 'rupees', 'shares', 'points', 'units', 'vehicles', 'cars', 'jobs', 'workers',
  'cases', 'deaths', 'refugees', 'migrants', 'police', 'officers', 'officials', 'employees', 'students',
  'acres', 'hectares', 'rounds', 'missiles', 'rockets', 'aircraft', 'planes', 'ships', 'tanks', 'weapons',
  'percent', 'per', 'hours', 'minutes', 'kg', 'mm', 'cm', 'mw', 'gw', 'mhz', 'ghz',
];

/** Words before a four-digit number that make it an identifier, not a year ("Resolution 1559"). */
export const IDENTIFIER_NOUNS: readonly string[] = [
  'resolution', 'no', 'number', 'flight', 'article', 'section', 'room', 'route', 'highway', 'bill', 'law',
  'act', 'model', 'code', 'page', 'pages', 'item', 'case', 'chapter', 'paragraph', 'decree', 'order', 'directive',
  'regulation', 'convention', 'protocol', 'unit', 'battalion', 'brigade', 'division', 'squadron', 'channel',
  'tel', 'phone', 'fax', 'box', 'suite', 'apartment', 'building', 'gate', 'platform', 'window', 'version',
  'rank', 'dow', 'nasdaq', 's&p', 'index',
  // Stock indexes named by their size: "the Russell 2000".
  'russell',
];

/**
 * Nouns of states and events that last: an "-old" compound before one gives how long it has
 * lasted ("the IRA's 8-month-old truce"), a duration, not the age of a person, a thing or a body
 * ("the 50-year-old alliance" is an organization's age).
 */
export const LASTING_EVENT_NOUNS: readonly string[] = [
  'truce', 'ceasefire', 'cease-fire', 'war', 'conflict', 'dispute', 'standoff', 'stand-off', 'crisis', 'moratorium',
  'embargo', 'blockade', 'boycott', 'lockout', 'siege', 'occupation', 'insurgency', 'rebellion', 'feud', 'rivalry',
  'ban', 'freeze', 'shutdown', 'investigation', 'marriage', 'uprising', 'revolt', 'struggle', 'recession', 'slump',
  'boom', 'drought', 'outbreak', 'epidemic', 'pandemic', 'lawsuit', 'trial', 'tenure',
];

/** People named after an event ("a 90-year-old war veteran"): the compound is then their age. */
export const EVENT_PERSON_NOUNS: readonly string[] = [
  'veteran', 'hero', 'widow', 'widower', 'leader', 'official', 'victim', 'survivor', 'refugee', 'criminal', 'crime',
  'crimes', 'correspondent', 'reporter', 'photographer', 'resister', 'protester', 'lawyer', 'judge', 'witness', 'prisoner',
  'bride', 'groom', 'orphan', 'widows', 'veterans', 'victims', 'survivors', 'refugees',
];

/**
 * Units of measure before "per hour", "per second": "75 miles per hour", "60 frames per second" state a
 * speed or a frequency, not a recurring time (no SET, as "$500 million a year" is no SET).
 */
export const MEASURE_NOUNS: readonly string[] = [
  'mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'metre', 'metres', 'meter', 'meters',
  'foot', 'feet', 'inch', 'inches', 'yard', 'yards', 'knots', 'frames', 'words', 'beats', 'revolutions', 'rotations',
  'cycles', 'bits', 'bytes', 'kilobits', 'megabits', 'gigabits', 'kilobytes', 'megabytes', 'gigabytes', 'litres', 'liters',
  'gallons', 'barrels', 'instructions', 'operations', 'calories', 'kilograms', 'kg', 'tons', 'tonnes',
];

/**
 * Capitalized nouns after a holiday name that make the pair a proper name: "Easter Island",
 * "the Easter Rising", "the Tet Offensive": no day of the calendar.
 */
export const HOLIDAY_NAME_NOUNS: readonly string[] = ['Island', 'Islands', 'Rising', 'Offensive', 'Uprising', 'Agreement', 'Accords'];

/**
 * Words of a game in the sentence that make "the third quarter", "the second half" a period of play,
 * not of the calendar ("got a technical foul in the third quarter").
 */
export const GAME_WORDS: readonly string[] = [
  'foul', 'fouled', 'fouls', 'dunk', 'dunked', 'touchdown', 'touchdowns', 'rebound', 'rebounds', 'halftime',
  'half-time', 'inning', 'innings', 'quarterback', 'goalkeeper', 'free throw', 'free throws', '3-pointer',
  'three-pointer', 'field goal', 'penalty kick', 'the bench', 'left the court', 'on the court', 'scored', 'interception',
  'whistle', 'the pitch', 'goals', 'in front of goal', 'attacking', 'possession', 'scrum', 'kick-off', 'kickoff',
];

/**
 * Capitalized nouns of events whose editions are named by their year: in "Worldwide Developers Conference
 * 2010", "Prime Day 2019", "Toronto Comicon 2019" the year is still a date (MEANTIME tags it), unlike the
 * number of a product or a company ("Orion 1980", "Farming Simulator 2019").
 */
export const EVENT_NAME_NOUNS: readonly string[] = [
  'Conference', 'Summit', 'Fest', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Festival', 'Expo', 'Fair',
  'Show', 'Awards', 'Election', 'Elections', 'Congress', 'Forum', 'Week', 'Day', 'Convention', 'Comicon', 'Con',
  'Open', 'Marathon', 'Tour', 'Season', 'Census', 'Budget', 'Report', 'Survey', 'Vision', 'Agenda', 'Plan', 'Strategy',
  'Meeting', 'Session', 'Assembly', 'Biennale', 'Triennale', 'Classic', 'Grand', 'Prix', 'Series', 'League',
];

/**
 * Nouns after a weekday that make it any such day ("the Sunday trade ban", "Saturday publication",
 * "Sunday opening hours"): a recurring day (SET XXXX-WXX-7), not one of this week.
 */
export const WEEKLY_NOUNS: readonly string[] = [
  'trade', 'trading', 'opening', 'openings', 'publication', 'shopping', 'service', 'services', 'school', 'mass',
  'hours', 'schedule', 'schedules', 'closing', 'closings', 'editions', 'papers', 'newspapers', 'shows', 'games',
];

/**
 * Words that make a clock time next to them recur ("held everyday at 1 pm", "at 12:45 and 17:45
 * weekdays"): the time is a SET, not one moment of the day under discussion.
 */
export const CLOCK_RECURRENCE_WORDS: readonly string[] = [
  'every day', 'everyday', 'each day', 'daily', 'nightly', 'weekdays', 'weeknights', 'weekends', 'every morning',
  'every evening', 'every night', 'every afternoon', 'each morning', 'each evening', 'each night',
];

/**
 * Capitalized nouns after a number that make "Word 2000 Noun" a name: "the Russel 2000 Index" (misspelt,
 * so no identifier word), "the Nikkei 225 Index", "Vanguard 2040 Fund".
 */
export const NAME_AFTER_NUMBER_NOUNS: readonly string[] = ['Index', 'Indexes', 'Indices', 'Fund', 'Funds'];
