import type { CommitmentStatus, CommitmentType } from '../../model/facts.js';

/**
 * The lexicon of arrangement phrases. Each entry's id is stored as the rule of the facts it
 * produces ("commitments.trigger:<id>"), so an entry may be reworded but never renamed.
 *
 * Patterns are regular-expression sources matched case-insensitively between word boundaries;
 * they use only non-capturing groups and bounded repetition so that matching stays linear.
 */
export interface TriggerEntry {
  id: string;
  type: CommitmentType;
  pattern: string;
  /** A status the phrase itself states ("pledged to ...", "called for ..."), before context cues. */
  status?: CommitmentStatus;
  /** A generic head ("the declaration") that names a new arrangement only with explicit parties. */
  generic?: boolean;
  /** One named party is enough (a state calling for cooperation, announcing its own initiative). */
  singleParty?: boolean;
  /** The phrase starts with a verb, so the words before it are not its modifiers. */
  verbal?: boolean;
}

const W = "[\\w’'-]+";
const UP_TO_3_WORDS = `(?:${W}\\s+){0,3}?`;
const UP_TO_2_WORDS = `(?:${W}\\s+){0,2}?`;
const INTENSIFY =
  '(?:intensify|increase|strengthen|boost|expand|deepen|enhance|step\\s+up|bolster|reinforce|improve|broaden)';
const COOPERATION_OBJECT = '(?:cooperation|co-operation|efforts|ties|coordination|collaboration)';
const PROMISE_VERB = '(?:pledged?|pledging|vow(?:ed|s)?|vowing|committed|commits?|committing|promised?|promising)';

