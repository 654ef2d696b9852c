import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { diagnostic } from '../../model/errors.js';
import { checkStreamableFile, errorMessage, fileError } from '../read-file.js';
import type { IngestItem, IngestOptions } from '../types.js';
import { jsonValueToItem } from './json.js';

/** JSON escapes can double a text's size on the line; beyond this the line is refused unparsed. */
const LINE_SIZE_FACTOR = 2;
const LINE_SLACK_CHARS = 65_536;

/** .jsonl / .ndjson: streamed line by line, never held whole; items are "line N", from 1. */
export async function* readJsonLinesFile(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const refused = await checkStreamableFile(path);
  if (refused) {
    yield refused;
    return;
  }
  yield* readJsonLines(createReadStream(path, { encoding: 'utf8' }), path, options);
}

/**
 * Blank lines are skipped; a malformed line is an error item and the next line is read.
 * A stream that fails midway ends with one READ_FAILED item after what was already read.
 */
export async function* readJsonLines(
  stream: NodeJS.ReadableStream,
  source: string,
  options: IngestOptions,
): AsyncIterable<IngestItem> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  const maxLineChars = options.maxTextBytes * LINE_SIZE_FACTOR + LINE_SLACK_CHARS;
  let lineNumber = 0;
  let nonBlankLines = 0;
  try {
    for await (const rawLine of lines) {
      lineNumber++;
      const item = `line ${lineNumber}`;
      const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
      if (line.trim() === '') continue;
      nonBlankLines++;
      if (line.length > maxLineChars) {
        yield { kind: 'error', diagnostic: diagnostic('TOO_LARGE', source, item, `line of ${line.length} characters`) };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        yield { kind: 'error', diagnostic: diagnostic('PARSE_JSON', source, item, errorMessage(err)) };
        continue;
      }
      yield jsonValueToItem(value, source, item, options);
    }
  } catch (err) {
    yield fileError('READ_FAILED', source, `after line ${lineNumber}: ${errorMessage(err)}`);
    return;
  } finally {
    lines.close();
  }
  if (nonBlankLines === 0) yield fileError('EMPTY_TEXT', source, 'no JSON lines');
}
