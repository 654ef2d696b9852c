import { articleId, type Article } from '../../../src/model/article.js';
import { createDoc, sentenceIndexAt, type Doc } from '../../../src/model/doc.js';
import type { EntityType, TimexType } from '../../../src/model/facts.js';
import { splitSentences } from '../../../src/extract/sentences/stage.js';

/** An entity of a hand-built Doc and the surface forms that mention it. */
export interface EntitySpec {
  name: string;
  type: EntityType;
  country?: string | null;
  party?: string | null;
  role?: string | null;
  /** Surface forms; every whole-word occurrence becomes a mention (longer forms win overlaps). */
  forms: string[];
}

export interface TimexSpec {
  text: string;
  value: string;
  type?: TimexType;
}

export const FRANCE: EntitySpec = { name: 'France', type: 'COUNTRY', country: 'FRA', party: 'FRA', forms: ['France', 'French'] };
export const MOROCCO: EntitySpec = { name: 'Morocco', type: 'COUNTRY', country: 'MAR', party: 'MAR', forms: ['Morocco', 'Moroccan'] };

/**
 * A Doc with sentences, entities, mentions and timexes laid by hand, so that the commitment and
 * quote stages are tested apart from the quality of the entity and date stages.
 */
export function makeDoc(text: string, published: string | null, entities: EntitySpec[] = [], timexes: TimexSpec[] = []): Doc {
  const article: Article = { id: articleId(text), url: null, title: '', published, source: null, lang: 'en', text };
  const doc = createDoc(article);
  doc.sentences = splitSentences(text);
  doc.entities = entities.map((e) => ({
    name: e.name,
    type: e.type,
    country: e.country ?? null,
    role: e.role ?? null,
    aliases: [],
    party: e.party ?? (e.type === 'COUNTRY' ? (e.country ?? null) : null),
  }));
  const forms = entities
    .flatMap((e, entity) => e.forms.map((form) => ({ form, entity })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const { form, entity } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + form.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      doc.mentions.push({ entity, text: form, role: null, sentence: sentenceIndexAt(doc, start), start, end, rule: 'test' });
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  for (const t of timexes) {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`timex "${t.text}" is not in the text`);
    const end = start + t.text.length;
    const first = firstDay(t.value);
    doc.timexes.push({
      text: t.text, type: t.type ?? 'DATE', value: t.value, mod: null,
      firstDay: first, lastDay: first, sentence: sentenceIndexAt(doc, start), start, end, rule: 'test',
    });
  }
  return doc;
}

function firstDay(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
