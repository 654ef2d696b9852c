import { sentenceIndexAt, type Doc } from '../../model/doc.js';
import type { Quote } from '../../model/facts.js';
import type { Stage } from '../stage.js';
import { findQuotedSpans, isQuotation } from './marks.js';
import { attribute, speakerContext, type Attribution } from './speaker.js';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  assigns: ['quotes'],
  run(doc: Doc) {
    doc.quotes = extractQuotes(doc);
  },
};

export function extractQuotes(doc: Doc): Quote[] {
  const spans = findQuotedSpans(doc.text);
  if (spans.length === 0) return [];
  const ctx = speakerContext(doc, spans);
  const quotes: Quote[] = [];
  let previous: Attribution | null = null;
  let previousEnd = -1;
  spans.forEach((span, index) => {
    const words = doc.text.slice(span.start, span.end);
    if (!isQuotation(words)) return;
    // A quote continues the previous speaker only within the same paragraph.
    const sameParagraph = previousEnd >= 0 && !doc.text.slice(previousEnd, span.open).includes('\n');
    const attribution = attribute(ctx, span, index, sameParagraph ? previous : null);
    const entity = attribution.entity === null ? undefined : doc.entities[attribution.entity];
    quotes.push({
      sentence: sentenceIndexAt(doc, span.start),
      start: span.start,
      end: span.end,
      rule: attribution.rule,
      text: words,
      speaker: entity ? entity.name : null,
      speakerEntity: entity ? attribution.entity : null,
    });
    previous = attribution;
    previousEnd = span.close;
  });
  return quotes;
}
