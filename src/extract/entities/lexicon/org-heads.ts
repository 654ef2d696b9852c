/**
 * Words that make a capitalized phrase an organization's name when they appear in it
 * ("French Ministry of the Interior", "Institute for Economics and Peace", "Royal Air Force").
 * Lower case; multi-word heads are written with single spaces.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'bureau', 'directorate', 'service', 'services',
  'institute', 'institution', 'council', 'commission', 'committee', 'authority', 'administration',
  'court', 'tribunal', 'parliament', 'assembly', 'senate', 'congress', 'house', 'cabinet',
  'forces', 'force', 'army', 'navy', 'corps', 'guard', 'guards', 'police', 'gendarmerie', 'command',
  'embassy', 'consulate', 'mission', 'bank', 'fund', 'union', 'league', 'alliance', 'organization',
  'organisation', 'association', 'federation', 'foundation', 'party', 'front', 'movement', 'group',
  'university', 'college', 'academy', 'center', 'centre', 'forum', 'network', 'coalition',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'airlines', 'airways', 'air',
  'times', 'post', 'news', 'press', 'journal', 'herald', 'tribune', 'mail', 'agency', 'television',
  'radio', 'brigade', 'brigades', 'battalion', 'regiment', 'secretariat', 'board', 'task force',
  'programme', 'program', 'observatory', 'watch', 'society', 'club', 'industries', 'holdings', 'rally',
  'telegraph', 'gazette', 'chronicle', 'insider', 'daily',
]);

/** Organization heads that also name generic things and need a capitalized word before them. */
export const WEAK_ORG_HEADS: ReadonlySet<string> = new Set(['house', 'post', 'mail', 'times', 'air', 'watch', 'front', 'group']);

/** Words that make a capitalized phrase a place ("Gulf of Oman", "Idlib province"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'strait', 'sea', 'ocean', 'bay', 'island', 'islands', 'peninsula', 'river', 'valley',
  'province', 'region', 'governorate', 'county', 'district', 'state', 'city', 'mountains', 'desert',
  'canal', 'coast', 'basin', 'lake', 'port',
]);

/** Heads that form a name with a state's name right after them ("Air Canada", "Radio Liberty" aside). */
export const STATE_NAMED_HEADS: ReadonlySet<string> = new Set(['air', 'radio', 'bank', 'telecom']);
