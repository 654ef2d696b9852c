import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import type { Diagnostic } from '../../src/model/errors.js';
import type { IngestItem } from '../../src/ingest/types.js';

/** Writes files (path -> content) into a fresh temp folder and returns the folder. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'secfacts-ingest-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function articles(items: IngestItem[]): Article[] {
  return items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
}

export function errors(items: IngestItem[]): Diagnostic[] {
  return items.flatMap((item) => (item.kind === 'error' ? [item.diagnostic] : []));
}

export function onlyArticle(item: IngestItem | undefined): Extract<IngestItem, { kind: 'article' }> {
  if (item?.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item;
}

export function onlyError(item: IngestItem | undefined): Diagnostic {
  if (item?.kind !== 'error') throw new Error(`expected an error item, got ${JSON.stringify(item)}`);
  return item.diagnostic;
}
