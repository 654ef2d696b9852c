/**
 * Offices and the states that have them, for people whose state the article leaves implicit
 * ("Foreign Secretary Dominic Raab", "Prime Minister Boris Johnson" in a story about the UK).
 * Only used when one of the listed states is itself named in the article. Lower case roles as
 * role-phrases.ts writes them.
 */

/** Titles that English-language news uses for one state (or very few) only. */
export const STATE_SPECIFIC_OFFICES: Readonly<Record<string, readonly string[]>> = {
  'foreign secretary': ['GBR'],
  'home secretary': ['GBR'],
  'defence secretary': ['GBR'],
  'chancellor of the exchequer': ['GBR'],
  'chief constable': ['GBR'],
  'police and crime commissioner': ['GBR'],
  'secretary of state': ['USA'],
  'secretary of defense': ['USA'],
  'defense secretary': ['USA'],
  'secretary of transportation': ['USA'],
  'transportation secretary': ['USA'],
  'secretary of homeland security': ['USA'],
  'homeland security secretary': ['USA'],
  'secretary of the treasury': ['USA'],
  'treasury secretary': ['USA'],
  'secretary of commerce': ['USA'],
  'commerce secretary': ['USA'],
  'secretary of energy': ['USA'],
  'energy secretary': ['USA', 'GBR'],
  'national security adviser': ['USA'],
  'national security advisor': ['USA'],
  chancellor: ['DEU', 'AUT'],
  taoiseach: ['IRL'],
  tanaiste: ['IRL'],
  'supreme leader': ['IRN'],
};

/**
 * Offices most states have, so the holder's state is the one the article is about: the state
 * it names most often, when that state clearly dominates (see office-states.ts). Matched on the
 * role's last words, so "deputy prime minister" counts as "prime minister".
 */
export const COMMON_STATE_OFFICES: readonly string[] = [
  'president', 'vice president', 'prime minister', 'premier', 'minister', 'king', 'queen', 'emir',
  'crown prince', 'general', 'admiral', 'prosecutor general', 'attorney general', 'chief of staff',
];

/**
 * States that have no prime minister (presidential systems), so that "Prime Minister X" in a
 * story about the UK and the US is British.
 */
export const STATES_WITHOUT_PRIME_MINISTER: ReadonlySet<string> = new Set([
  'USA', 'MEX', 'BRA', 'ARG', 'CHL', 'COL', 'ECU', 'BOL', 'PRY', 'URY', 'VEN', 'GTM', 'HND', 'SLV',
  'NIC', 'CRI', 'PAN', 'DOM', 'IDN', 'PHL', 'NGA', 'GHA', 'KEN', 'ZAF', 'AGO', 'ZMB', 'MWI', 'BWA',
  'LBR', 'SLE', 'GMB', 'CYP', 'TUR', 'IRN', 'AFG', 'TKM', 'MDV', 'SSD', 'SYC',
]);

/** States headed by a monarch, which have no president ("President X" is not one of theirs). */
export const MONARCHIES: ReadonlySet<string> = new Set([
  'GBR', 'ESP', 'NLD', 'BEL', 'LUX', 'DNK', 'SWE', 'NOR', 'MCO', 'LIE', 'AND', 'JPN', 'THA', 'KHM',
  'MYS', 'BRN', 'BTN', 'NPL', 'SAU', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN', 'JOR', 'MAR', 'SWZ', 'LSO',
  'TON', 'CAN', 'AUS', 'NZL', 'JAM', 'PNG', 'BHS', 'BLZ',
]);

/**
 * States with an office of vice president (presidential republics, mostly in the Americas,
 * Africa and Asia), so that "Vice President X" in a story about the US and Ukraine is American.
 * From the list of current vice presidents of sovereign states; deputy presidents (South Africa)
 * and first deputies are other titles.
 */
export const STATES_WITH_VICE_PRESIDENT: ReadonlySet<string> = new Set([
  'USA', 'ARG', 'BOL', 'BRA', 'COL', 'CRI', 'CUB', 'DOM', 'ECU', 'SLV', 'GTM', 'HND', 'NIC', 'PAN',
  'PRY', 'PER', 'URY', 'VEN', 'GUY', 'SUR', 'IDN', 'PHL', 'IRN', 'CHN', 'VNM', 'LAO', 'TWN', 'AFG',
  'IRQ', 'SYR', 'YEM', 'AZE', 'TUR', 'CYP', 'MDV', 'NGA', 'GHA', 'KEN', 'TZA', 'UGA', 'ZMB', 'ZWE',
  'MWI', 'LBR', 'SLE', 'GMB', 'BWA', 'NAM', 'AGO', 'SSD', 'SDN', 'CIV', 'GNQ', 'SYC', 'BDI', 'BEN',
  'GAB', 'KIR', 'FSM', 'PLW',
]);
