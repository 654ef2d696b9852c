import { COUNTRIES as countries } from './lexicon/world-countries.js';
import type { EntityType } from '../../model/facts.js';
import { compromiseWords } from './lexicon/compromise-words.js';
import {
  ALPHA3_OVERRIDES,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  EXTRA_SEATS_OF_GOVERNMENT,
  PREFERRED_COUNTRY_NAMES,
  TERRITORIES_AS_COUNTRIES,
} from './lexicon/country-extras.js';
import {
  ARMED_AND_POLITICAL_GROUPS,
  INTERGOVERNMENTAL_BODIES,
  MEDIA_AND_COMPANIES,
  NATIONAL_BODIES,
  type OrgEntry,
} from './lexicon/organizations.js';
import { CITIES, GEOGRAPHIC_REGIONS, US_STATES } from './lexicon/places.js';
import { phraseKey, tokenKey } from './phrase-key.js';
import { tokenize, type Token } from './tokens.js';

/** What a gazetteer phrase names. Entries with the same `id` are one real-world entity. */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /** Canonical name: common English short name for a state, full name otherwise. */
  name: string;
  country: string | null;
  party: string | null;
  rule: string;
  /** The phrase is an adjective or demonym ("French", "Moroccans"), not the name itself. */
  adjective: boolean;
}

interface Surface {
  entry: GazetteerEntry;
  /** Per token of the phrase: 0 any case, 1 capitalized, 2 all capitals. */
  casing: number[];
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Token indexes [first, last). */
  from: number;
  to: number;
}

const MAX_TOKENS = 10;

/** What the gazetteer knows of one key: a phrase spelled so, and whether longer phrases start so. */
interface KeyInfo {
  surface: Surface | null;
  isPrefix: boolean;
}

/** Shapes a word can have; words that differ may share one, which costs only a needless lookup. */
const SHAPES = 64 * 256;

export class Gazetteer {
  // One map for both questions, so that the usual token, which starts no phrase, costs one lookup.
  private readonly keys = new Map<string, KeyInfo>();
  /**
   * First letter and length of each first word that a phrase lets start in lower case ("al-Qaeda",
   * "the Hague"), as marks in a table of shapes (see shapeOf). Most tokens of a text are lower-case
   * words that start no phrase: the table turns them away without hashing their text.
   */
  private readonly lowerStarts = new Uint8Array(SHAPES);
  /**
   * Length, first and last letter of every phrase's first word, whatever its casing: most
   * capitalized words of a text start no phrase either, and this turns away most of them
   * before their text is hashed for the map.
   */
  private readonly anyStarts = new Set<number>();
  private surfaceCount = 0;

  add(phrase: string, entry: GazetteerEntry): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return;
    const key = phraseKey(tokens, 0, tokens.length);
    const casing = tokens.map((t) => (t.allCaps ? 2 : t.cap ? 1 : 0));
    const info = this.info(key);
    const previous = info.surface;
    if (casing[0] === 0) this.lowerStarts[shapeOf(tokenKey(tokens[0]!))] = 1;
    this.anyStarts.add(outlineOf(tokenKey(tokens[0]!)));
    // Two spellings of one entity differing only in case ("Al-Qaeda", "al-Qaeda") relax each other.
    if (previous && previous.entry.id === entry.id) {
      previous.casing = previous.casing.map((c, i) => Math.min(c, casing[i] ?? 0));
      previous.entry = entry;
      return;
    }
    if (!previous) this.surfaceCount++;
    info.surface = { entry, casing };
    for (let n = 1; n < tokens.length; n++) this.info(phraseKey(tokens, 0, n)).isPrefix = true;
  }

  private info(key: string): KeyInfo {
    let info = this.keys.get(key);
    if (!info) {
      info = { surface: null, isPrefix: false };
      this.keys.set(key, info);
    }
    return info;
  }

  /** Longest phrase starting at token `from` whose casing fits the text, or null. */
  matchAt(tokens: readonly Token[], from: number, limit = tokens.length): GazetteerMatch | null {
    const first = tokens[from]!;
    // A phrase's first word fits the text only in its own casing (see fitsCasing).
    if (!first.cap && !first.allCaps && this.lowerStarts[shapeOf(tokenKey(first))] === 0) return null;
    if (!this.anyStarts.has(outlineOf(tokenKey(first)))) return null;
    let best: GazetteerMatch | null = null;
    let key = '';
    const last = Math.min(limit, from + MAX_TOKENS);
    for (let to = from + 1; to <= last; to++) {
      const t = tokens[to - 1]!;
      if (to > from + 1 && t.spaceBefore) key += ' ';
      key += tokenKey(t);
      const info = this.keys.get(key);
      if (!info) break;
      if (info.surface && fitsCasing(tokens, from, info.surface.casing)) best = { entry: info.surface.entry, from, to };
      if (!info.isPrefix) break;
    }
    return best;
  }

  get size(): number {
    return this.surfaceCount;
  }
}

