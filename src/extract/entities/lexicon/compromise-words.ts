import nlp from 'compromise';

/**
 * Word lists read from compromise's built-in lexicon (no parsing, so no cost per article):
 * given names, surnames, cities, regions, organizations, and the ordinary words that tell a
 * sentence-initial capital from a name.
 */
export interface CompromiseWords {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  people: ReadonlySet<string>;
  places: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['City', 'Region,ProperNoun', 'Place,ProperNoun']);
const PROPER_TAGS = /Name|Person|City|Region|Place|Country|Organization|SportsTeam|ProperNoun|Demonym|Abbreviation|Honorific/;

let cached: CompromiseWords | null = null;

export function compromiseWords(): CompromiseWords {
  if (cached) return cached;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const people = new Set<string>();
  const places = new Set<string>();
  const organizations = new Set<string>();
  const commonWords = new Set<string>();
  for (const [word, value] of Object.entries(lexicon)) {
    const tag = String(value);
    if (NAME_TAGS.has(tag)) firstNames.add(word);
    else if (tag === 'LastName') lastNames.add(word);
    else if (tag === 'Person') people.add(word);
    // Three-letter entries are airport codes ("lax", "fra") that collide with ordinary words.
    else if (PLACE_TAGS.has(tag) && word.length > 3) places.add(word);
    else if (tag === 'Organization') organizations.add(word);
    else if (!PROPER_TAGS.test(tag)) commonWords.add(word);
  }
  cached = { firstNames, lastNames, people, places, organizations, commonWords };
  return cached;
}
