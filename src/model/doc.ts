import type { Article } from './article.js';
import type { Diagnostic } from './errors.js';
import type { Commitment, Entity, Mention, Quote, Timex } from './facts.js';

export interface Sentence {
  index: number;
  /** [start, end) in `Doc.text`, trimmed of surrounding white space. */
  start: number;
  end: number;
}

/** The layers a stage can require and assign; the pipeline checks the order against them. */
export type Layer = 'sentences' | 'entities' | 'timexes' | 'commitments' | 'quotes';

/** An article on its way through the stages: its text and one array per layer. */
export interface Doc {
  readonly article: Article;
  readonly text: string;
  /** Publication day (YYYY-MM-DD), the anchor of relative dates; null when unknown. */
  readonly anchor: string | null;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  timexes: Timex[];
  commitments: Commitment[];
  quotes: Quote[];
  /** Warnings and errors raised while extracting, recorded with the run. */
  diagnostics: Diagnostic[];
}

export function createDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    anchor: article.published ? article.published.slice(0, 10) : null,
    sentences: [],
    entities: [],
    mentions: [],
    timexes: [],
    commitments: [],
    quotes: [],
    diagnostics: [],
  };
}

/** Index of the sentence that contains character `offset` (binary search); -1 if none. */
export function sentenceIndexAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = s[mid]!;
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return mid;
  }
  // An offset in the white space between sentences belongs to the one before it.
  return hi >= 0 ? hi : -1;
}

export function sentenceText(doc: Pick<Doc, 'text' | 'sentences'>, index: number): string {
  const s = doc.sentences[index];
  return s ? doc.text.slice(s.start, s.end) : '';
}
