/**
 * The facts secfacts extracts. Every fact carries its evidence: the sentence index and the
 * character span [start, end) in the cleaned article text, and the id of the rule or lexicon
 * entry that produced it.
 */

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  /** Rule or lexicon entry id, e.g. "entities.gazetteer:country" or "commitments.trigger:task-force". */
  rule: string;
}

export const ENTITY_TYPES = ['PERSON', 'COUNTRY', 'PLACE', 'ORG'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One canonical entity of an article; its mentions point at it by index in `Doc.entities`. */
export interface Entity {
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 of the state the entity is, belongs to or lies in. */
  country: string | null;
  /** PERSON only: the office stated in the article, lower case, without the country adjective. */
  role: string | null;
  /** Other full names the article uses for it ("ASEAN", "Britain"). */
  aliases: string[];
  /**
   * How the entity is named when it is a party to a commitment: the alpha-3 code of its state
   * for a country, a capital used for its government, a national organ or official; the usual
   * acronym for an intergovernmental body (NATO, EU, UN, INTERPOL); null otherwise.
   */
  party: string | null;
}

export interface Mention extends Evidence {
  /** Index into `Doc.entities`. */
  entity: number;
  /** The words as written. */
  text: string;
  /** The role stated at this mention, if any. */
  role: string | null;
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

export interface Timex extends Evidence {
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2025-04-14", "2025-03", "2024-SU", "P1Y", "PAST_REF", "XXXX-XX-XX"... */
  value: string;
  /** TIMEX3 mod: EARLY, MID, LATE, APPROX, START, END, BEFORE, AFTER... */
  mod: string | null;
  /** First and last calendar day the value covers (YYYY-MM-DD), for period filters; null when unresolved. */
  firstDay: string | null;
  lastDay: string | null;
}

export const COMMITMENT_TYPES = [
  'AGREEMENT',
  'MOU',
  'DECLARATION',
  'PARTNERSHIP',
  'TASK_FORCE',
  'WORKING_GROUP',
  'ACTION_PLAN',
  'JOINT_ACTIVITY',
  'INFORMATION_SHARING',
  'LEGAL_COOPERATION',
  'ASSISTANCE',
  'MEMBERSHIP',
  'PLEDGE',
] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

export const COMMITMENT_STATUSES = [
  'PROPOSED',
  'ANNOUNCED',
  'AGREED',
  'SIGNED',
  'ONGOING',
  'PLEDGED',
  'SUSPENDED',
  'FAILED',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const TOPICS = [
  'terrorism',
  'organized_crime',
  'drugs',
  'human_trafficking',
  'migration',
  'border',
  'military',
  'intelligence',
  'justice',
  'cyber',
  'nuclear',
  'maritime',
  'economic',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface Commitment extends Evidence {
  type: CommitmentType;
  status: CommitmentStatus;
  /** TIMEX3 value of the reported step, or null. */
  date: string | null;
  /** Alpha-3 codes for states, acronyms for intergovernmental bodies, names otherwise. */
  parties: string[];
  topics: Topic[];
  /** The phrase that names the arrangement, as written. */
  trigger: string;
  /** CAMEO event code and PLOVER event type that this commitment corresponds to. */
  cameo: string | null;
  plover: string | null;
  /** Later mentions of the same arrangement ("the declaration"), beyond the first in start/end. */
  evidence: Evidence[];
}

export interface Quote extends Evidence {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Fullest name of the speaker, or an organization, or null when unattributed. */
  speaker: string | null;
  /** Index into `Doc.entities` when the speaker is a known entity. */
  speakerEntity: number | null;
}
