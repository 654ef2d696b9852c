import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tagDates } from '../extract/dates/tag.js';
import { splitSentences } from '../extract/sentences/stage.js';
import { datelineDate } from '../ingest/dateline.js';
import { isAloneOnEarlyLine } from '../model/text.js';
import { predictSpans, scoreSpans, type NerReport, type NerSpan, type NerType } from './ner-score.js';
import type { GoldTimex } from './timeml-reader.js';
import { EMPTY_COUNTS, addCounts, countTimexes } from './timeml-score.js';
import { reportFromCounts, type TimemlReport } from './timeml.js';

export type { NerReport };

/**
 * How this scorer reads MEANTIME (NewsReader guidelines NWR-2014-2-2, checked against the
 * English files):
 * - Only the title and the first sentences are annotated (sentence ids 0-5 in every file), so
 *   the scored text is cut after the last sentence that holds any markable; predictions past it
 *   would otherwise all count as false positives.
 * - Named mentions are those of syntactic type NAM and PRE.NAM (a name used as a premodifier:
 *   "U.S. automaker", "American", "Apple CEO"). Some named mentions carry no syntactic type; an
 *   untyped mention counts when every word of it is capitalized (names, not "the company").
 * - A mention is scored when its entity (via REFERS_TO) is PER, ORG or LOC. PRO (products),
 *   FIN (indexes, currencies) and MIX entities are not ours to find: a prediction overlapping
 *   one of their mentions is ignored, neither right nor wrong.
 * - NAM extents include a leading article ("the United States"); CoNLL-style names do not, so
 *   a leading "the" is dropped from gold extents.
 * - Entities are annotated when they take part in annotated events, so an unannotated name is
 *   not always a wrong prediction: precision here is a lower bound.
 * - TIMEX3 markables are read as TimeML's (type, value; the CREATION_TIME one is the anchor);
 *   a timex with no tokens (a begin or end point the annotators added) is not in the text.
 */

/** A MEANTIME (CAT XML) document: its text rebuilt from tokens and its named mentions. */
export interface MeantimeDocument {
  text: string;
  gold: NerSpan[];
  /** Spans of mentions of entities outside PER/ORG/LOC (products, financial), ignored when scoring. */
  ignored: { start: number; end: number }[];
  /** End of the annotated part of the text. */
  scopeEnd: number;
  /** Document creation time (YYYY-MM-DD), the anchor of relative dates; null if absent. */
  dct: string | null;
  /** Gold TIMEX3 spans in the text. */
  timexes: GoldTimex[];
}

