import { diagnostic } from '../../model/errors.js';
import { toArticle } from '../normalize.js';
import { errorMessage, readTextFile } from '../read-file.js';
import type { IngestItem, IngestOptions } from '../types.js';

/**
 * .json: one article object, or an array of them (items are "index N", from 0).
 * The file is read whole, so it is bounded by maxFileBytes; large collections belong in .jsonl.
 */
export async function* readJsonFile(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const file = await readTextFile(path, options.maxFileBytes);
  if (!file.ok) {
    yield file.error;
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (err) {
    yield { kind: 'error', diagnostic: diagnostic('PARSE_JSON', path, null, errorMessage(err)) };
    return;
  }
  if (Array.isArray(data)) {
    if (data.length === 0) yield { kind: 'error', diagnostic: diagnostic('EMPTY_TEXT', path, null, 'the array holds no articles') };
    for (const [index, element] of data.entries()) yield jsonValueToItem(element, path, `index ${index}`, options);
    return;
  }
  yield jsonValueToItem(data, path, null, options);
}

/** Shared with .jsonl and stdin: anything but a plain object is a validation error for its item. */
export function jsonValueToItem(value: unknown, source: string, item: string | null, options: IngestOptions): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { kind: 'error', diagnostic: diagnostic('VALIDATION', source, item, `expected an article object, got ${got}`) };
  }
  return toArticle(value as Record<string, unknown>, source, item, options);
}