/** A word's length (up to 63) and first character (its low byte) as one number below SHAPES. */
function shapeOf(key: string): number {
  return (Math.min(key.length, 63) << 8) | (key.charCodeAt(0) & 0xff);
}

/** A word's length, first and last character folded into one small integer; words that differ may share one. */
function outlineOf(key: string): number {
  return ((key.length & 0x3f) << 24) | ((key.charCodeAt(0) & 0xfff) << 12) | (key.charCodeAt(key.length - 1) & 0xfff);
}

function fitsCasing(tokens: readonly Token[], from: number, casing: readonly number[]): boolean {
  for (let i = 0; i < casing.length; i++) {
    const t = tokens[from + i]!;
    if (casing[i] === 2 && !t.allCaps) return false;
    if (casing[i] === 1 && !t.cap) return false;
  }
  return true;
}

function pluralDemonyms(demonym: string): string[] {
  // "Moroccan" -> "Moroccans", "Pakistani" -> "Pakistanis"; "Chinese", "French" have no -s plural.
  return /(?:an|i)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

function alpha3(worldCountriesCode: string): string {
  return ALPHA3_OVERRIDES[worldCountriesCode] ?? worldCountriesCode;
}

function addCountries(gazetteer: Gazetteer): void {
  for (const country of countries) {
    const code = alpha3(country.cca3);
    const isState = country.independent === true || TERRITORIES_AS_COUNTRIES.has(code);
    const name = PREFERRED_COUNTRY_NAMES[code] ?? country.name.common;
    const entry: GazetteerEntry = {
      id: `${isState ? 'COUNTRY' : 'PLACE'}:${code}`,
      type: isState ? 'COUNTRY' : 'PLACE',
      name,
      country: code,
      party: isState ? code : null,
      rule: isState ? 'entities.gazetteer:country' : 'entities.gazetteer:territory',
      adjective: false,
    };
    const names = [country.name.common, country.name.official, ...(EXTRA_COUNTRY_NAMES[code] ?? [])];
    // Two-letter codes in altSpellings ("MA", "IN") are ordinary words in upper-case text.
    for (const alt of country.altSpellings) if (alt.length > 3 && /^[\p{Script=Latin}\s'’.,-]+$/u.test(alt)) names.push(alt);
    for (const n of names) if (!n.includes(',')) gazetteer.add(n, entry);
    const demonyms = new Set<string>();
    const eng = country.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) for (const form of pluralDemonyms(d)) demonyms.add(form);
    for (const d of EXTRA_DEMONYMS[code] ?? []) demonyms.add(d);
    const adjectiveEntry = { ...entry, adjective: true, rule: isState ? 'entities.gazetteer:demonym' : entry.rule };
    for (const d of demonyms) gazetteer.add(d, adjectiveEntry);
  }
}

function addCapitals(gazetteer: Gazetteer): void {
  for (const country of countries) {
    const code = alpha3(country.cca3);
    const seats = [...(country.capital ?? []), ...(EXTRA_SEATS_OF_GOVERNMENT[code] ?? [])];
    for (const capital of seats) {
      if (!capital) continue;
      const entry: GazetteerEntry = {
        id: `PLACE:${capital.toLowerCase()}`,
        type: 'PLACE',
        name: capital,
        country: code,
        party: country.independent || TERRITORIES_AS_COUNTRIES.has(code) ? code : null,
        rule: 'entities.gazetteer:capital',
        adjective: false,
      };
      gazetteer.add(capital, entry);
    }
  }
}

function addPlaces(gazetteer: Gazetteer): void {
  for (const place of compromiseWords().places) {
    gazetteer.add(titleCase(place), {
      id: `PLACE:${place}`,
      type: 'PLACE',
      name: titleCase(place),
      country: null,
      party: null,
      rule: 'entities.gazetteer:place',
      adjective: false,
    });
  }
  for (const state of US_STATES) {
    gazetteer.add(state, {
      id: `PLACE:${state.toLowerCase()}`,
      type: 'PLACE',
      name: state,
      country: 'USA',
      party: null,
      rule: 'entities.gazetteer:us-state',
      adjective: false,
    });
  }
  for (const [rule, list] of [['region', GEOGRAPHIC_REGIONS], ['city', CITIES]] as const) {
    for (const place of list) {
      const entry: GazetteerEntry = {
        id: `PLACE:${place.name.toLowerCase()}`,
        type: 'PLACE',
        name: place.name,
        country: place.country,
        party: null,
        rule: `entities.gazetteer:${rule}`,
        adjective: false,
      };
      for (const n of [place.name, ...(place.aliases ?? [])]) gazetteer.add(n, entry);
    }
  }
}

function addCompromiseOrganizations(gazetteer: Gazetteer): void {
  for (const org of compromiseWords().organizations) {
    // Compromise's list is lower case; short entries would be guesses at acronyms' casing.
    if (org.length < 4 || !/^[a-z][a-z .&'-]+$/.test(org)) continue;
    gazetteer.add(titleCase(org), {
      id: `ORG:${org}`,
      type: 'ORG',
      name: titleCase(org),
      country: null,
      party: null,
      rule: 'entities.gazetteer:organization',
      adjective: false,
    });
  }
}

function addCuratedOrganizations(gazetteer: Gazetteer): void {
  const groups: [string, readonly OrgEntry[]][] = [
    ['media', MEDIA_AND_COMPANIES],
    ['armed-group', ARMED_AND_POLITICAL_GROUPS],
    ['national-body', NATIONAL_BODIES],
    ['intergovernmental', INTERGOVERNMENTAL_BODIES],
  ];
  for (const [rule, list] of groups) {
    for (const org of list) {
      const entry: GazetteerEntry = {
        id: `ORG:${org.name.toLowerCase()}`,
        type: 'ORG',
        name: org.name,
        country: org.country ?? null,
        party: org.intergovernmental ? (org.acronym ?? org.name).toUpperCase() : (org.country ?? null),
        rule: `entities.gazetteer:${rule}`,
        adjective: false,
      };
      for (const n of [org.name, ...(org.acronym ? [org.acronym] : []), ...(org.aliases ?? [])]) gazetteer.add(n, entry);
    }
  }
}

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

let shared: Gazetteer | null = null;

/** The gazetteer of states, places and organizations; later sources override earlier ones. */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  const g = new Gazetteer();
  addCompromiseOrganizations(g);
  addPlaces(g);
  addCapitals(g);
  addCountries(g);
  // Curated organizations come last so that "EU", "UN" and "Interpol" keep their own entries.
  addCuratedOrganizations(g);
  shared = g;
  return g;
}
