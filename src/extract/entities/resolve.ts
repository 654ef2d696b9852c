import type { Entity, EntityType, Mention } from '../../model/facts.js';
import type { Candidate } from './candidate.js';
import { compromiseWords } from './lexicon/compromise-words.js';
import { NAME_PARTICLES } from './lexicon/name-particles.js';
import { ROLE_MODIFIERS } from './lexicon/roles.js';
import { EVENT_NAMES } from './lexicon/non-names.js';
import { WEAK_PERSON_RULES } from './scan.js';
import { sameNameSpelledDifferently } from './name-variants.js';
import { fillOfficeStates, type HolderContext, type StateNaming } from './office-states.js';
import type { Token } from './tokens.js';

/** A candidate with its text, on its way to becoming a mention of an entity. */
interface Located {
  candidate: Candidate;
  text: string;
  start: number;
  end: number;
  /** Normalized name words, for coreference. */
  words: string[];
  /** The words joined by spaces: read many times while clustering, so joined once. */
  key: string;
}

interface Cluster {
  id: string;
  type: EntityType;
  members: Located[];
}

/** Mentions a lone untyped word needs before it is taken for an organization. */
const MIN_RECURRING_MENTIONS = 2;
const NAME_JOINERS = /[’'`]/g;

const MARKS = /\p{M}/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
/** A person's alias is a full name: more than one word. */
const SPACE = /\s/;

function normalizeWords(text: string): string[] {
  // Most names are ASCII, their own NFKD form with no marks: read their words by character codes.
  if (!NON_ASCII.test(text)) return asciiWords(text);
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(NAME_JOINERS, '')
    .toLowerCase()
    .split(WORD_SEPARATORS)
    .filter((w) => w.length > 0);
}

/** `normalizeWords` for ASCII text: lower-case runs of letters and digits, apostrophes dropped. */
function asciiWords(text: string): string[] {
  const lower = (text.includes("'") || text.includes('`') ? text.replace(NAME_JOINERS, '') : text).toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * Whether the name words after the first one, joined by spaces, are `word`: `key` is all the
 * words joined, so they are its text after the first word and its space, compared in place.
 */
function endsAfterFirstWord(key: string, first: string, word: string): boolean {
  return key.length === first.length + 1 + word.length && key.endsWith(word);
}

/** Words an acronym skips ("Ministry of the Interior"). */
const INITIALS_SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/**
 * Whether `acronym` is the first letters of the words, bar INITIALS_SKIPPED. It runs for every
 * lone upper-case word against every organization, so it compares in place instead of building
 * the initials.
 */
function spellsInitials(acronym: string, words: readonly string[]): boolean {
  let at = 0;
  for (const w of words) {
    if (INITIALS_SKIPPED.has(w)) continue;
    if (at >= acronym.length || acronym.charCodeAt(at) !== w.charCodeAt(0)) return false;
    at++;
  }
  return at === acronym.length;
}

/**
 * Groups the candidates of one article into entities: gazetteer entries by their id, other
 * names by their words; surnames go to the full name that ends with them, acronyms to the
 * organization whose initials they spell; counterparts take the role of the official they meet.
 */
export function resolveEntities(text: string, tokens: readonly Token[], candidates: readonly Candidate[]): { entities: Entity[]; mentions: Mention[] } {
  const located: Located[] = candidates.map((candidate) => {
    const start = tokens[candidate.from]!.start;
    const end = tokens[candidate.to - 1]!.end;
    const written = text.slice(start, end);
    const words = normalizeWords(candidate.name ?? written);
    return { candidate, text: written, start, end, words, key: words.join(' ') };
  });
  const kept = settleNonPersons(located);
  const clusters = new Map<string, Cluster>();
  const add = (id: string, type: EntityType, member: Located): void => {
    const cluster = clusters.get(id) ?? { id, type, members: [] };
    cluster.members.push(member);
    clusters.set(id, cluster);
  };
  const lone: Located[] = [];
  for (const l of kept) {
    const c = l.candidate;
    if (c.entry) add(c.entry.id, c.entry.type, l);
    else if (c.type === null || (c.type === 'PERSON' && l.words.length === 1) || (c.type === 'ORG' && c.rule === 'entities.org:acronym')) lone.push(l);
    else if (c.type === 'PERSON') lone.push(l);
    else add(`${c.type}:${l.key}`, c.type, l);
  }
  // Persons: longest names first, so that shorter forms join them.
  const persons = lone.filter((l) => l.candidate.type === 'PERSON' && l.words.length > 1).sort((a, b) => b.words.length - a.words.length);
  const personClusters: Cluster[] = [];
  for (const p of persons) {
    const host = personClusters.find((cluster) => sameOrPartOf(p.words, longestWords(cluster)));
    if (host) host.members.push(p);
    else {
      const cluster: Cluster = { id: `PERSON:${p.words.join(' ')}`, type: 'PERSON', members: [p] };
      personClusters.push(cluster);
      clusters.set(cluster.id, cluster);
    }
  }
  mergeSpellingVariants(personClusters, clusters);
  takeBackSurnames(personClusters, clusters);
  const orgs = [...clusters.values()].filter((c) => c.type === 'ORG');
  const untyped: Located[] = [];
  for (const l of lone) {
    if (l.candidate.type === 'PERSON' && l.words.length > 1) continue;
    const word = l.key;
    const person = bySurname(word, personClusters) ?? byGivenName(word, personClusters);
    if (person) {
      person.members.push(l);
      continue;
    }
    const org =
      l.text.length >= 2 && l.text === l.text.toUpperCase()
        ? orgs.find((o) => spellsInitials(word, longestWords(o)))
        : shortFormOf(word, orgs);
    if (org) {
      org.members.push(l);
      continue;
    }
    // A lone word typed by its own context (a title, an acronym, a preposition) stands alone.
    if (l.candidate.type !== null) add(`${l.candidate.type}:${word}`, l.candidate.type, l);
    else untyped.push(l);
  }
  // A one-word name the article keeps using without a title or given name is, in news, most
  // often a company, agency or group ("Apple", "Airbus", "Chrysler").
  const counts = new Map<string, number>();
  for (const l of untyped) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  for (const l of untyped) {
    const word = l.key;
    if ((counts.get(word) ?? 0) < MIN_RECURRING_MENTIONS || !couldNameBody(word)) continue;
    l.candidate.type = 'ORG';
    l.candidate.rule = 'entities.org:recurring-name';
    add(`ORG:${word}`, 'ORG', l);
  }
  return build([...clusters.values()]);
}

/**
 * What the context says once holds for the whole article: a name read as a building is
 * dropped, and its mentions that only looked like a person's go with it; those of a
 * name read as a place somewhere become the place ("in Maidan Wardak province" ... "Maidan Wardak").
 * Lone words naming events ("Brexit") are dropped too.
 */
function settleNonPersons(located: readonly Located[]): Located[] {
  const dropped = new Set<string>();
  const places = new Set<string>();
  for (const l of located) {
    const key = l.key;
    if (l.candidate.notEntity) dropped.add(key);
    else if (l.candidate.type === 'PLACE' && !l.candidate.entry) places.add(key);
  }
  const kept: Located[] = [];
  for (const l of located) {
    const c = l.candidate;
    const key = l.key;
    const weak = c.type === 'PERSON' && WEAK_PERSON_RULES.has(c.rule);
    if (c.notEntity || (weak && dropped.has(key)) || (c.type === null && EVENT_NAMES.has(key))) continue;
    if (weak && places.has(key)) {
      c.type = 'PLACE';
      c.rule = 'entities.place:same-name';
      c.role = null;
    }
    kept.push(l);
  }
  return kept;
}

const ROLE_MODIFIER_WORDS = new Set(ROLE_MODIFIERS);

/**
 * Whether a recurring lone word may be a body's name: not a given name ("John", "Jamal"), an
 * adverb ("Reportedly") or an office's modifier ("Former") that merely opens sentences.
 */
function couldNameBody(word: string): boolean {
  return !compromiseWords().firstNames.has(word) && !word.endsWith('ly') && !ROLE_MODIFIER_WORDS.has(word);
}

/** Gazetteer places the article never means as places: "Bolton" after "John Bolton" is him. */
const SURNAME_LIKE_PLACE_RULES = new Set(['entities.gazetteer:place', 'entities.gazetteer:city', 'entities.gazetteer:region']);

/**
 * A one-word place named like the surname of a person the article names in full ("John
 * Bolton" ... "Bolton said") is that person, when no mention of it reads as a place (after
 * "in", "at", "from"), which the scanner would have typed otherwise.
 */
function takeBackSurnames(personClusters: readonly Cluster[], clusters: Map<string, Cluster>): void {
  if (personClusters.length === 0) return;
  for (const cluster of [...clusters.values()]) {
    if (cluster.type !== 'PLACE' || !cluster.members.every((m) => m.words.length === 1 && SURNAME_LIKE_PLACE_RULES.has(m.candidate.rule))) continue;
    const word = cluster.members[0]!.words[0]!;
    const hosts = personClusters.filter((p) => {
      const names = longestWords(p);
      return names.length > 1 && names[names.length - 1] === word;
    });
    if (hosts.length !== 1 || cluster.members.some((m) => m.candidate.sentence < firstSentence(hosts[0]!))) continue;
    for (const m of cluster.members) {
      m.candidate.type = 'PERSON';
      m.candidate.entry = null;
      m.candidate.rule = 'entities.coref:surname';
    }
    hosts[0]!.members.push(...cluster.members);
    clusters.delete(cluster.id);
  }
}

function firstSentence(cluster: Cluster): number {
  let first = Infinity;
  for (const m of cluster.members) first = Math.min(first, m.candidate.sentence);
  return first;
}

/** Joins the clusters of one person's name spelled two ways ("Usama bin Ladin", "Osama bin Laden"). */
function mergeSpellingVariants(personClusters: Cluster[], clusters: Map<string, Cluster>): void {
  for (let i = 0; i < personClusters.length; i++) {
    const host = personClusters[i]!;
    for (let j = personClusters.length - 1; j > i; j--) {
      const other = personClusters[j]!;
      if (!sameNameSpelledDifferently(longestWords(host), longestWords(other))) continue;
      host.members.push(...other.members);
      personClusters.splice(j, 1);
      clusters.delete(other.id);
    }
  }
}

/** "Liu" for "Jessie Liu", "bin Laden" for "Hamza bin Laden": the first person a mention of whom ends so. */
function bySurname(word: string, persons: readonly Cluster[]): Cluster | undefined {
  // Loops rather than find/some: this runs for every lone word against every person's mentions.
  for (const cluster of persons) {
    for (const { words: names, key } of cluster.members) {
      if (names.length > 1 && (names[names.length - 1] === word || (names.length > 2 && endsAfterFirstWord(key, names[0]!, word)))) return cluster;
    }
  }
  return undefined;
}

/** "Hamza" for "Hamza bin Laden", "Jong" for "Jong Woo Son": the first word of exactly one long personal name. */
function byGivenName(word: string, persons: readonly Cluster[]): Cluster | undefined {
  // Only names of three words or more, where the first name alone is a usual short form.
  const hosts = persons.filter((p) => longestWords(p).length >= 3 && longestWords(p)[0] === word);
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** "Mahan" for "Mahan Air": the first word of exactly one organization's two-word name. */
function shortFormOf(word: string, orgs: readonly Cluster[]): Cluster | undefined {
  const hosts = orgs.filter((o) => {
    const names = longestWords(o);
    return names.length === 2 && names[0] === word;
  });
  return hosts.length === 1 ? hosts[0] : undefined;
}

function longestWords(cluster: Cluster): string[] {
  let best: string[] = [];
  for (const m of cluster.members) if (m.words.length > best.length) best = m.words;
  return best;
}

/** "jessie liu" is part of "jessie k liu"; "bruno retailleau" of itself. */
function sameOrPartOf(words: readonly string[], host: readonly string[]): boolean {
  if (sameWords(words, host)) return true;
  if (words.length < 2 || host.length <= words.length) return false;
  // "Al-Quaety" for "Nabil Hasan al-Quaety": a surname with its particle.
  if (NAME_PARTICLES.has(words[0]!) && sameWords(words, host.slice(host.length - words.length))) return true;
  return words[0] === host[0] && words[words.length - 1] === host[host.length - 1];
}

/** Word lists compared without joining them: names have no spaces inside their words. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function build(clusters: Cluster[]): { entities: Entity[]; mentions: Mention[] } {
  // Entities in order of first mention, so that indexes read like the article.
  const ordered = clusters
    .map((c) => ({ ...c, members: [...c.members].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.members[0]!.start - b.members[0]!.start);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  ordered.forEach((cluster, index) => {
    entities.push(toEntity(cluster));
    for (const m of cluster.members) {
      mentions.push({
        entity: index,
        sentence: m.candidate.sentence,
        start: m.start,
        end: m.end,
        rule: m.candidate.rule,
        text: m.text,
        role: m.candidate.role,
      });
    }
  });
  fillCounterpartRoles(ordered, entities, mentions);
  fillOwnerCountries(ordered, entities);
  fillOfficeStates(entities, stateNamings(ordered), holderContexts(ordered));
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

function toEntity(cluster: Cluster): Entity {
  const entry = cluster.members.find((m) => m.candidate.entry)?.candidate.entry ?? null;
  const names = cluster.members.filter((m) => !m.candidate.entry?.adjective).map((m) => m.candidate.name ?? m.text);
  let name = entry?.type === 'COUNTRY' ? entry.name : '';
  if (!name) for (const n of names) if (n.length > name.length) name = n;
  if (!name) name = entry?.name ?? cluster.members[0]!.text;
  const aliases = [...new Set(names)].filter((n) => n !== name && (cluster.type !== 'PERSON' || SPACE.test(n)));
  const role = cluster.type === 'PERSON' ? (cluster.members.find((m) => m.candidate.role)?.candidate.role ?? null) : null;
  const country = entry?.country ?? cluster.members.find((m) => m.candidate.country)?.candidate.country ?? null;
  let party: string | null = entry?.party ?? null;
  if (!entry && cluster.type === 'ORG') party = country;
  if (cluster.type === 'PERSON' && role && country) party = country;
  return { name, type: cluster.type, country, role, aliases, party };
}

/** "his Moroccan counterpart X" holds the office of the last official named before X. */
function fillCounterpartRoles(clusters: readonly Cluster[], entities: Entity[], mentions: Mention[]): void {
  const personMentions = mentions.filter((m) => entities[m.entity]!.type === 'PERSON').sort((a, b) => a.start - b.start);
  clusters.forEach((cluster, index) => {
    const entity = entities[index]!;
    if (entity.type !== 'PERSON' || entity.role) return;
    const counterpartAt = cluster.members.find((m) => m.candidate.counterpart);
    if (!counterpartAt) return;
    for (let k = personMentions.length - 1; k >= 0; k--) {
      const m = personMentions[k]!;
      if (m.start >= counterpartAt.start || m.entity === index) continue;
      const role = entities[m.entity]!.role;
      if (role) {
        entity.role = role;
        if (entity.country) entity.party = entity.country;
        const own = mentions.find((x) => x.start === counterpartAt.start && x.entity === index);
        if (own) own.role = role;
        return;
      }
    }
  });
}

/**
 * "Angela Merkel's spokesperson, Steffen Seibert", "Mahan's director, X", "FBI agent X": the
 * person serves the state of the body or person the office belongs to. Two passes, so that an
 * owner whose own state comes from its owner is settled first.
 */
function fillOwnerCountries(clusters: readonly Cluster[], entities: Entity[]): void {
  const entityOf = new Map<Candidate, number>();
  clusters.forEach((cluster, index) => {
    for (const m of cluster.members) entityOf.set(m.candidate, index);
  });
  for (let pass = 0; pass < 2; pass++) {
    clusters.forEach((cluster, index) => {
      const entity = entities[index]!;
      if (entity.type !== 'PERSON' || entity.country) return;
      for (const m of cluster.members) {
        const owner = m.candidate.countryFrom ? entityOf.get(m.candidate.countryFrom) : undefined;
        const country = owner === undefined ? null : entities[owner]!.country;
        if (country) {
          entity.country = country;
          if (entity.role) entity.party = country;
          return;
        }
      }
    });
  }
}

/** How often and in which sentences the article names each state (names, adjectives, demonyms). */
function stateNamings(clusters: readonly Cluster[]): Map<string, StateNaming> {
  const namings = new Map<string, { count: number; sentences: Set<number> }>();
  for (const cluster of clusters) {
    // A national body or a place names its state too ("the United States House of Representatives").
    if (cluster.type === 'PERSON') continue;
    const country = cluster.members.find((m) => m.candidate.entry)?.candidate.entry?.country ?? cluster.members.find((m) => m.candidate.country)?.candidate.country;
    if (!country) continue;
    const naming = namings.get(country) ?? { count: 0, sentences: new Set<number>() };
    naming.count += cluster.members.length;
    for (const m of cluster.members) naming.sentences.add(m.candidate.sentence);
    namings.set(country, naming);
  }
  return namings;
}

/** Where each person is named, and whether their office belongs to a named body or person. */
function holderContexts(clusters: readonly Cluster[]): Map<number, HolderContext> {
  const holders = new Map<number, HolderContext>();
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'PERSON') return;
    const owned = cluster.members.some((m) => m.candidate.countryFrom?.type === 'ORG' || m.candidate.countryFrom?.type === 'PERSON');
    holders.set(index, { sentences: cluster.members.map((m) => m.candidate.sentence), owned });
  });
  return holders;
}
