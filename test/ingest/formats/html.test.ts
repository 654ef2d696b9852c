import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToRawArticle, readHtmlFile } from '../../../src/ingest/formats/html.js';
import { resolveOptions } from '../../../src/ingest/types.js';
import { collect, onlyArticle } from '../helpers.js';

const options = resolveOptions();
const fixture = join(import.meta.dirname, '../../fixtures/ingest/article.html');

describe('.html', () => {
  it('reads title, url, date, site and paragraph text of an article page', async () => {
    const items = await collect(readHtmlFile(fixture, options));
    const { article, warnings } = onlyArticle(items[0]);
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      title: 'Ministers agree joint task force',
      url: 'https://news.example.org/2025/04/14/task-force',
      published: '2025-04-14T09:30:00+01:00',
      source: 'Example News',
      lang: 'en',
    });
    expect(article.text).toContain('in Rabat.\n');
    expect(article.text).toContain('The task force will verify');
    expect(article.text).not.toMatch(/trackPageView|color: red|Home/);
  });

  it('falls back to the body text and finds a <time datetime> date', () => {
    const raw = htmlToRawArticle('<html><head><title>T</title></head><body><p>Short one.</p><time datetime="2025-04-14">Monday</time><p>Short two.</p></body></html>');
    expect(raw).toMatchObject({ title: 'T', published: '2025-04-14', text: 'Short one.\nMonday\nShort two.' });
  });

  it('reads article:published_time meta before other hints', () => {
    const raw = htmlToRawArticle(
      '<html><head><meta property="article:published_time" content="2025-04-13"><meta name="date" content="2025-01-01"></head><body><p>x</p></body></html>',
    );
    expect(raw.published).toBe('2025-04-13');
  });

  it('survives malformed markup and bad JSON-LD', () => {
    const raw = htmlToRawArticle('<html><head><script type="application/ld+json">{oops</script></head><body><div><p>Unclosed <b>bold<p>Next');
    expect(raw.published).toBeNull();
    expect(raw.text).toContain('Unclosed bold');
  });
});
