import type { CommitmentStatus, Topic } from '../../model/facts.js';

/**
 * Cue words read around an arrangement phrase. Each list is a regular-expression source
 * matched case-insensitively between word boundaries.
 */

/** Words that state the step an arrangement has reached, most decisive first within a clause. */
export const STATUS_CUES: readonly { status: CommitmentStatus; pattern: string }[] = [
  { status: 'FAILED', pattern: 'withdr[ae]w[ns]?|withdrawing|pulled\\s+out|rejected|rejects|refused|denied|failed|collapsed|scrapped|abandoned|cancel+ed|terminated|torn\\s+up|did\\s+not\\s+ratify|would\\s+not\\s+consider' },
  { status: 'SUSPENDED', pattern: 'withh[oe]ld(?:ing|s)?|suspend(?:ed|s)?|froze|frozen|halted|put\\s+on\\s+hold' },
  { status: 'SIGNED', pattern: 'sign(?:ed|s|ing)?|concluded|adopted|inked|ratified|finali[sz]ed' },
  { status: 'AGREED', pattern: 'agreed|agree|reached|struck|approved' },
  { status: 'PLEDGED', pattern: 'pledged?|pledging|vow(?:ed|s)?|committed|committing|commitment|promised?|offered|offers|offering' },
  {
    status: 'PROPOSED',
    pattern:
      'proposed|proposes?|proposal|called\\s+for|calls\\s+for|calling\\s+for|urged|asking|asked|requests?|requested|demanded|negotiat(?:ing|ed|ions?)|under\\s+negotiation|considering|considered|planning\\s+stage|envisaged|mooted|suggested|with\\s+a\\s+view\\s+to',
  },
  { status: 'ANNOUNCED', pattern: 'announc(?:ed|es|e|ing)|formation|to\\s+be\\s+(?:formed|set\\s+up|created|established|launched)|will|launch(?:ed|es)?|unveil(?:ed|s)?|set\\s+up|establish(?:ed|es)?|creat(?:ed|es|ion)|formed' },
  { status: 'ONGOING', pattern: '(?:is|are|was|were)\\s+part\\s+of|began|begun|started|existing|already|in\\s+force|ongoing|continu(?:es|e|ing)|currently|permanent|being\\s+implemented|involves|(?:has|have)\\s+(?:increased|intensified|expanded)' },
];

/** Modal or future words right before a signing or agreeing verb: the step is announced, not done. */
export const FUTURE_BEFORE_STEP = '(?:will|shall|plans?\\s+to|planned\\s+to|planning\\s+to|expected\\s+to|set\\s+to|due\\s+to|intends?\\s+to|aims?\\s+to|(?:is|are)\\s+to|hopes?\\s+to|ready\\s+to)';
export const POSSIBLE_BEFORE_STEP = '(?:would|could|might|may|should)';

/** Negation right before a step verb or the phrase ("did not sign", "no agreement"): the step failed. */
export const NEGATION = "(?:not|n't|never|no|without)";

/** A clause with one of these before the phrase reports a hypothesis, not an arrangement. */
export const HYPOTHETICAL = '(?:if|unless|whether|in\\s+case|suppose|supposing|hypothetical(?:ly)?)';

/** Words that tie a date to the start of an arrangement still under way ("began in May 2024"). */
export const START_CUES = '(?:began|begun|started|since|launched|established|created|formed|set\\s+up|signed|adopted)';

/** Phrases that refer to the two sides of a bilateral story without naming them. */
export const PAIR_PHRASES = '(?:(?:between|among)\\s+the\\s+two\\s+(?:countries|nations|states|sides|governments|capitals)|both\\s+(?:countries|nations|states|sides|governments|capitals)|the\\s+two\\s+(?:countries|nations|states|sides|governments|capitals)|bilateral(?:ly)?)';

/** Words that make later mentions of an arrangement contribute their named states as parties. */
export const PARTICIPATION_CUES = '(?:signator(?:y|ies)|parties\\s+to|party\\s+to)';

/** Business and sport words: an arrangement among companies or clubs is not a state commitment. */
export const COMMERCIAL_CONTEXT =
  '(?:compan(?:y|ies)|firms?|corporations?|airlines?|carriers?|retailers?|brands?|sponsorship|sponsors?|clubs?|football|soccer|league|tournament|franchise|shareholders?|acquisition|merger|start-?ups?|investors?|producers?|suppliers?|manufacturers?|business(?:es)?|enterprises?|production\\s+(?:sites?|plants?|lines?)|factor(?:y|ies)|market\\s+(?:sales|share))';

/** A country adjective followed within a few words by one of these names a company, club or people group. */
export const COMMERCIAL_HEADS = COMMERCIAL_CONTEXT;

