import { sentencesStage } from '../extract/sentences/stage.js';
import { entitiesStage } from '../extract/entities/stage.js';
import { createDoc } from '../model/doc.js';
import type { EntityType } from '../model/facts.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** A typed character span [start, end) in one document. */
export interface NerSpan {
  doc: number;
  start: number;
  end: number;
  type: NerType;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export type NerReport = { overall: Prf } & Record<NerType, Prf>;

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn };
}

/** conlleval's measure: a prediction counts only with the same type and exactly the same span. */
export function scoreSpans(gold: readonly NerSpan[], predicted: readonly NerSpan[], types: readonly NerType[] = NER_TYPES): NerReport {
  const key = (s: NerSpan) => `${s.doc}:${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const counts = new Map<NerType, { tp: number; fp: number; fn: number }>(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const s of predicted) {
    const c = counts.get(s.type);
    if (c) goldKeys.has(key(s)) ? c.tp++ : c.fp++;
  }
  for (const s of gold) {
    const c = counts.get(s.type);
    if (c && !predKeys.has(key(s))) c.fn++;
  }
  const report = {} as Record<NerType, Prf>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of NER_TYPES) {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    report[type] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { overall: prf(tp, fp, fn), ...report };
}

function nerType(type: EntityType, rule: string): NerType {
  if (type === 'PERSON') return 'PER';
  if (type === 'ORG') return 'ORG';
  // A state named by its adjective ("French") is a nationality, MISC in CoNLL.
  if (rule === 'entities.gazetteer:demonym') return 'MISC';
  return 'LOC';
}

/** Runs the sentence and entity stages on `text` and returns the outermost mentions as NER spans. */
export function predictSpans(text: string, doc: number): NerSpan[] {
  const d = createDoc({ id: '0'.repeat(32), url: null, title: '', published: null, source: null, lang: 'en', text });
  sentencesStage.run(d);
  entitiesStage.run(d);
  const spans = d.mentions
    .map((m) => ({ doc, start: m.start, end: m.end, type: nerType(d.entities[m.entity]!.type, m.rule) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: NerSpan[] = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (!last || s.start >= last.end) outer.push(s);
  }
  return outer;
}

export function formatNerReport(report: NerReport): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rows = [['overall', report.overall] as const, ...NER_TYPES.map((t) => [t, report[t]] as const)];
  return rows.map(([name, m]) => `${name.padEnd(8)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`).join('\n');
}
