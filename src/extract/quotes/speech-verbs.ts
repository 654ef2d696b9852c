/**
 * Vocabulary of attribution. Regular-expression sources matched between word boundaries. Verbs
 * are matched case-sensitively: a capitalized "States" or "Read" is a name, not a verb of saying.
 */

/** Verbs that introduce or close a quotation ("X said", "said X", "he added"). */
export const SPEECH_VERBS =
  'said|says|say|saying|added|adds|adding|told|tells|telling|stated|states|stating|wrote|writes|tweeted|tweets|posted|declared|declares|' +
  'noted|notes|noting|explained|explains|argued|argues|insisted|insists|warned|warns|stressed|stresses|emphasi[sz]ed|underlined|underscored|' +
  'continued|continues|remarked|replied|responded|answered|asked|announced|claimed|claims|alleged|alleges|cited|cites|described|describing|' +
  'informed|calling|called|recalled|acknowledged|admitted|concluded|read|reads|commented|urged|affirmed|reaffirmed|observed|quoted|according\\s+to';

/** Pronouns that stand for the last person named (matched case-sensitively, so both cases are listed). */
export const PERSON_PRONOUNS = '[Hh]e|[Ss]he';

/** Words for a written statement whose author is named elsewhere ("read the statement"). */
export const STATEMENT_NOUNS = 'statement|communiqu[eé]|press\\s+release|letter|tweet';

/** Verbs that make an organization or person the author of a statement ("X released a statement"). */
export const ISSUE_VERBS = 'released|issued|published|put\\s+out|sent|posted';
