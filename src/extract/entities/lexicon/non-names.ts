/**
 * Capitalized words that are not names: they start sentences, or name times and titles.
 * Lower case.
 */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'christmas', 'easter', 'ramadan', 'eid',
]);

/** Capitalized words that never start a name however they are placed. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'and', 'or', 'but', 'if',
  'on', 'in', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'after', 'before', 'during',
  'since', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which', 'also', 'however',
  'meanwhile', 'according', 'both', 'last', 'next', 'this', 'all', 'some', 'many', 'most', 'several',
  'both', 'other', 'another', 'each', 'every', 'such', 'no', 'not', 'yes', 'mr', 'mrs', 'ms', 'dr',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'then', 'thus', 'still', 'yet', 'although',
  'though', 'despite', 'because', 'under', 'over', 'between', 'among', 'against', 'about', 'into',
  'earlier', 'later', 'previously', 'following', 'once', 'further', 'furthermore', 'moreover',
  'additionally', 'finally', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five',
  'speaking', 'asked', 'read', 'related', 'photo', 'video', 'image', 'sources', 'source', 'update',
  'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'advertisement', 'see', 'click',
]);

/** News agency names that appear in bylines and datelines ("RABAT (Reuters) -"). */
export const WIRE_AGENCIES: ReadonlySet<string> = new Set(['reuters', 'afp', 'ap', 'ansa', 'efe', 'dpa', 'xinhua', 'tass', 'anadolu']);

/** Words that name documents and indexes, so a capitalized phrase ending in one is not an organization. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'index', 'report', 'act', 'law', 'treaty', 'agreement', 'accord', 'accords', 'convention',
  'declaration', 'protocol', 'resolution', 'charter', 'plan', 'strategy', 'review', 'survey',
  'summit', 'conference', 'award', 'prize', 'cup', 'games', 'war', 'operation', 'doctrine',
  'memorandum', 'statement', 'communique', 'communiqué', 'deal', 'pact', 'initiative', 'project',
  'pipeline', 'bill', 'code', 'constitution', 'day', 'week', 'year', 'era', 'crisis', 'revolution',
]);

/** Words that make a capitalized phrase a building or facility, which is not an entity here. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'airport', 'hospital', 'hall', 'hotel', 'stadium', 'square', 'palace', 'base', 'prison', 'bridge',
  'station', 'tower', 'mosque', 'church', 'cathedral', 'temple', 'street', 'avenue', 'road', 'field',
  'interconnector', 'mall', 'park', 'museum', 'monastery', 'shrine', 'synagogue', 'basilica',
]);

/** Upper-case abbreviations that are not organizations (time zones, units, common nouns). */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'TV', 'LNG', 'LPG', 'EEZ', 'GDP',
  'CEO', 'CFO', 'PM', 'AM', 'ID', 'DNA', 'HIV', 'AIDS', 'COVID', 'SUV', 'USD', 'EUR', 'GBP', 'PDF',
  'OK', 'PCI', 'MP', 'MPS', 'IT', 'AI', 'VIP', 'RPG', 'IED', 'IEDS', 'UAV', 'UAVS', 'WMD', 'NGO', 'NGOS',
  'KM', 'KG', 'MW', 'GW', 'BCM', 'II', 'III', 'IV', 'VI', 'ISBN', 'FAQ', 'URL', 'RT', 'PS',
]);

/** Abbreviations that end company names with their period ("Apple Inc.", "Ford Motor Co."). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'spa']);

/**
 * Lower-case words that, right after a capitalized name, make it a place's ("Maidan Wardak
 * province", "the Maidan Wardak provincial council"); not "state" or "coast", which follow
 * people too ("Assad state media").
 */
export const AREA_WORDS_AFTER_NAME: ReadonlySet<string> = new Set([
  'province', 'provincial', 'district', 'governorate', 'county', 'municipality', 'municipal', 'village', 'town', 'city', 'region',
]);

/** Adverbs that may open an apposition describing what a name is ("Hagia Sophia, formerly a church"). */
export const APPOSITION_ADVERBS: ReadonlySet<string> = new Set(['formerly', 'once', 'now', 'originally', 'today', 'still']);

/**
 * One-word names of events and processes, which are not entities however often an article
 * repeats them ("Brexit will hurt trade"); lower case. Names built on them may be ("Brexit Party").
 */
export const EVENT_NAMES: ReadonlySet<string> = new Set([
  'brexit', 'grexit', 'frexit', 'holocaust', 'intifada', 'nakba', 'perestroika', 'glasnost', 'hajj', 'umrah', 'reconquista',
]);
