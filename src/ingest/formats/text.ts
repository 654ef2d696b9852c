import { diagnostic } from '../../model/errors.js';
import { splitFrontMatter } from '../front-matter.js';
import { pickFields, toArticle } from '../normalize.js';
import { readTextFile } from '../read-file.js';
import { FIELD_ALIASES } from '../fields.js';
import type { IngestItem, IngestOptions, RawArticle } from '../types.js';

const MARKDOWN_HEADING = /^#{1,2}[ \t]+(\S.*?)[ \t#]*$/;
const MAX_TITLE_CHARS = 200;

/**
 * .txt and .md: one article per file; optional YAML front matter (title, published/date, url,
 * source, lang); the body is the text. Without a title in the front matter, a Markdown file
 * that opens with a "#" or "##" heading takes it as the title and the heading leaves the text.
 * A plain-text first line is never taken as a title: in news text it is as often a lead sentence
 * or a dateline, and guessing would silently drop a sentence.
 */
export async function* readTextArticle(path: string, options: IngestOptions): AsyncIterable<IngestItem> {
  const file = await readTextFile(path, options.maxFileBytes);
  if (!file.ok) {
    yield file.error;
    return;
  }
  const split = splitFrontMatter(file.text);
  if (!split.ok) {
    yield { kind: 'error', diagnostic: diagnostic('PARSE_FRONT_MATTER', path, null, split.reason) };
    return;
  }
  const raw: RawArticle = { ...withoutTextFields(split.data), text: split.body };
  if (isMarkdown(path) && pickFields(split.data).title === undefined) {
    const heading = leadingHeading(split.body);
    if (heading) Object.assign(raw, { title: heading.title, text: heading.rest });
  }
  yield toArticle(raw, path, null, options);
}

/** The body is the text; a "text:" key in the front matter must not replace it. */
function withoutTextFields(data: Record<string, unknown>): Record<string, unknown> {
  const textNames: readonly string[] = FIELD_ALIASES.text;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !textNames.includes(key.trim().toLowerCase())));
}

function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

function leadingHeading(body: string): { title: string; rest: string } | null {
  const start = body.search(/\S/);
  if (start === -1) return null;
  const newline = body.indexOf('\n', start);
  const line = body.slice(start, newline === -1 ? body.length : newline);
  if (line.length > MAX_TITLE_CHARS) return null;
  const m = MARKDOWN_HEADING.exec(line.trimEnd());
  return m ? { title: m[1]!, rest: newline === -1 ? '' : body.slice(newline + 1) } : null;
}
