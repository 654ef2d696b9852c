/**
 * Common nouns that introduce an organization's name right after them ("Greek daily
 * Kathimerini", "news agency Fars", "gas producer Energean", "German firms including Siemens").
 * Lower case; multi-word entries single-spaced. Plurals introduce lists ("firms including ...").
 */
export const ORG_DESCRIPTORS: readonly string[] = [
  'airline', 'airlines', 'carrier', 'carriers', 'company', 'companies', 'firm', 'firms', 'group',
  'groups', 'news agency', 'news agencies', 'newspaper', 'newspapers', 'daily', 'weekly', 'tabloid',
  'broadcaster', 'broadcasters', 'channel', 'outlet', 'outlets', 'news outlet', 'news site',
  'website', 'producer', 'producers', 'supplier', 'suppliers', 'bank',
  'banks', 'lender', 'lenders', 'maker', 'makers', 'manufacturer', 'manufacturers', 'giant',
  'giants', 'conglomerate', 'contractor', 'contractors', 'insurer', 'retailer', 'think tank',
  'think-tank', 'ngo', 'charity', 'organisation', 'organization', 'organizations', 'organisations',
  'militia', 'shipping line', 'utility', 'startup', 'automaker', 'carmaker',
];

/** Words after a plural descriptor that open a list of names ("firms including", "airlines such as"). */
export const LIST_OPENERS: readonly string[] = ['including', 'such as', 'like', 'namely'];

/** How many lower-case words may stand between a state adjective and the descriptor ("Greek gas producer"). */
export const MAX_DESCRIPTOR_MODIFIERS = 3;
