import type { FormatReader, IngestItem, IngestOptions } from '../types.js';
import { readCsvFile } from './csv.js';
import { readJsonFile } from './json.js';
import { readJsonLinesFile } from './jsonl.js';
import { readTextArticle } from './text.js';

/** The HTML stack (linkedom, Readability) loads only when a run meets an HTML file. */
async function* readHtmlLazily(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const { readHtmlFile } = await import('./html.js');
  yield* readHtmlFile(path, options);
}

/** File extensions (lower case, without the dot) and the reader for each. */
export const READERS: Readonly<Record<string, FormatReader>> = {
  txt: readTextArticle,
  md: readTextArticle,
  markdown: readTextArticle,
  json: readJsonFile,
  jsonl: readJsonLinesFile,
  ndjson: readJsonLinesFile,
  csv: readCsvFile,
  html: readHtmlLazily,
  htm: readHtmlLazily,
};

export function readerFor(path: string): FormatReader | null {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return null;
  return READERS[path.slice(dot + 1).toLowerCase()] ?? null;
}
