import type { Doc, Sentence } from '../../model/doc.js';
import type { Stage } from '../stage.js';
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

// ICU's sentence rules (UAX #29) run in linear time even on junk, unlike natural's tokenizer.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into trimmed sentences with offsets; never returns an empty sentence. */
export function splitSentences(text: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const previous = raw[raw.length - 1];
    if (previous && !text.slice(previous.start, index).includes('\n') && continuesAfter(text, previous.start, index)) {
      previous.end = index + segment.length;
    } else {
      raw.push({ start: index, end: index + segment.length });
    }
  }
  const sentences: Sentence[] = [];
  for (const { start, end } of raw) {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmedEnd = end - (piece.length - piece.trimEnd().length);
    if (start + lead < trimmedEnd) sentences.push({ index: sentences.length, start: start + lead, end: trimmedEnd });
  }
  return sentences;
}

/** Whether the break at `breakAt` falls right after an abbreviation that does not end a sentence. */
function continuesAfter(text: string, segmentStart: number, breakAt: number): boolean {
  const before = text.slice(Math.max(segmentStart, breakAt - 24), breakAt).trimEnd();
  const word = /(?:^|[\s(“"'])((?:[A-Za-z]\.)+|[A-Za-z]+\.)$/.exec(before)?.[1];
  if (!word) return false;
  const bare = word.slice(0, -1).toLowerCase();
  if (!bare.includes('.') && TITLE_ABBREVIATIONS.has(bare)) return true;
  const isInitialism = bare.includes('.') || /^[A-Z]$/.test(word.slice(0, -1));
  if (!isInitialism) return false;
  const next = /^\s*([\p{L}\d]+)/u.exec(text.slice(breakAt, breakAt + 40))?.[1];
  if (!next) return false;
  if (/^[\p{Ll}\d]/u.test(next)) return true;
  return !SENTENCE_STARTERS.has(next.toLowerCase());
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences'],
  run(doc: Doc) {
    doc.sentences = splitSentences(doc.text);
  },
};
