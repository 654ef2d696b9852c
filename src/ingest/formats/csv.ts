import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { diagnostic } from '../../model/errors.js';
import { FIELD_ALIASES } from '../fields.js';
import { toArticle } from '../normalize.js';
import { checkStreamableFile, errorMessage, fileError } from '../read-file.js';
import type { IngestItem, IngestOptions } from '../types.js';

/**
 * .csv: streamed; the first record is the header, whose names are matched case-insensitively
 * against the field aliases (url, date/published, title, text/body/content...). Items are
 * "row N": N counts data records from 1, header excluded (a record may span several lines,
 * so the file line is given in the message). A row with the wrong number of cells, or one
 * csv-parse cannot read, is an error item and the next row is read.
 */
export async function* readCsvFile(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const refused = await checkStreamableFile(path);
  if (refused) {
    yield refused;
    return;
  }
  const skipped: IngestItem[] = [];
  let skippedCount = 0;
  let records = 0;
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      // The record that failed would have been the next one, hence records + 1 (minus the header).
      on_skip: (err: CsvError | undefined) => {
        skippedCount++;
        skipped.push(rowError(path, records, err ? err.message : 'unreadable record'));
        return undefined;
      },
      // A text larger than the limit is refused by toArticle; this only bounds csv-parse's buffer.
      max_record_size: options.maxTextBytes * 2 + 65_536,
    }),
  );

  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield* skipped.splice(0);
      records++;
      if (header === null) {
        header = record.map((name) => name.trim());
        if (!hasTextColumn(header)) {
          yield fileError('PARSE_CSV', path, `no text column (one of ${FIELD_ALIASES.text.join(', ')}); header: ${header.join(', ')}`);
          return;
        }
        continue;
      }
      const row = `row ${records - 1}`;
      if (record.length !== header.length) {
        yield {
          kind: 'error',
          diagnostic: diagnostic('PARSE_CSV', path, row, `${record.length} cells, header has ${header.length} (line ${info.lines})`),
        };
        continue;
      }
      yield toArticle(Object.fromEntries(header.map((name, i) => [name, record[i]])), path, row, options);
    }
    yield* skipped.splice(0);
  } catch (err) {
    yield* skipped.splice(0);
    yield fileError('PARSE_CSV', path, `after row ${Math.max(records - 1, 0)}: ${errorMessage(err)}`);
    return;
  } finally {
    parser.destroy();
  }
  if (header === null) yield fileError('EMPTY_TEXT', path, 'no header');
  else if (records === 1 && skippedCount === 0) yield fileError('EMPTY_TEXT', path, 'a header but no rows');
}

function rowError(path: string, recordsSoFar: number, detail: string): IngestItem {
  return { kind: 'error', diagnostic: diagnostic('PARSE_CSV', path, `row ${recordsSoFar}`, detail) };
}

function hasTextColumn(header: readonly string[]): boolean {
  const names = new Set(header.map((name) => name.toLowerCase()));
  return FIELD_ALIASES.text.some((alias) => names.has(alias));
}