/** Prepositions that make a place or country a location of the event rather than a side of it. */
export const LOCATIVE_BEFORE = '(?:in|at|near|inside|outside|across|throughout|around|within|over)';
/** For cities only: a visit or trip to a capital does not make it a party. */
export const PLACE_LOCATIVE_BEFORE = '(?:in|at|near|inside|outside|across|throughout|around|within|over|to|from|visit\\s+to|trip\\s+to)';

/** Targets of judicial steps ("a red notice for X") are not parties. */
export const TARGET_AFTER_LEGAL = '(?:for|against|of)';

/** Cue words per topic. */
export const TOPIC_CUES: readonly { topic: Topic; pattern: string }[] = [
  { topic: 'terrorism', pattern: 'terror\\w*|counter-?terror\\w*|jihad\\w*|extremis\\w*|ISIS|ISIL|Islamic\\s+State|al-Qa\\S*da|radicali[sz]\\w*' },
  { topic: 'organized_crime', pattern: 'organi[sz]ed\\s+crime|cross-border\\s+crime|criminal\\s+(?:networks?|groups?|organi[sz]ations?)|mafia|money\\s+laundering|cartels?|smuggling|gangs?|dark\\s*web|darknet' },
  { topic: 'drugs', pattern: 'drugs?|narcotics?|cocaine|heroin|cannabis|fentanyl|methamphetamine' },
  { topic: 'human_trafficking', pattern: 'human\\s+trafficking|trafficking\\s+in\\s+(?:persons|human\\s+beings)|people\\s+smuggling|forced\\s+labou?r|sex\\s+trafficking' },
  { topic: 'migration', pattern: 'migra\\w*|immigra\\w*|deport\\w*|asylum|readmission|repatriat\\w*|refugees?|residence\\s+permits?|visas?|irregular\\s+situation' },
  { topic: 'border', pattern: 'borders?|frontiers?|demarcation|boundary|boundaries' },
  { topic: 'military', pattern: 'military|militar\\w*|troops|soldiers|armed\\s+forces|army|armies|navy|navies|naval|defen[cs]e|weapons|arms|air\\s+force|warships?|fighter\\s+jets?' },
  { topic: 'intelligence', pattern: 'intelligence|espionage|information\\s+sharing' },
  { topic: 'justice', pattern: 'judicial|justice|legal|extradit\\w*|mutual\\s+legal|prosecut\\w*|courts?|red\\s+notices?|warrants?|immunity' },
  { topic: 'cyber', pattern: 'cyber\\w*|dark\\s*web|darknet|hack\\w*|ransomware|online\\s+crime' },
  { topic: 'nuclear', pattern: 'nuclear|uranium|non-?proliferation|enrichment' },
  { topic: 'maritime', pattern: 'maritime|naval|navies|navy|seas?|waters|shipping|waterways?|coast\\s+guard|straits?|gulf|Mediterranean|offshore|EEZ|economic\\s+zones?' },
  { topic: 'economic', pattern: 'trade|econom\\w*|tariffs?|gas|pipelines?|energy|investments?|commerce|commercial|business' },
];

/** For organizations: a body met at ("at the United Nations General Assembly") is a venue. */
export const ORG_LOCATIVE_BEFORE = '(?:at|in|before)';

/** Words right after a state's name that make it no side ("Turkish-claimed waters"). */
export const NOT_A_SIDE_AFTER = '-(?:claimed|occupied|controlled|held|made|born|based)';

/** Lower-case words that may stand between the names of a "between A and B" list. */
export const LIST_GLUE_WORDS =
  'and|or|the|his|her|their|its|of|counterparts?|group|bloc|nations|government|governments|president|prime|ministers?|foreign|officials|authorities|leaders?|respective';

/** Words before a named instrument that cite it as history ("relations improved since the Elysee Treaty"). */
export const HISTORY_BEFORE_NAME = '(?:since|after|before|under|following|like|than|of)(?:\\s+the)?';

/** Words right before a phrase that name no particular instrument ("denied making any deal"). */
export const NONSPECIFIC_BEFORE = '(?:any|any\\s+such|any\\s+specific|any\\s+formal|any\\s+secret)';

/** Words right before a phrase that introduce a further arrangement, never one already told ("additional deals"). */
export const FRESH_BEFORE = '(?:additional|another|other|further|separate|new|second|third)';

/** A third side that arranged a deal between others ("brokered a deal ... between A and B") is no party to it. */
export const BROKER_CUES = '(?:brokered|brokering|broker|mediated|mediating|facilitated)';

/** Present-news reporting of a statement: the step is dated by the article when it has no date of its own. */
export const REPORTED_NOW_CUES = '(?:according\\s+to\\s+a\\s+statement|said\\s+in\\s+a\\s+statement|(?:is|are)\\s+quoted|emphasi[sz]es|underscores|(?:says|said|told)\\s+(?:on\\s+)?(?:today|this\\s+week))';

/** Capitalized heads that, in a name without any state in it, name a domestic programme ("the Green New Deal"). */
export const PROGRAMME_HEADS = '(?:Deal|Plan)';
