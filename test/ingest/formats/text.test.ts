import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../../src/ingest/formats/text.js';
import { resolveOptions } from '../../../src/ingest/types.js';
import { collect, makeTree, onlyArticle, onlyError } from '../helpers.js';

const options = resolveOptions();

async function readOne(name: string, content: string) {
  const dir = makeTree({ [name]: content });
  const items = await collect(readTextArticle(join(dir, name), options));
  expect(items).toHaveLength(1);
  return items[0];
}

describe('.md and .txt', () => {
  it('reads front matter fields and the body', async () => {
    const item = onlyArticle(
      await readOne('a.md', '---\ntitle: "Pact signed"\npublished: 2025-04-14\nurl: https://example.org/p\nsource: Example News\n---\nThe two states signed a pact.\n'),
    );
    expect(item.article).toMatchObject({
      title: 'Pact signed',
      published: '2025-04-14',
      url: 'https://example.org/p',
      source: 'Example News',
      text: 'The two states signed a pact.',
    });
    expect(item.item).toBeNull();
  });

  it('takes a leading Markdown heading as the title when the front matter has none', async () => {
    const { article } = onlyArticle(await readOne('b.md', '---\ndate: April 14, 2025\n---\n\n# Ministers meet in Rabat\n\nBody text.\n'));
    expect(article).toMatchObject({ title: 'Ministers meet in Rabat', text: 'Body text.', published: '2025-04-14' });
  });

  it('keeps the heading in the text when the front matter has a title', async () => {
    const { article } = onlyArticle(await readOne('c.md', '---\ntitle: Given\n---\n# Heading\nBody.\n'));
    expect(article).toMatchObject({ title: 'Given', text: '# Heading\nBody.' });
  });

  it('never takes the first line of a .txt as a title', async () => {
    const { article } = onlyArticle(await readOne('d.txt', 'Ministers meet in Rabat\n\nBody text.\n'));
    expect(article).toMatchObject({ title: '', text: 'Ministers meet in Rabat\n\nBody text.' });
  });

  it('reads a plain text file without front matter, with a DATE_MISSING warning', async () => {
    const item = onlyArticle(await readOne('e.txt', 'Only text.'));
    expect(item.warnings.map((w) => w.code)).toEqual(['DATE_MISSING']);
  });

  it('does not let a "text:" key in the front matter replace the body', async () => {
    const { article } = onlyArticle(await readOne('f.md', '---\nText: not the body\n---\nThe body.\n'));
    expect(article.text).toBe('The body.');
  });

  it('reads a UTF-16 file with a byte-order mark', async () => {
    const dir = makeTree({ 'g.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Texte accentué.', 'utf16le')]) });
    const { article } = onlyArticle((await collect(readTextArticle(join(dir, 'g.txt'), options)))[0]);
    expect(article.text).toBe('Texte accentué.');
  });

  it('reports a missing file as READ_FAILED', async () => {
    const items = await collect(readTextArticle('/nonexistent/secfacts/x.txt', options));
    expect(onlyError(items[0]).code).toBe('READ_FAILED');
  });
});
