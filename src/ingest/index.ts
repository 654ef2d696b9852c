import { diagnostic, SecfactsError } from '../model/errors.js';
import { errorMessage } from './read-file.js';
import { READERS, readerFor } from './formats/registry.js';
import { readJsonLines } from './formats/jsonl.js';
import { fileKey, resolveInput, type ResolvedInput } from './resolve.js';
import { resolveOptions, type IngestItem, type IngestOptions } from './types.js';
import type { PullOptions } from './pull/session.js';

export { toArticle } from './normalize.js';
export { normalizePublished, type PublishedDate } from './dates.js';
export { DEFAULT_INGEST_OPTIONS, type IngestItem, type IngestOptions, type RawArticle } from './types.js';
export type { PullOptions } from './pull/session.js';

/** Local ingest options plus, for URLs, feeds and URL lists, the fetch limits and the cross-run cache. */
export type ReadInputsOptions = Partial<IngestOptions> & { pull?: PullOptions };

/**
 * Reads every input (file, folder, glob, http(s) URL of a page or feed, or "-" for JSON lines on
 * stdin) and yields articles and error items, in input order, one at a time. Saved feeds
 * (.rss, .atom, .rdf) and URL lists (.urls) fetch the pages they name.
 *
 * Missing inputs: all inputs are resolved before the first item. If none of them matched
 * anything, the run has nothing to do and SecfactsError('INPUT_NOT_FOUND') is thrown (from the
 * first next()). If at least one matched, each unmatched input is an INPUT_NOT_FOUND error item,
 * in its place in the order, and the others are read.
 */
export async function* readInputs(inputs: string[], options: ReadInputsOptions = {}): AsyncIterable<IngestItem> {
  const { pull, ...local } = options;
  const settings = resolveOptions(local);
  const resolved = await Promise.all(inputs.map(resolveInput));
  if (!resolved.some((r) => r.kind !== 'unmatched')) {
    const list = inputs.length > 0 ? inputs.join(', ') : '(no inputs given)';
    throw new SecfactsError('INPUT_NOT_FOUND', `nothing to read: no input matched a file, folder or glob: ${list}`);
  }
  const seen = new Set<string>();
  if (pull) (await import('./pull/session.js')).bindPullSession(settings, pull);
  try {
    for (const input of resolved) yield* readResolved(input, settings, seen);
  } finally {
    // Saves the fetch cache (validators, seen feed items) even when the consumer stops early.
    await (await import('./pull/session.js')).flushPullSession(settings);
  }
}

async function* readResolved(input: ResolvedInput, options: IngestOptions, seen: Set<string>): AsyncIterable<IngestItem> {
  switch (input.kind) {
    case 'unmatched':
      yield { kind: 'error', diagnostic: diagnostic('INPUT_NOT_FOUND', input.input, null, input.reason) };
      return;
    case 'stdin':
      yield* readJsonLines(options.stdin, input.input, options);
      return;
    case 'url': {
      const { readUrl } = await import('./pull/read-url.js');
      yield* readUrl(input.input, options);
      return;
    }
    case 'files':
      for (const file of input.files) {
        const key = fileKey(file);
        if (seen.has(key)) continue;
        seen.add(key);
        yield* readFile(file, options);
      }
  }
}

async function* readFile(file: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const reader = readerFor(file);
  if (!reader) {
    const known = Object.keys(READERS).map((ext) => `.${ext}`).join(', ');
    yield { kind: 'error', diagnostic: diagnostic('INPUT_UNSUPPORTED', file, null, `expected one of ${known}`) };
    return;
  }
  // Readers turn bad content into error items themselves; this guard keeps an unforeseen
  // failure (a bug, a vanished file) to this one file instead of ending the batch.
  try {
    yield* reader(file, options);
  } catch (err) {
    yield { kind: 'error', diagnostic: diagnostic('READ_FAILED', file, null, errorMessage(err)) };
  }
}
