/**
 * Vocabulary of offices and functions. A role phrase is
 *   [modifier]* [portfolio]* head [of|for <portfolio words>]
 * e.g. "former president", "interior minister", "minister of justice", "foreign ministry
 * spokesman", "secretary of state". All entries are lower case.
 */

/** Office nouns that can end a role phrase; multi-word entries are matched first. */
export const ROLE_HEADS: readonly string[] = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'premier',
  'chancellor', 'minister', 'secretary', 'secretary-general', 'secretary general', 'undersecretary',
  'under secretary', 'king', 'queen', 'crown prince', 'prince', 'emir', 'sultan', 'sheikh', 'monarch',
  'ambassador', 'envoy', 'special envoy', 'special representative', 'representative', 'consul',
  'spokesman', 'spokeswoman', 'spokesperson', 'general', 'lieutenant general', 'major general',
  'brigadier general', 'admiral', 'vice admiral', 'colonel', 'lieutenant colonel', 'commander',
  'commander-in-chief', 'chief of staff', 'chief', 'director', 'director general', 'director-general',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'head', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'mp', 'attorney general', 'attorney', 'prosecutor',
  'prosecutor general', 'judge', 'chief justice', 'supreme court justice', 'associate justice', 'commissioner', 'chief constable', 'constable',
  'leader', 'founder', 'co-founder', 'speaker', 'chief executive', 'ceo', 'executive director',
  'adviser', 'advisor', 'national security adviser', 'national security advisor', 'officer',
  'official', 'diplomat', 'analyst', 'expert', 'specialist', 'researcher', 'professor', 'spy chief',
  'presidents', 'ministers', 'leaders', 'defense chief', 'defence chief', 'army chief', 'police chief', 'coordinator', 'negotiator',
  'agent', 'special agent', 'superintendent', 'chief superintendent', 'inspector', 'chief inspector',
  'commandant', 'representatives', 'senators',
];

/**
 * Military ranks among the heads. After an office ("Coast Guard Commandant Admiral X") a rank is
 * the holder's grade, not part of the office, so it does not stack onto it.
 */
export const MILITARY_RANKS: readonly string[] = [
  'general', 'lieutenant general', 'major general', 'brigadier general', 'admiral', 'vice admiral',
  'rear admiral', 'colonel', 'lieutenant colonel', 'major', 'captain', 'lieutenant', 'brigadier', 'marshal', 'field marshal',
];

/** Portfolios and fields that qualify an office ("interior minister", "terrorism specialist"). */
export const PORTFOLIOS: readonly string[] = [
  'interior', 'foreign', 'foreign affairs', 'home', 'defense', 'defence', 'justice', 'energy',
  'finance', 'economy', 'economic', 'economic development', 'development', 'trade', 'industry',
  'commerce', 'health', 'education', 'transport', 'transportation', 'agriculture', 'labour', 'labor',
  'environment', 'information', 'communications', 'security', 'public security', 'homeland security',
  'national security', 'internal affairs', 'intelligence', 'oil', 'petroleum', 'tourism', 'culture',
  'immigration', 'migration', 'interior ministry', 'foreign ministry', 'defense ministry',
  'defence ministry', 'justice ministry', 'state', 'state department', 'military', 'army', 'navy',
  'police', 'terrorism', 'counterterrorism', 'counter-terrorism', 'geostrategy', 'crime', 'cabinet',
  'government', 'opposition', 'party', 'deputy', 'assistant', 'senior', 'junior', 'top', 'chief',
  'special', 'joint', 'armed forces', 'air force', 'cyber', 'maritime', 'border', 'nuclear',
];

/** Words before an office that keep it a role ("former president", "acting minister"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'former', 'ex', 'deputy', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'vice', 'assistant',
  'senior', 'junior', 'top', 'chief', 'current', 'new', 'late',
];

/** Words that introduce the same office held by the other side ("his Moroccan counterpart"). */
export const COUNTERPART_WORDS: readonly string[] = ['counterpart', 'counterparts', 'opposite number'];

/** Titles that show a name follows but are not an office ("Mr", "Dr"). */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mister', 'madam', 'sen', 'rep',
  'gen', 'col', 'lt', 'maj', 'capt', 'adm', 'sgt', 'gov', 'pres', 'prof', 'rev', 'sheikh',
];

/** Offices that take a destination or brief: "ambassador to Germany", "special representative for Iran". */
export const ROLES_WITH_DESTINATION: readonly string[] = ['ambassador', 'envoy', 'special envoy', 'representative', 'special representative', 'consul'];

/** Nouns that state a person's nationality without an office ("South Korean national X"). */
export const NATIONALITY_NOUNS: readonly string[] = ['national', 'citizen', 'resident', 'man', 'woman', 'nationals', 'citizens'];

/** Modifiers that may stand before the state adjective and still qualify the office ("former US President"). */
export const LEADING_ROLE_MODIFIERS: readonly string[] = ['former', 'ex', 'late', 'acting', 'interim', 'outgoing', 'incoming'];

/** Plural offices that title several coordinated names ("Presidents A and B"). */
export const PLURAL_OFFICES: readonly string[] = ['presidents', 'ministers', 'leaders', 'prime ministers', 'kings', 'representatives', 'senators'];
