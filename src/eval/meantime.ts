import { readFile } from 'node:fs/promises';
import { predictSpans, scoreSpans, type NerReport, type NerSpan, type NerType } from './ner-score.js';

export type { NerReport };

/** A MEANTIME (CAT XML) document: its text rebuilt from tokens and its named mentions. */
export interface MeantimeDocument {
  text: string;
  gold: NerSpan[];
}

const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const MENTION = /<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g;
const ENTITY = /<ENTITY\b([^>]*)\/?>/g;
const REFERS_TO = /<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g;
const SCORED = new Set(['PER', 'ORG', 'LOC']);
// Proper-name mentions only (NOM, PRO and untyped mentions are not names).
const NAMED = new Set(['NAM']);

function attribute(attributes: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Gold: ENTITY_MENTIONs of syntactic type NAM (proper names) whose entity, linked by
 * REFERS_TO, is PER, ORG or LOC. Text: tokens joined by spaces, sentences by newlines.
 */
export function parseMeantime(xml: string, doc = 0): MeantimeDocument {
  const offsets = new Map<string, { start: number; end: number }>();
  let text = '';
  let sentence: string | null = null;
  for (const m of xml.matchAll(TOKEN)) {
    const s = attribute(m[1]!, 'sentence');
    if (text) text += s === sentence ? ' ' : '\n';
    sentence = s;
    const start = text.length;
    text += decode(m[2]!);
    offsets.set(attribute(m[1]!, 't_id') ?? '', { start, end: text.length });
  }
  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(ENTITY)) entityType.set(attribute(m[1]!, 'm_id') ?? '', attribute(m[1]!, 'ent_type') ?? '');
  const target = new Map<string, string>();
  for (const m of xml.matchAll(REFERS_TO)) {
    const to = /<target m_id="([^"]*)"/.exec(m[1]!)?.[1];
    if (!to) continue;
    for (const s of m[1]!.matchAll(/<source m_id="([^"]*)"/g)) target.set(s[1]!, to);
  }
  const gold: NerSpan[] = [];
  for (const m of xml.matchAll(MENTION)) {
    if (!NAMED.has(attribute(m[1]!, 'syntactic_type') ?? '')) continue;
    const type = entityType.get(target.get(attribute(m[1]!, 'm_id') ?? '') ?? '');
    if (!type || !SCORED.has(type)) continue;
    const anchors = [...m[2]!.matchAll(/t_id="([^"]*)"/g)].map((a) => offsets.get(a[1]!)).filter((o) => o !== undefined);
    if (anchors.length === 0) continue;
    gold.push({ doc, start: Math.min(...anchors.map((a) => a.start)), end: Math.max(...anchors.map((a) => a.end)), type: type as NerType });
  }
  return { text, gold };
}

/** Mention-level exact-span P/R/F1 for PER, ORG and LOC over MEANTIME files. */
export async function scoreMeantime(paths: readonly string[]): Promise<NerReport> {
  const gold: NerSpan[] = [];
  const predicted: NerSpan[] = [];
  for (const [i, path] of paths.entries()) {
    const d = parseMeantime(await readFile(path, 'utf8'), i);
    gold.push(...d.gold);
    // MEANTIME does not annotate nationality adjectives, so MISC predictions are left out.
    predicted.push(...predictSpans(d.text, i).filter((s) => s.type !== 'MISC'));
  }
  return scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
}