export const TRIGGERS: readonly TriggerEntry[] = [
  // AGREEMENT
  { id: 'extradition-treaty', type: 'LEGAL_COOPERATION', pattern: '(?:extradition|readmission|mutual\\s+legal\\s+assistance)\\s+(?:treat(?:y|ies)|agreements?|accords?)' },
  { id: 'agreement', type: 'AGREEMENT', pattern: 'agreements?' },
  { id: 'accord', type: 'AGREEMENT', pattern: 'accords?' },
  { id: 'pact', type: 'AGREEMENT', pattern: 'pacts?' },
  { id: 'treaty', type: 'AGREEMENT', pattern: 'treat(?:y|ies)' },
  { id: 'deal', type: 'AGREEMENT', pattern: 'deals?' },
  { id: 'convention', type: 'AGREEMENT', pattern: 'conventions?\\s+(?:on|against)' },
  // MOU
  { id: 'memorandum-of-understanding', type: 'MOU', pattern: 'memorand(?:um|a)\\s+of\\s+understanding' },
  { id: 'mou', type: 'MOU', pattern: 'MoUs?' },
  // DECLARATION
  { id: 'joint-declaration', type: 'DECLARATION', pattern: '(?:joint|common)\\s+(?:declarations?|statements?|communiqu[eé]s?)' },
  { id: 'declaration', type: 'DECLARATION', pattern: '(?:declaration|communiqu[eé])', generic: true },
  // PARTNERSHIP
  { id: 'partnership', type: 'PARTNERSHIP', pattern: '(?:strategic|strengthened|comprehensive|enhanced|security|defen[cs]e)\\s+partnerships?' },
  { id: 'partnership-generic', type: 'PARTNERSHIP', pattern: 'partnership', generic: true },
  // TASK_FORCE
  { id: 'joint-task-force', type: 'TASK_FORCE', pattern: `(?:joint|international|multinational|combined|bilateral|regional|common)\\s+${UP_TO_2_WORDS}task\\s+forces?` },
  { id: 'joint-team', type: 'TASK_FORCE', pattern: `joint\\s+${UP_TO_2_WORDS}(?:teams?|units?|brigades?)` },
  { id: 'task-force', type: 'TASK_FORCE', pattern: 'task\\s+force', generic: true },
  // WORKING_GROUP
  { id: 'joint-committee', type: 'WORKING_GROUP', pattern: '(?:joint|bilateral|intergovernmental|mixed)\\s+(?:committee|commission|council)s?' },
  { id: 'mixed-group', type: 'WORKING_GROUP', pattern: `(?:mixed|joint)\\s+${UP_TO_2_WORDS}(?:working\\s+)?groups?` },
  { id: 'working-group', type: 'WORKING_GROUP', pattern: 'working\\s+groups?' },
  { id: 'dialogue', type: 'WORKING_GROUP', pattern: '(?:strategic|security|bilateral|high-level)\\s+dialogues?' },
  { id: 'mechanism', type: 'WORKING_GROUP', pattern: '(?:coordination|cooperation|consultation|joint)\\s+mechanisms?' },
  { id: 'mechanism-generic', type: 'WORKING_GROUP', pattern: 'mechanism', generic: true },
  // ACTION_PLAN
  { id: 'action-plan', type: 'ACTION_PLAN', pattern: '(?:joint\\s+)?action\\s+plans?' },
  { id: 'roadmap', type: 'ACTION_PLAN', pattern: 'road\\s?maps?' },
  { id: 'framework', type: 'ACTION_PLAN', pattern: '(?:cooperation|strategic|security)\\s+frameworks?' },
  { id: 'programme', type: 'ACTION_PLAN', pattern: '(?:joint|cooperation|bilateral)\\s+program(?:me)?s?' },
  { id: 'initiative', type: 'ACTION_PLAN', pattern: '(?:security|peace|regional)\\s+initiatives?', singleParty: true },
  { id: 'project-between', type: 'ACTION_PLAN', pattern: `(?:joint\\s+project|project\\s+between)` },
  // JOINT_ACTIVITY
  { id: 'joint-exercise', type: 'JOINT_ACTIVITY', pattern: `(?:joint|combined|bilateral|trilateral|multinational)\\s+${UP_TO_2_WORDS}(?:exercises?|drills?|manoeuvres|maneuvers|war\\s+games)` },
  { id: 'joint-patrol', type: 'JOINT_ACTIVITY', pattern: `(?:joint|combined|bilateral|trilateral|multinational)\\s+${UP_TO_2_WORDS}patrols?` },
  { id: 'joint-operation', type: 'JOINT_ACTIVITY', pattern: `(?:joint|combined|bilateral|trilateral|multinational)\\s+${UP_TO_2_WORDS}(?:operations?|investigations?|raids?)` },
  { id: 'coalition', type: 'JOINT_ACTIVITY', pattern: '(?:naval|military|maritime)\\s+coalition|coalition\\s+to\\s+(?:patrol|protect|escort|secure)' },
  // INFORMATION_SHARING
  { id: 'intelligence-sharing', type: 'INFORMATION_SHARING', pattern: '(?:intelligence|information|data)[\\s-]+(?:sharing|exchanges?)' },
  { id: 'share-intelligence', verbal: true, type: 'INFORMATION_SHARING', pattern: '(?:share|shares|shared|sharing|exchange|exchanged|exchanging)\\s+(?:of\\s+)?(?:intelligence|information)' },
  // LEGAL_COOPERATION
  { id: 'extradition', type: 'LEGAL_COOPERATION', pattern: 'extraditions?' },
  { id: 'readmission', type: 'LEGAL_COOPERATION', pattern: 'readmissions?' },
  { id: 'mutual-legal-assistance', type: 'LEGAL_COOPERATION', pattern: 'mutual\\s+legal\\s+assistance' },
  { id: 'consular-permits', type: 'LEGAL_COOPERATION', pattern: 'consular\\s+(?:permits?|passes|laissez-passers?)' },
  { id: 'red-notice', type: 'LEGAL_COOPERATION', pattern: 'red\\s+notices?' },
  { id: 'waive-immunity', verbal: true, type: 'LEGAL_COOPERATION', pattern: `waive\\s+${UP_TO_2_WORDS}immunity` },
  // ASSISTANCE
  { id: 'aid', type: 'ASSISTANCE', pattern: '(?:military|economic|financial|humanitarian|security|development)\\s+(?:aid|assistance)' },
  {
    id: 'provide-aid', verbal: true,
    type: 'ASSISTANCE',
    pattern: `(?:provide[sd]?|providing|send|sends|sent|sending|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?)\\s+${UP_TO_3_WORDS}(?:aid|assistance|help|training|equipment|weapons|arms|troops|funding|loans?)`,
  },
  { id: 'loan', type: 'ASSISTANCE', pattern: '(?:loans?|grants?)\\s+(?:to|for)' },
  { id: 'funded', verbal: true, type: 'ASSISTANCE', pattern: `(?:partially\\s+|partly\\s+|jointly\\s+)?(?:funded|financed)\\s+the` },
  // MEMBERSHIP
  { id: 'called-to-join', verbal: true, type: 'MEMBERSHIP', pattern: `(?:called|calls|calling|invited|invites|inviting|urged|urges)\\s+(?:on\\s+|upon\\s+)?(?:[\\w’'-]+\\s+){0,4}?to\\s+join`, status: 'PROPOSED' },
  { id: 'open-to-join', verbal: true, type: 'MEMBERSHIP', pattern: 'open\\s+(?:for|to)\\s+(?:other\\s+countries|others|new\\s+members|other\\s+states|other\\s+nations)(?:\\s+to\\s+join)?', status: 'PROPOSED' },
  { id: 'accession', type: 'MEMBERSHIP', pattern: 'accession\\s+(?:to|of)' },
  { id: 'join-alliance', verbal: true, type: 'MEMBERSHIP', pattern: 'join(?:ed|s|ing)?\\s+(?:the\\s+)?(?:alliance|bloc|organi[sz]ation|military\\s+alliance|NATO|European\\s+Union|coalition)' },
  // PLEDGE
  { id: 'pledged-to-intensify', verbal: true, type: 'PLEDGE', pattern: `${PROMISE_VERB}\\s+to\\s+${UP_TO_2_WORDS}${INTENSIFY}\\s+${UP_TO_3_WORDS}${COOPERATION_OBJECT}`, status: 'PLEDGED' },
  { id: 'agreed-to-intensify', verbal: true, type: 'PLEDGE', pattern: `agreed\\s+to\\s+${UP_TO_2_WORDS}${INTENSIFY}\\s+${UP_TO_3_WORDS}${COOPERATION_OBJECT}`, status: 'AGREED' },
  { id: 'pledged-to-cooperate', verbal: true, type: 'PLEDGE', pattern: `${PROMISE_VERB}\\s+to\\s+(?:cooperate|co-operate|work\\s+together|work\\s+closely|collaborate|coordinate)`, status: 'PLEDGED' },
  { id: 'agreed-to-cooperate', verbal: true, type: 'PLEDGE', pattern: 'agreed\\s+to\\s+(?:cooperate|co-operate|work\\s+together|work\\s+closely|collaborate|coordinate)', status: 'AGREED' },
  { id: 'full-commitment', type: 'PLEDGE', pattern: '(?:full|firm|strong|unwavering|total)\\s+commitment', status: 'PLEDGED' },
  { id: 'letter-of-support', type: 'PLEDGE', pattern: 'letters?\\s+of\\s+support', status: 'PLEDGED' },
  { id: 'called-for-cooperation', verbal: true, type: 'PLEDGE', pattern: `(?:called|calls|calling)\\s+for\\s+(?:a\\s+|an\\s+|the\\s+)?${UP_TO_2_WORDS}(?:cooperation|co-operation)`, status: 'PROPOSED', singleParty: true },
  { id: 'increased-cooperation', verbal: true, type: 'PLEDGE', pattern: `(?:increased|intensified|stepped\\s+up|expanded|deepened|boosted|enhanced|strengthened)\\s+(?:their\\s+|its\\s+)?${UP_TO_3_WORDS}(?:cooperation|co-operation)`, status: 'ONGOING' },
];

