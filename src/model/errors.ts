/**
 * Every error and warning secfacts records has a code from this table, so that an analyst
 * can group the `errors` table by code and a script can rely on the names.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'no file, folder or glob matched this input',
  INPUT_UNSUPPORTED: 'the file type is not one secfacts reads',
  READ_FAILED: 'the file could not be read',
  BINARY_CONTENT: 'the content is binary, not text',
  TOO_LARGE: 'the item is larger than the configured limit',
  PARSE_JSON: 'malformed JSON',
  PARSE_CSV: 'malformed CSV',
  PARSE_FRONT_MATTER: 'malformed front matter',
  PARSE_HTML: 'the HTML could not be read',
  PARSE_FEED: 'the feed is malformed or not RSS/Atom',
  VALIDATION: 'the item does not fit the Article schema',
  EMPTY_TEXT: 'the article has no text',
  DATE_MISSING: 'the article has no publication date; relative dates stay unresolved',
  DATE_FROM_TEXT: 'the source gave no publication date; the date on a line of its own at the top of the text is taken as it',
  DATE_INVALID: 'the publication date is not a real date',
  STAGE_FAILED: 'an extraction stage threw on this article',
  TIME_BUDGET: 'extraction took longer than the per-article time budget and was stopped',
  WORKER_FAILED: 'the worker thread extracting this article died (out of memory, or a crash) and was replaced',
  FETCH_FAILED: 'the URL could not be fetched',
  DB_FAILED: 'the database could not be opened or written',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type Severity = 'error' | 'warning';

/** A problem tied to one item of one source; recorded, never thrown past the item. */
export interface Diagnostic {
  code: ErrorCode;
  severity: Severity;
  message: string;
  /** The input the item came from: a path, URL or "-" for stdin. */
  source: string;
  /** Where inside the source: "line 3", "row 12", "index 0", a stage name; null for the whole source. */
  item: string | null;
}

/** Thrown for fatal conditions only (no inputs, unwritable database); item-level problems are Diagnostics. */
export class SecfactsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SecfactsError';
  }
}

export function diagnostic(
  code: ErrorCode,
  source: string,
  item: string | null,
  detail?: string,
  severity: Severity = 'error',
): Diagnostic {
  const message = detail ? `${ERROR_CODES[code]}: ${detail}` : ERROR_CODES[code];
  return { code, severity, message, source, item };
}
