/** Reads gold articles from files and folders, refusing invalid gold with the place it is wrong. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { SecfactsError } from '../model/errors.js';
import { GoldArticleSchema, type GoldArticle } from './gold-schema.js';

const GOLD_EXTENSIONS = new Set(['.json', '.jsonl']);
/** Zod issues shown per invalid article; the first few locate the problem well enough. */
const MAX_ISSUES_SHOWN = 3;

/**
 * Reads every gold article under `paths` (files, or folders searched recursively for *.json
 * and *.jsonl), in a stable order: paths as given, files sorted within a folder.
 * Throws a SecfactsError naming the file, the line or item, and the field at fault.
 */
export async function readGold(paths: readonly string[]): Promise<GoldArticle[]> {
  const files = await goldFiles(paths);
  const articles: GoldArticle[] = [];
  const seenAt = new Map<string, string>();
  for (const file of files) {
    for (const { article, where } of await readGoldFile(file)) {
      const previous = seenAt.get(article.id);
      if (previous !== undefined) {
        throw new SecfactsError('VALIDATION', `${where}: duplicate gold id "${article.id}", already used at ${previous}`);
      }
      seenAt.set(article.id, where);
      articles.push(article);
    }
  }
  return articles;
}

async function goldFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new SecfactsError('INPUT_NOT_FOUND', `gold path not found: ${path}`);
    if (info.isDirectory()) {
      const found = await goldFilesUnder(path);
      if (found.length === 0) throw new SecfactsError('INPUT_NOT_FOUND', `no *.json or *.jsonl gold file under ${path}`);
      found.forEach(add);
    } else if (GOLD_EXTENSIONS.has(extname(path).toLowerCase())) {
      add(path);
    } else {
      throw new SecfactsError('INPUT_UNSUPPORTED', `${path}: gold files are *.json or *.jsonl`);
    }
  }
  return files;
}

async function goldFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    // Hidden files and folders are editor or VCS leftovers, not gold.
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await goldFilesUnder(path)));
    else if (entry.isFile() && GOLD_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

interface LocatedArticle {
  article: GoldArticle;
  /** "file line 3", "file item 2" or "file": where the article came from, for messages. */
  where: string;
}

async function readGoldFile(file: string): Promise<LocatedArticle[]> {
  let content: string;
  try {
    content = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new SecfactsError('READ_FAILED', `${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return extname(file).toLowerCase() === '.jsonl' ? readJsonLines(file, content) : readJsonFile(file, content);
}

function readJsonFile(file: string, content: string): LocatedArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new SecfactsError('PARSE_JSON', `${file}: ${jsonErrorWithPlace(error, content)}`);
  }
  if (Array.isArray(data)) {
    return data.map((item, index) => validated(item, `${file} item ${index}`));
  }
  return [validated(data, file)];
}

function readJsonLines(file: string, content: string): LocatedArticle[] {
  const articles: LocatedArticle[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file} line ${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new SecfactsError('PARSE_JSON', `${where}: ${jsonErrorWithPlace(error, line)}`);
    }
    articles.push(validated(data, where));
  });
  return articles;
}

function validated(data: unknown, where: string): LocatedArticle {
  const result = GoldArticleSchema.safeParse(data);
  if (!result.success) {
    const id = typeof data === 'object' && data !== null && 'id' in data ? ` (id ${JSON.stringify(data.id)})` : '';
    throw new SecfactsError('VALIDATION', `${where}${id}: invalid gold article: ${describeIssues(result.error.issues)}`);
  }
  return { article: result.data, where };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** "entities[2].type" for the path ["entities", 2, "type"]. */
function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(article)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Node 20 reports JSON errors by character position only; a line and column are easier to find. */
function jsonErrorWithPlace(error: unknown, content: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined || /\(line \d+ column \d+\)/.test(message)) return `malformed JSON: ${message}`;
  const before = content.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  const place = content.includes('\n') ? `line ${line} column ${column}` : `column ${column}`;
  return `malformed JSON at ${place}: ${message}`;
}
