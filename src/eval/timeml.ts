/** `eval timeml`: scores the dates stage on TimeML corpora (TempEval-3 Task A). */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tagDates } from '../extract/dates/tag.js';
import { splitSentences } from '../extract/sentences/stage.js';
import type { Timex } from '../model/facts.js';
import { parseTimeml, type TimemlDocument } from './timeml-reader.js';
import { EMPTY_COUNTS, addCounts, countTimexes, prf, type Prf, type TimexCounts } from './timeml-score.js';

export { parseTimeml } from './timeml-reader.js';
export type { GoldTimex, TimemlDocument } from './timeml-reader.js';
export { countTimexes, matchSpans, prf } from './timeml-score.js';
export type { ScoredSpan, TimexCounts, Prf } from './timeml-score.js';

export interface TimemlReport {
  documents: number;
  gold: number;
  predicted: number;
  relaxed: Prf;
  strict: Prf;
  value: Prf;
  type_acc: number;
}

/** The result for one document, for error analysis. */
export interface TimemlDocumentResult {
  path: string;
  document: TimemlDocument;
  predicted: Timex[];
  counts: TimexCounts;
}

async function collectTimemlFiles(path: string, into: string[]): Promise<void> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const entry of entries) {
      const child = join(path, entry);
      const childInfo = await stat(child);
      if (childInfo.isDirectory() || entry.endsWith('.tml')) await collectTimemlFiles(child, into);
    }
  } else {
    into.push(path);
  }
}

export async function timemlFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) await collectTimemlFiles(path, files);
  return files;
}

/** Runs the sentences and dates stages on one TimeML document and counts against its gold. */
export function evaluateTimemlDocument(path: string, document: TimemlDocument): TimemlDocumentResult {
  // TimeML annotates datelines, which the project's own guidelines leave out.
  const predicted = tagDates(document.text, document.dct, splitSentences(document.text), { keepDateline: true });
  return { path, document, predicted, counts: countTimexes(document.timexes, predicted) };
}

export function reportFromCounts(counts: TimexCounts, documents: number): TimemlReport {
  return {
    documents,
    gold: counts.gold,
    predicted: counts.predicted,
    relaxed: prf(counts.relaxed, counts.predicted, counts.gold),
    strict: prf(counts.strict, counts.predicted, counts.gold),
    value: prf(counts.value, counts.predicted, counts.gold),
    type_acc: counts.relaxed === 0 ? 0 : counts.type / counts.relaxed,
  };
}

export async function evaluateTimeml(paths: readonly string[]): Promise<TimemlDocumentResult[]> {
  const results: TimemlDocumentResult[] = [];
  for (const file of await timemlFiles(paths)) {
    results.push(evaluateTimemlDocument(file, parseTimeml(await readFile(file, 'utf8'))));
  }
  return results;
}

/** Scores the dates stage on TimeML files or folders (searched recursively for *.tml). */
export async function scoreTimeml(paths: readonly string[]): Promise<TimemlReport> {
  const results = await evaluateTimeml(paths);
  const total = results.reduce<TimexCounts>((sum, result) => addCounts(sum, result.counts), EMPTY_COUNTS);
  return reportFromCounts(total, results.length);
}

