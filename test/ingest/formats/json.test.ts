import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../../src/ingest/formats/json.js';
import { resolveOptions } from '../../../src/ingest/types.js';
import { collect, makeTree, onlyArticle, onlyError } from '../helpers.js';

const options = resolveOptions();

describe('.json', () => {
  it('reads one article object', async () => {
    const dir = makeTree({ 'a.json': JSON.stringify({ title: 'T', published: '2025-04-14', text: 'Text.' }) });
    const items = await collect(readJsonFile(join(dir, 'a.json'), options));
    expect(items).toHaveLength(1);
    expect(onlyArticle(items[0])).toMatchObject({ item: null, article: { title: 'T', published: '2025-04-14', text: 'Text.' } });
  });

  it('reads an array, one item per element, and keeps going past bad elements', async () => {
    const dir = makeTree({
      'many.json': JSON.stringify([{ text: 'One.', date: '2025-04-14' }, 'oops', { title: 'no text' }, { body: 'Four.', date: '2025-04-31' }]),
    });
    const items = await collect(readJsonFile(join(dir, 'many.json'), options));
    expect(items.map((i) => (i.kind === 'article' ? i.item : i.diagnostic.item))).toEqual(['index 0', 'index 1', 'index 2', 'index 3']);
    expect(onlyArticle(items[0]).article.text).toBe('One.');
    expect(onlyError(items[1]).code).toBe('VALIDATION');
    expect(onlyError(items[2]).code).toBe('EMPTY_TEXT');
    expect(onlyArticle(items[3]).warnings.map((w) => w.code)).toEqual(['DATE_INVALID']);
  });

  it('reads a dev-gold-shaped file, ignoring the annotation fields', async () => {
    const { article } = onlyArticle(
      (await collect(readJsonFile(join(import.meta.dirname, '../../fixtures/ingest/gold-shaped.json'), options)))[0],
    );
    expect(article).toMatchObject({ published: '2025-04-14', url: null, source: 'project seed article', title: '' });
    expect(article.text.startsWith('On Monday, French Interior Minister')).toBe(true);
  });
});
