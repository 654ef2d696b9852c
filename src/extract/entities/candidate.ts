import type { EntityType } from '../../model/facts.js';
import type { GazetteerEntry } from './gazetteer.js';

/** One span the scanner found in a sentence, before article-level resolution. */
export interface Candidate {
  /** Token indexes [from, to) of the name itself. */
  from: number;
  to: number;
  sentence: number;
  /** null: a lone capitalized word that only coreference can type (a surname, an acronym). */
  type: EntityType | null;
  rule: string;
  /** Set for phrases found in the gazetteer. */
  entry: GazetteerEntry | null;
  /** State stated around the name ("French Interior Minister X", "Pakistan's Interior Ministry"). */
  country: string | null;
  /**
   * Another candidate whose entity's state this person shares: the owner in "Merkel's
   * spokesperson, X" or "Mahan's director, X", the body in "FBI agent X". Resolved per article,
   * because the owner's state may only be known from its other mentions.
   */
  countryFrom: Candidate | null;
  /** Office stated at this mention. */
  role: string | null;
  /** "his Moroccan counterpart X": the role is the other official's, resolved later. */
  counterpart: boolean;
  /** Name as it should read when it differs from the covered text ("French Ministry of the Interior"). */
  name: string | null;
  /**
   * A building or an event, not an entity: dropped, and so are the weakly typed mentions of the
   * same name elsewhere in the article ("Hagia Sophia, formerly a church" ... "Hagia Sophia said").
   */
  notEntity?: boolean;
}
