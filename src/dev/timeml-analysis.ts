/**
 * Error analysis for the dates stage on a TimeML corpus (development aid, not part of the CLI):
 *   npx tsx src/dev/timeml-analysis.ts errors [corpus]          wrong values, misses, spurious, with context
 *   npx tsx src/dev/timeml-analysis.ts gold <regex> [corpus]    how the gold annotates a wording, and our result
 *   npx tsx src/dev/timeml-analysis.ts word <regex> [corpus]    how often a wording is tagged at all
 *   npx tsx src/dev/timeml-analysis.ts conventions [corpus]    errors by annotation convention we do not follow, and the rest
 * The corpus defaults to ../shared/data/timebank-aquaint. A corpus path containing "meantime"
 * is read as MEANTIME (../shared/data/meantime-en): its annotated sentences only, scored as
 * `eval meantime` scores them (creation time as anchor, datelines left out).
 */
import { readFile } from 'node:fs/promises';
import { tagDates } from '../extract/dates/tag.js';
import { splitSentences } from '../extract/sentences/stage.js';
import { meantimeFiles, parseMeantime } from '../eval/meantime.js';
import { countTimexes, evaluateTimeml, matchSpans, prf, type TimemlDocumentResult } from '../eval/timeml.js';
import { CONVENTIONS, conventionOf, errorRows, valueF1Following, type ErrorRow } from './timex-conventions.js';

const DEFAULT_CORPUS = '../shared/data/timebank-aquaint';

function context(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 50), end + 30).replace(/\s+/g, ' ');
}

function errors(results: readonly TimemlDocumentResult[]): void {
  for (const r of results) {
    const { text, dct, timexes } = r.document;
    const name = r.path.split('/').pop();
    const predictedAt = new Map(r.predicted.map((p) => [`${p.start}:${p.end}`, p]));
    for (const row of errorRows(text, timexes, r.predicted)) {
      const { gold, predicted } = row;
      const at = (gold ?? predicted)!;
      const rule = predicted ? predictedAt.get(`${predicted.start}:${predicted.end}`)?.rule : '';
      console.log(
        [
          { value: 'VAL', missed: 'MISS', spurious: 'SPUR' }[row.kind],
          name,
          dct,
          gold?.text ?? '',
          gold ? `${gold.type}:${gold.value}` : '',
          predicted?.text ?? '',
          predicted ? `${predicted.type}:${predicted.value}` : '',
          context(text, at.start, at.end),
          rule ?? '',
          conventionOf(row)?.name ?? '',
        ].join('\t'),
      );
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

/** How many errors each convention we do not follow accounts for; `errors` lists them with theirs. */
function conventions(results: readonly TimemlDocumentResult[]): void {
  const rows: ErrorRow[] = [];
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const r of results) {
    gold += r.counts.gold;
    predicted += r.counts.predicted;
    correct += r.counts.value;
    rows.push(...errorRows(r.document.text, r.document.timexes, r.predicted));
  }
  const count = (convention: ReturnType<typeof conventionOf>) => rows.filter((row) => conventionOf(row) === convention).length;
  console.log(`value F1 ${prf(correct, predicted, gold).f1.toFixed(3)}; ${rows.length} errors (wrong value, missed, spurious)`);
  for (const c of CONVENTIONS) console.log(`${String(count(c)).padStart(5)}  ${c.name}  [ours: ${c.ours}]`);
  console.log(`${String(count(null)).padStart(5)}  other: our errors, the corpus's own mistakes, undecided`);
  console.log(`value F1 had we followed those conventions: ${valueF1Following(correct, gold, predicted, rows).toFixed(3)}`);
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
} else if (mode === 'conventions') {
  conventions(await evaluate(rest[0] ?? DEFAULT_CORPUS));
} else if ((mode === 'gold' || mode === 'word') && rest[0]) {
  const results = await evaluate(rest[1] ?? DEFAULT_CORPUS);
  if (mode === 'gold') goldShapes(results, new RegExp(rest[0], 'i'));
  else wordTagging(results, new RegExp(rest[0], 'gi'));
} else {
  console.error('usage: timeml-analysis.ts errors [corpus] | conventions [corpus] | gold <regex> [corpus] | word <regex> [corpus]');
  process.exitCode = 2;
}
