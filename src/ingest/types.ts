import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/errors.js';

/** One result of ingestion: an article ready for the pipeline, or a recorded problem. */
export type IngestItem =
  | {
      kind: 'article';
      article: Article;
      /** The input the article came from: a path, URL or "-" for stdin. */
      source: string;
      /** Where inside the source ("line 3", "row 12", "index 0"); null when the source is one article. */
      item: string | null;
      /** Problems that did not stop the article, e.g. DATE_MISSING, DATE_INVALID. */
      warnings: Diagnostic[];
    }
  | { kind: 'error'; diagnostic: Diagnostic };

export interface IngestOptions {
  /** An article text larger than this (UTF-8 bytes) is a TOO_LARGE error item. */
  maxTextBytes: number;
  /** A file read whole (.txt, .md, .json) larger than this is a TOO_LARGE error item. Streamed formats (.jsonl, .csv) have no file cap. */
  maxFileBytes: number;
  /** HTML larger than this is refused before parsing: a DOM costs many times the file size. */
  maxHtmlBytes: number;
  /** Where "-" reads JSON lines from. */
  stdin: NodeJS.ReadableStream;
}

export const DEFAULT_INGEST_OPTIONS: Omit<IngestOptions, 'stdin'> = {
  maxTextBytes: 2_000_000,
  maxFileBytes: 100_000_000,
  maxHtmlBytes: 10_000_000,
};

export function resolveOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  return { ...DEFAULT_INGEST_OPTIONS, stdin: process.stdin, ...stripUndefined(options) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * An article as a source gives it, before normalization: any field names (matched against
 * the aliases in fields.ts, case-insensitively), any value types.
 */
export type RawArticle = Record<string, unknown>;

/** Reads one file of one format; never throws for bad content, yields error items instead. */
export type FormatReader = (path: string, options: IngestOptions) => AsyncIterable<IngestItem>;
