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

/** Saved feeds and URL lists fetch what they name: the pull stack also loads on demand. */
async function* readFeedLazily(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const { readFeedFile } = await import('../pull/read-files.js');
  yield* readFeedFile(path, options);
}

async function* readUrlListLazily(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const { readUrlListFile } = await import('../pull/read-files.js');
  yield* readUrlListFile(path, options);
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
  rss: readFeedLazily,
  atom: readFeedLazily,
  rdf: readFeedLazily,
  urls: readUrlListLazily,
};

export function readerFor(path: string): FormatReader | null {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return null;
  return READERS[path.slice(dot + 1).toLowerCase()] ?? null;
}