const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const MENTION = /<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g;
const ANY_MARKABLE = /<(?:ENTITY_MENTION|EVENT_MENTION|TIMEX3)\b[^>]*>([\s\S]*?)<\/(?:ENTITY_MENTION|EVENT_MENTION|TIMEX3)>/g;
const ENTITY = /<ENTITY\b([^>]*)\/?>/g;
const REFERS_TO = /<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g;
const TIMEX = /<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g;
const SCORED = new Set(['PER', 'ORG', 'LOC']);
const NAMED = new Set(['NAM', 'PRE.NAM']);
const NAME_CONNECTORS = new Set(['of', 'and', '&', 'the', 'for', 'de', '-', '.']);
const PRONOUNS = new Set(['i', 'we', 'he', 'she', 'it', 'they', 'you', 'us', 'our', 'its', 'his', 'her', 'their', 'my', 'some', 'those', 'this', 'that', 'which']);
/** Tokens written without a space before them when the text is rebuilt. */
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m|\.\.\.|'')$/;
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = /^(?:[([{$#]|``|£|€)$/;

function attribute(attributes: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** PTB quote tokens back to typographic quotes, so that the stages see ordinary news text. */
function surface(token: string): string {
  if (token === '``') return '“';
  if (token === "''") return '”';
  return token;
}

function isNameLike(words: readonly string[]): boolean {
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return false;
  return words.every((w) => NAME_CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '');
}

/**
 * Rebuilds the text the way it was written (no space before "," or "'s", quotes restored),
 * sentences on their own lines, and reads the gold named mentions (see the comment at the top).
 */
export function parseMeantime(xml: string, doc = 0): MeantimeDocument {
  const offsets = new Map<string, { start: number; end: number; sentence: number; word: string }>();
  let text = '';
  let sentence: string | null = null;
  let previous = '';
  for (const m of xml.matchAll(TOKEN)) {
    const s = attribute(m[1]!, 'sentence');
    const word = decode(m[2]!);
    if (text) {
      if (s !== sentence) text += '\n';
      else if (!NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' ';
    }
    sentence = s;
    previous = word;
    const start = text.length;
    text += surface(word);
    offsets.set(attribute(m[1]!, 't_id') ?? '', { start, end: text.length, sentence: Number(s), word });
  }
  const anchorsOf = (body: string) => [...body.matchAll(/t_id="([^"]*)"/g)].map((a) => offsets.get(a[1]!)).filter((o) => o !== undefined);
  let lastSentence = -1;
  for (const m of xml.matchAll(ANY_MARKABLE)) for (const a of anchorsOf(m[1]!)) lastSentence = Math.max(lastSentence, a.sentence);
  let scopeEnd = 0;
  for (const o of offsets.values()) if (o.sentence <= lastSentence) scopeEnd = Math.max(scopeEnd, o.end);

  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(ENTITY)) entityType.set(attribute(m[1]!, 'm_id') ?? '', attribute(m[1]!, 'ent_type') ?? '');
  const target = new Map<string, string>();
  for (const m of xml.matchAll(REFERS_TO)) {
    const to = /<target m_id="([^"]*)"/.exec(m[1]!)?.[1];
    if (!to) continue;
    for (const s of m[1]!.matchAll(/<source m_id="([^"]*)"/g)) target.set(s[1]!, to);
  }
  const gold: NerSpan[] = [];
  const ignored: { start: number; end: number }[] = [];
  for (const m of xml.matchAll(MENTION)) {
    const type = entityType.get(target.get(attribute(m[1]!, 'm_id') ?? '') ?? '');
    let anchors = anchorsOf(m[2]!).sort((a, b) => a.start - b.start);
    if (!type || anchors.length === 0) continue;
    if (!SCORED.has(type)) {
      ignored.push({ start: anchors[0]!.start, end: anchors[anchors.length - 1]!.end });
      continue;
    }
    const syntactic = attribute(m[1]!, 'syntactic_type') ?? '';
    if (anchors.length > 1 && anchors[0]!.word.toLowerCase() === 'the') anchors = anchors.slice(1);
    const named = NAMED.has(syntactic) || (syntactic === '' && isNameLike(anchors.map((a) => a.word)));
    if (!named) continue;
    gold.push({ doc, start: anchors[0]!.start, end: anchors[anchors.length - 1]!.end, type: type as NerType });
  }
  let dct: string | null = null;
  const timexes: GoldTimex[] = [];
  for (const m of xml.matchAll(TIMEX)) {
    const value = attribute(m[1]!, 'value') ?? '';
    if (attribute(m[1]!, 'functionInDocument') === 'CREATION_TIME') {
      dct = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? dct;
      continue;
    }
    const anchors = anchorsOf(m[2] ?? '').sort((a, b) => a.start - b.start);
    if (anchors.length === 0) continue;
    const start = anchors[0]!.start;
    const end = anchors[anchors.length - 1]!.end;
    timexes.push({ start, end, text: text.slice(start, end), type: attribute(m[1]!, 'type') ?? '', value });
  }
  // A few files have no CREATION_TIME markable but annotate the date line under the headline
  // instead: that date is the creation time, and is not scored as a timex of the story.
  if (dct === null) {
    const dateline = timexes.find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value) && isAloneOnEarlyLine(text, t.start, t.end));
    if (dateline) {
      dct = dateline.value;
      timexes.splice(timexes.indexOf(dateline), 1);
    }
  }
  // Without either, the date line the run itself would take (src/ingest/dateline.ts).
  if (dct === null) dct = datelineDate(text)?.value.slice(0, 10) ?? null;
  return { text, gold: dedupe(gold), ignored, scopeEnd, dct, timexes };
}

function dedupe(spans: NerSpan[]): NerSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The *.xml files under each path (folders are walked recursively), sorted for stable document ids. */
export async function meantimeFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { recursive: true });
      files.push(...entries.filter((e) => e.endsWith('.xml')).map((e) => join(path, e)).sort());
    } else files.push(path);
  }
  return files;
}

/**
 * Mention-level exact-span P/R/F1 for PER, ORG and LOC over MEANTIME files or folders.
 * Nationality adjectives count as LOC: MEANTIME marks "American" in "American automaker" as a
 * premodifying name of the United States.
 */
export async function scoreMeantime(paths: readonly string[]): Promise<NerReport> {
  const gold: NerSpan[] = [];
  const predicted: NerSpan[] = [];
  for (const [i, path] of (await meantimeFiles(paths)).entries()) {
    const d = parseMeantime(await readFile(path, 'utf8'), i);
    gold.push(...d.gold);
    const overlapsIgnored = (s: NerSpan) => d.ignored.some((x) => s.start < x.end && x.start < s.end);
    for (const s of predictSpans(d.text, i)) {
      if (s.end > d.scopeEnd || overlapsIgnored(s)) continue;
      predicted.push(s.type === 'MISC' ? { ...s, type: 'LOC' } : s);
    }
  }
  return scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
}

/**
 * TempEval-3 Task A measures of the dates stage on the annotated sentences of MEANTIME files,
 * the creation time as anchor: news the date rules were not written against.
 */
export async function scoreMeantimeDates(paths: readonly string[]): Promise<TimemlReport> {
  let counts = EMPTY_COUNTS;
  const files = await meantimeFiles(paths);
  for (const path of files) {
    const d = parseMeantime(await readFile(path, 'utf8'));
    const predicted = tagDates(d.text, d.dct, splitSentences(d.text)).filter((t) => t.end <= d.scopeEnd);
    counts = addCounts(counts, countTimexes(d.timexes, predicted));
  }
  return reportFromCounts(counts, files.length);
}

export interface MeantimeReport {
  entities: NerReport;
  dates: TimemlReport;
}

/** Both scores: named entity mentions and TIMEX3. */
export async function scoreMeantimeAll(paths: readonly string[]): Promise<MeantimeReport> {
  return { entities: await scoreMeantime(paths), dates: await scoreMeantimeDates(paths) };
}
