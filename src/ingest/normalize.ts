import { ArticleSchema, articleId } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/errors.js';
import { binaryRatio, cleanText } from '../model/text.js';
import { datelineDate } from './dateline.js';
import { normalizePublished } from './dates.js';
import { FIELD_ALIASES, type ArticleField } from './fields.js';
import { DEFAULT_INGEST_OPTIONS, type IngestItem, type RawArticle } from './types.js';

/** Above this share of impossible characters a text is decoded binary, not prose. */
export const MAX_BINARY_RATIO = 0.05;
const BINARY_SAMPLE_CHARS = 4096;

export interface NormalizeOptions {
  maxTextBytes: number;
}

/**
 * The one path every ingested article takes, whatever its format: field aliases resolved,
 * text cleaned, id computed, date normalized, then validated against ArticleSchema.
 * Problems that lose the article are error items; a missing or bad date only warns,
 * so the text is not lost.
 */
export function toArticle(
  raw: RawArticle,
  source: string,
  item: string | null,
  options: NormalizeOptions = DEFAULT_INGEST_OPTIONS,
): IngestItem {
  const fields = pickFields(raw);
  const fail = (code: Parameters<typeof diagnostic>[0], detail?: string): IngestItem => ({
    kind: 'error',
    diagnostic: diagnostic(code, source, item, detail),
  });

  const rawText = fields.text;
  if (rawText === undefined || rawText === null) return fail('EMPTY_TEXT', 'no text, body or content field');
  if (typeof rawText !== 'string') return fail('VALIDATION', `text must be a string, got ${describe(rawText)}`);
  if (Buffer.byteLength(rawText, 'utf8') > options.maxTextBytes) {
    return fail('TOO_LARGE', `text is over ${options.maxTextBytes} bytes`);
  }
  if (binaryRatio(rawText.slice(0, BINARY_SAMPLE_CHARS)) > MAX_BINARY_RATIO) return fail('BINARY_CONTENT');
  // Leading and trailing blank lines carry no meaning; trimming keeps offsets stable across formats.
  const text = cleanText(rawText).trim();
  if (text === '') return fail('EMPTY_TEXT');

  const warnings: Diagnostic[] = [];
  let date = normalizePublished(fields.published);
  if (date.status === 'missing') {
    // A bad date in the metadata is reported, not replaced; only an absent one is looked for.
    const dateline = datelineDate(text);
    if (dateline) {
      date = { status: 'ok', value: dateline.value };
      warnings.push(diagnostic('DATE_FROM_TEXT', source, item, `"${dateline.value}" from line ${dateline.line} of the text`, 'warning'));
    } else {
      warnings.push(diagnostic('DATE_MISSING', source, item, undefined, 'warning'));
    }
  }
  if (date.status === 'invalid') warnings.push(diagnostic('DATE_INVALID', source, item, date.reason, 'warning'));

  const candidate = {
    id: articleId(text),
    url: optionalString(fields.url),
    title: optionalString(fields.title) ?? '',
    published: date.status === 'ok' ? date.value : null,
    source: optionalString(fields.source),
    lang: optionalString(fields.lang) ?? 'en',
    text,
  };
  const parsed = ArticleSchema.safeParse(candidate);
  if (!parsed.success) return fail('VALIDATION', plainIssues(parsed.error.issues));
  return { kind: 'article', article: parsed.data, source, item, warnings };
}

/** Case-insensitive alias lookup; the first alias present (even if empty) wins. */
export function pickFields(raw: RawArticle): Partial<Record<ArticleField, unknown>> {
  const byLowerName = new Map<string, unknown>();
  for (const [key, value] of Object.entries(raw)) {
    const name = key.trim().toLowerCase();
    if (!byLowerName.has(name)) byLowerName.set(name, value);
  }
  const picked: Partial<Record<ArticleField, unknown>> = {};
  for (const field of Object.keys(FIELD_ALIASES) as ArticleField[]) {
    const alias = FIELD_ALIASES[field].find((name) => byLowerName.has(name));
    if (alias !== undefined) picked[field] = byLowerName.get(alias);
  }
  return picked;
}

/** Empty strings count as absent: CSV cells and front matter often carry blank values. Non-strings are kept so validation can name them. */
function optionalString(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = cleanText(value).replace(/\s+/g, ' ').trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value as string; // let the schema report the wrong type in plain words
}

function plainIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || 'article'}: ${issue.message}`).join('; ');
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
