import type { Doc, Sentence } from '../../model/doc.js';
import type { Stage } from '../stage.js';
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { plainSentenceBreaks } from './breaks.js';

// Paragraphs of plain characters are split by plainSentenceBreaks, the same rules without ICU.
// ICU's sentence rules (UAX #29) are linear in theory, unlike natural's tokenizer, but V8's
// Intl.Segmenter gets quadratic on long strings (100 KB: 40 ms, 800 KB: 11 s). So it only ever
// sees one paragraph, and a paragraph longer than SEGMENT_WINDOW in windows cut after a
// sentence-ending mark where there is one.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const SEGMENT_WINDOW = 4_000;
const LEADING_SPACE = /\s*/y;

/** Splits text into trimmed sentences with offsets; never returns an empty sentence. */
export function splitSentences(text: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const [from, to] of windows(text)) {
    let previous: { start: number; end: number } | undefined;
    let start = from;
    for (const end of plainSentenceBreaks(text, from, to) ?? icuBreaks(text, from, to)) {
      if (previous && continuesAfter(text, previous.start, start)) {
        previous.end = end;
      } else {
        previous = { start, end };
        raw.push(previous);
      }
      start = end;
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

/** Ends of ICU's sentence segments of text[from, to), as offsets in `text`. */
function icuBreaks(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(from, to))) ends.push(from + index + segment.length);
  return ends;
}

/** [from, to) pieces of the text: paragraphs, and windows of at most SEGMENT_WINDOW inside long ones. */
function* windows(text: string): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    // Blank lines hold no sentence; a run of them must not cost a segmenter call each.
    LEADING_SPACE.lastIndex = from;
    LEADING_SPACE.test(text);
    from = LEADING_SPACE.lastIndex;
    if (from >= text.length) return;
    const newline = text.indexOf('\n', from);
    const paragraphEnd = newline < 0 ? text.length : newline + 1;
    let to = Math.min(paragraphEnd, from + SEGMENT_WINDOW);
    if (to < paragraphEnd) to = windowEnd(text, from, to);
    yield [from, to];
    from = to;
  }
}

/** Where to cut a window that would end at `limit`: after the last sentence end, else the last space. */
function windowEnd(text: string, from: number, limit: number): number {
  const piece = text.slice(from, limit);
  const sentenceEnd = Math.max(piece.lastIndexOf('. '), piece.lastIndexOf('? '), piece.lastIndexOf('! '));
  if (sentenceEnd > 0) return from + sentenceEnd + 2;
  const space = piece.lastIndexOf(' ');
  return space > 0 ? from + space + 1 : limit;
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
