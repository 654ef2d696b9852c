/**
 * Country vocabulary that world-countries lacks or gets wrong for English news. The bulk
 * (common and official names, alternative spellings, demonyms, capitals) comes from
 * world-countries; this module only adds and overrides.
 */

/**
 * Codes news data uses where world-countries has its own placeholder. Kosovo has no ISO 3166-1
 * code; world-countries writes "UNK" (the UN's code for its mission there), while the EU, the
 * IMF, the World Bank and most news and event datasets use the user-assigned "XKX", which is what
 * downstream joins expect.
 */
export const ALPHA3_OVERRIDES: Readonly<Record<string, string>> = {
  UNK: 'XKX',
};

/** The name news uses when it differs from world-countries' common name. */
export const PREFERRED_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
  CZE: 'Czech Republic',
};

/** Names, short forms and adjectives news uses for a state, beyond world-countries. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'America', 'the States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  RUS: ['Russian Federation'],
  MMR: ['Burma'],
  CIV: ['Ivory Coast', "Cote d'Ivoire"],
  CZE: ['Czech Republic'],
  NLD: ['Holland', 'The Netherlands'],
  PRK: ['North Korea', 'DPRK'],
  KOR: ['South Korea', 'Korea'],
  COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo'],
  COG: ['Republic of Congo', 'Congo-Brazzaville'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Vatican', 'Holy See'],
  PSE: ['Palestinian territories'],
};

/** Adjectives and plural demonyms ("Moroccans") that name a state's people or things. */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['American', 'Americans', 'US-led', 'U.S.-led'],
  GBR: ['British', 'Briton', 'Britons', 'Brits'],
  SAU: ['Saudi', 'Saudis'],
  TUR: ['Turkish', 'Turk', 'Turks'],
  NLD: ['Dutch'],
  CHE: ['Swiss'],
  FRA: ['French', 'Frenchman', 'Frenchmen'],
  IRL: ['Irish'],
  ESP: ['Spanish', 'Spaniard', 'Spaniards'],
  DNK: ['Danish', 'Dane', 'Danes'],
  SWE: ['Swedish', 'Swede', 'Swedes'],
  FIN: ['Finnish', 'Finn', 'Finns'],
  POL: ['Polish', 'Pole', 'Poles'],
  PHL: ['Filipino', 'Filipinos', 'Philippine'],
  ISR: ['Israeli', 'Israelis'],
  PAK: ['Pakistani', 'Pakistanis'],
  IRQ: ['Iraqi', 'Iraqis'],
  ARE: ['Emirati', 'Emiratis'],
  KOR: ['South Korean', 'South Koreans'],
  PRK: ['North Korean', 'North Koreans'],
  CHN: ['Chinese'],
  JPN: ['Japanese'],
  VNM: ['Vietnamese'],
  LBN: ['Lebanese'],
  SDN: ['Sudanese'],
  SEN: ['Senegalese'],
  PRT: ['Portuguese'],
  TWN: ['Taiwanese'],
  CZE: ['Czech', 'Czechs'],
  GRC: ['Greek', 'Greeks'],
  NZL: ['New Zealander', 'New Zealanders'],
  AFG: ['Afghan', 'Afghans'],
  BGD: ['Bangladeshi', 'Bangladeshis'],
  YEM: ['Yemeni', 'Yemenis'],
  QAT: ['Qatari', 'Qataris'],
  KWT: ['Kuwaiti', 'Kuwaitis'],
  OMN: ['Omani', 'Omanis'],
  BHR: ['Bahraini', 'Bahrainis'],
  SOM: ['Somali', 'Somalis'],
  THA: ['Thai'],
  MMR: ['Burmese'],
  COD: ['Congolese'],
};

/**
 * Territories world-countries marks as not independent that news treats as states, and
 * states-in-waiting; everything else not independent is a PLACE lying in itself.
 */
export const TERRITORIES_AS_COUNTRIES: ReadonlySet<string> = new Set(['PSE', 'TWN', 'XKX']);

/** Cities besides world-countries' capitals that news uses for a state's government. */
export const EXTRA_SEATS_OF_GOVERNMENT: Readonly<Record<string, readonly string[]>> = {
  USA: ['Washington'],
  NLD: ['The Hague'],
  ISR: ['Jerusalem'],
};
