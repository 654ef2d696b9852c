import { readFile } from 'node:fs/promises';
import { formatNerReport, predictSpans, scoreSpans, type NerReport, type NerSpan, type NerType } from './ner-score.js';

export type ConllReport = NerReport;

/** One document rebuilt from CoNLL lines: tokens joined by spaces, sentences by newlines. */
export interface ConllDocument {
  text: string;
  gold: NerSpan[];
}

const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Reads CoNLL-2003 text (`word POS chunk tag`, IOB1 or IOB2). In IOB1 an entity starts with
 * I- unless it directly follows one of the same type (then B-); IOB2 always starts with B-.
 * Reading "I- after a different or no tag starts an entity" handles both.
 */
export function parseConll(content: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let text = '';
  let gold: NerSpan[] = [];
  let open: { start: number; end: number; type: string } | null = null;
  let lineHasTokens = false;
  const close = () => {
    if (open && TYPES.has(open.type)) gold.push({ doc: docs.length, start: open.start, end: open.end, type: open.type as NerType });
    open = null;
  };
  const finish = () => {
    close();
    if (text.trim()) docs.push({ text: text.trimEnd(), gold });
    text = '';
    gold = [];
    lineHasTokens = false;
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      finish();
      continue;
    }
    if (!line) {
      close();
      if (lineHasTokens) text += '\n';
      lineHasTokens = false;
      continue;
    }
    const fields = line.split(/\s+/);
    const word = fields[0]!;
    const tag = fields[fields.length - 1]!;
    if (lineHasTokens) text += ' ';
    const start = text.length;
    text += word;
    lineHasTokens = true;
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (prefix === 'O') close();
    else if (prefix === 'B' || !open || open.type !== type) {
      close();
      open = { start, end: text.length, type };
    } else open.end = text.length;
  }
  finish();
  return docs;
}

export function scoreConllDocuments(docs: readonly ConllDocument[]): ConllReport {
  const gold = docs.flatMap((d) => d.gold);
  const predicted = docs.flatMap((d, i) => predictSpans(d.text, i));
  return scoreSpans(gold, predicted);
}

/** `secfacts eval conll <file>`: exact-span P/R/F1 overall and per type. */
export async function scoreConll(path: string): Promise<ConllReport> {
  const docs = parseConll(await readFile(path, 'utf8')).map((d, i) => ({ ...d, gold: d.gold.map((s) => ({ ...s, doc: i })) }));
  return scoreConllDocuments(docs);
}

export { formatNerReport };
