/**
 * Error analysis for the dates stage on a TimeML corpus (development aid, not part of the CLI):
 *   npx tsx src/dev/timeml-analysis.ts errors [corpus]          wrong values, misses, spurious, with context
 *   npx tsx src/dev/timeml-analysis.ts gold <regex> [corpus]    how the gold annotates a wording, and our result
 *   npx tsx src/dev/timeml-analysis.ts word <regex> [corpus]    how often a wording is tagged at all
 * The corpus defaults to ../shared/data/timebank-aquaint. A corpus path containing "meantime"
 * is read as MEANTIME (../shared/data/meantime-en): its annotated sentences only, scored as
 * `eval meantime` scores them (creation time as anchor, datelines left out).
 */
import { readFile } from 'node:fs/promises';
import { tagDates } from '../extract/dates/tag.js';
import { splitSentences } from '../extract/sentences/stage.js';
import { meantimeFiles, parseMeantime } from '../eval/meantime.js';
import { countTimexes, evaluateTimeml, matchSpans, type TimemlDocumentResult } from '../eval/timeml.js';

const DEFAULT_CORPUS = '../shared/data/timebank-aquaint';

function context(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 50), end + 30).replace(/\s+/g, ' ');
}

function errors(results: readonly TimemlDocumentResult[]): void {
  for (const r of results) {
    const { text, dct, timexes } = r.document;
    const pairs = matchSpans(timexes, r.predicted);
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedPredicted = new Set(pairs.map((p) => p.predicted));
    const name = r.path.split('/').pop();
    const row = (...cells: (string | null | undefined)[]) => console.log([...cells].map((c) => c ?? '').join('\t'));
    for (const { gold, predicted } of pairs) {
      if (gold.value === predicted.value) continue;
      row('VAL', name, dct, gold.text, `${gold.type}:${gold.value}`, text.slice(predicted.start, predicted.end), `${predicted.type}:${predicted.value}`, context(text, gold.start, gold.end), predicted.rule);
    }
    for (const g of timexes) if (!matchedGold.has(g)) row('MISS', name, dct, g.text, `${g.type}:${g.value}`, '', '', context(text, g.start, g.end), '');
    for (const p of r.predicted) {
      if (!matchedPredicted.has(p)) row('SPUR', name, dct, '', '', text.slice(p.start, p.end), `${p.type}:${p.value}`, context(text, p.start, p.end), p.rule);
    }
  }
}

function goldShapes(results: readonly TimemlDocumentResult[], pattern: RegExp): void {
  const shape = (value: string) => value.replace(/\d/g, 'd');
  const counts = new Map<string, number>();
  for (const r of results) {
    const predictedFor = new Map(matchSpans(r.document.timexes, r.predicted).map((p) => [p.gold, p.predicted]));
    for (const g of r.document.timexes) {
      if (!pattern.test(g.text)) continue;
      const p = predictedFor.get(g);
      const ours = p ? `${p.type}:${shape(p.value)} ${p.value === g.value ? 'OK' : 'X'}` : 'MISS';
      const key = `${g.type}:${shape(g.value)} <- ${ours}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(n, key);
}

function wordTagging(results: readonly TimemlDocumentResult[], pattern: RegExp): void {
  let tagged = 0;
  let untagged = 0;
  const examples: string[] = [];
  for (const r of results) {
    for (const m of r.document.text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      // Tagged when a gold timex overlaps the match: "now that" counts as tagged when "now" is.
      if (r.document.timexes.some((t) => t.start < end && t.end > start)) tagged++;
      else {
        untagged++;
        if (examples.length < 12) examples.push(context(r.document.text, start, end));
      }
    }
  }
  console.log({ tagged, untagged });
  console.log(examples.join('\n'));
}

/** The MEANTIME files as TimeML results, predictions cut at the annotated part as `eval meantime` does. */
async function evaluateMeantime(path: string): Promise<TimemlDocumentResult[]> {
  const results: TimemlDocumentResult[] = [];
  for (const file of await meantimeFiles([path])) {
    const d = parseMeantime(await readFile(file, 'utf8'));
    const predicted = tagDates(d.text, d.dct, splitSentences(d.text)).filter((t) => t.end <= d.scopeEnd);
    const document = { text: d.text.slice(0, d.scopeEnd), dct: d.dct, timexes: d.timexes };
    results.push({ path: file, document, predicted, counts: countTimexes(d.timexes, predicted) });
  }
  return results;
}

function evaluate(path: string): Promise<TimemlDocumentResult[]> {
  return /meantime/i.test(path) ? evaluateMeantime(path) : evaluateTimeml([path]);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'errors') {
  errors(await evaluate(rest[0] ?? DEFAULT_CORPUS));
} else if ((mode === 'gold' || mode === 'word') && rest[0]) {
  const results = await evaluate(rest[1] ?? DEFAULT_CORPUS);
  if (mode === 'gold') goldShapes(results, new RegExp(rest[0], 'i'));
  else wordTagging(results, new RegExp(rest[0], 'gi'));
} else {
  console.error('usage: timeml-analysis.ts errors [corpus] | gold <regex> [corpus] | word <regex> [corpus]');
  process.exitCode = 2;
}
