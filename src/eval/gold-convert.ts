/** What the pipeline extracted, in the gold format, so that one scorer compares the two. */
import type { Doc } from '../model/doc.js';
import type { GoldArticle } from './gold-schema.js';

/**
 * Converts an extracted Doc into a gold-format article, one item per extracted fact: dates
 * keep their character offsets (into the cleaned text), so the same expression found twice
 * stays twice; the scorer reduces the lists to article-level sets where the gold needs it.
 */
export function docToGold(doc: Doc): GoldArticle {
  const { article } = doc;
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    published: article.published,
    title: article.title,
    text: doc.text,
    entities: doc.entities.map((entity) => ({
      name: entity.name,
      type: entity.type,
      country: entity.country,
      // The gold format has no empty role or speaker: an empty string means there is none.
      role: entity.role || null,
      aliases: [...entity.aliases],
    })),
    dates: doc.timexes.map((timex) => ({
      text: timex.text,
      type: timex.type,
      value: timex.value,
      start: timex.start,
      end: timex.end,
    })),
    commitments: doc.commitments.map((commitment) => ({
      type: commitment.type,
      parties: [...new Set(commitment.parties)],
      status: commitment.status,
      date: commitment.date,
      topics: [...new Set(commitment.topics)],
      trigger: commitment.trigger,
    })),
    quotes: doc.quotes.map((quote) => ({ speaker: quote.speaker || null, text: quote.text })),
  };
}