/** Arrangement types that name a concrete instrument; a vaguer PLEDGE in the same sentence is left out. */
export const INSTRUMENT_TYPES: ReadonlySet<CommitmentType> = new Set<CommitmentType>([
  'AGREEMENT', 'MOU', 'DECLARATION', 'PARTNERSHIP', 'TASK_FORCE', 'WORKING_GROUP', 'ACTION_PLAN',
]);

/** Words that end the modifiers of an arrangement phrase when reading leftwards from its head. */
export const MODIFIER_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'no', 'such',
  'of', 'in', 'on', 'with', 'to', 'for', 'and', 'or', 'by', 'from', 'at', 'as', 'into', 'under', 'about', 'between', 'among',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might',
  'sign', 'signed', 'signing', 'signs', 'announced', 'agreed', 'reached', 'concluded', 'adopted', 'joined', 'part', 'new',
  'it', 'they', 'we', 'he', 'she', 'which', 'who', 'what', 'also', 'not', 'only', 'all', 'both', 'other', 'another', 'more',
  'said', 'says', 'called', 'calling', 'denounced', 'withdrew', 'formation', 'follows', 'after', 'before', 'during',
  'over', 'against', 'through', 'via', 'than', 'since', 'until', 'across', 'within', 'without', 'upon', 'onto', 'toward', 'towards',
]);

/** Modifiers that say nothing about which arrangement is meant, so they never tell two apart. */
export const NEUTRAL_MODIFIERS: ReadonlySet<string> = new Set([
  'joint', 'common', 'international', 'combined', 'bilateral', 'trilateral', 'multilateral', 'regional', 'current',
  'strategic', 'strengthened', 'enhanced', 'comprehensive', 'formal', 'historic', 'landmark', 'so-called', 'previous', 'earlier',
  'latest', 'first', 'second', 'recent', 'proposed', 'planned', 'permanent', 'alleged', 'controversial', 'same', 'full',
]);

/** Determiners that make a phrase refer back to an arrangement already named. */
export const DEFINITE_DETERMINERS = /(?:^|[^\w-])(?:the|this|that|these|those|such|said)\s+$/i;

/** Words after a head that introduce what the arrangement is about ("agreement on sending troops"). */
export const COMPLEMENT_LEAD = /^\s+(?:on|to|about|against)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)/i;
