import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/ingest/index.js';
import { JsonFileFetchCache, MemoryFetchCache } from '../../../src/ingest/pull/fetch-cache.js';
import { articles, collect, errors } from '../helpers.js';
import { articlePage, ENGLISH_PARAGRAPHS, FRENCH_PARAGRAPHS, html, rss, startServer, xml, type TestServer } from './server.js';

let server: TestServer;
const fetch = { perHostDelayMs: 0, backoffMs: 5, maxRetryAfterMs: 20, retries: 1, timeoutMs: 2_000 };
const page = (title: string, date = '2025-04-14T09:00:00Z') =>
  html(articlePage(title, ENGLISH_PARAGRAPHS, `<meta property="article:published_time" content="${date}"><meta property="og:site_name" content="Example News">`));

beforeAll(async () => {
  server = await startServer({
    '/a1': page('Agreement one'),
    '/a2': page('Agreement two'),
    '/a3': page('Agreement three'),
    '/fr': html(articlePage('Accord naval', FRENCH_PARAGRAPHS)),
    '/undated': html(articlePage('No date in the page', ENGLISH_PARAGRAPHS)),
    '/pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    '/empty': html('<html><body><div></div></body></html>'),
    '/broken.rss': xml('<rss><channel><item><title>x</channel></rss>'),
    '/error': (_req, res) => void res.writeHead(500).end(),
  });
});

afterAll(() => server.close());

describe('reading URLs', () => {
  it('reads a page URL into an article with metadata, mixed with local inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secfacts-pull-'));
    writeFileSync(join(dir, 'local.txt'), 'A local article text.');
    const items = await collect(readInputs([server.url('/a1'), join(dir, 'local.txt')], { pull: { fetch } }));
    expect(errors(items)).toEqual([]);
    const [fetched, local] = articles(items);
    expect(fetched).toMatchObject({ title: 'Agreement one', url: server.url('/a1'), published: '2025-04-14T09:00:00Z', source: 'Example News', lang: 'en' });
    expect(fetched!.text).toContain('joint naval exercises');
    expect(fetched!.text).not.toContain('Home');
    expect(local!.text).toBe('A local article text.');
    expect(items[0]).toMatchObject({ kind: 'article', source: server.url('/a1') });
  });

  it('marks a page in another language with its language', async () => {
    const items = await collect(readInputs([server.url('/fr')], { pull: { fetch } }));
    expect(articles(items)[0]?.lang).toBe('fr');
  });

  it('reads a feed: one article per item page, the feed date used when the page has none', async () => {
    server.route(
      '/feed.rss',
      xml(rss([{ title: 'One', link: server.url('/a1'), guid: 'g1' }, { title: 'Undated', link: server.url('/undated'), guid: 'g2', date: 'Mon, 14 Apr 2025 08:00:00 +0000' }])),
    );
    const items = await collect(readInputs([server.url('/feed.rss')], { pull: { fetch } }));
    expect(errors(items)).toEqual([]);
    expect(articles(items).map((a) => [a.title, a.published])).toEqual([
      ['Agreement one', '2025-04-14T09:00:00Z'],
      ['No date in the page', '2025-04-14T08:00:00+00:00'],
    ]);
  });

  it('re-polls a feed with a conditional GET and brings only new items', async () => {
    let version = 1;
    server.route('/polled.rss', (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      const items = [{ title: 'Two', link: server.url('/a2'), guid: 'p2' }];
      if (version >= 2) items.push({ title: 'Three', link: server.url('/a3'), guid: 'p3' });
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(items));
    });
    const cache = new MemoryFetchCache();
    const first = await collect(readInputs([server.url('/polled.rss')], { pull: { fetch, cache } }));
    expect(articles(first).map((a) => a.title)).toEqual(['Agreement two']);
    const unchanged = await collect(readInputs([server.url('/polled.rss')], { pull: { fetch, cache } }));
    expect(unchanged).toEqual([]);
    expect(server.lastHeaders.get('/polled.rss')?.['if-none-match']).toBe('"v1"');
    version = 2;
    const second = await collect(readInputs([server.url('/polled.rss')], { pull: { fetch, cache } }));
    expect(articles(second).map((a) => a.title)).toEqual(['Agreement three']);
  });

  it('records each failure with URL, stage and reason, and goes on', async () => {
    const items = await collect(
      readInputs([server.url('/missing'), server.url('/error'), server.url('/pdf'), server.url('/empty'), server.url('/broken.rss'), server.url('/a1')], {
        pull: { fetch },
      }),
    );
    expect(errors(items).map((d) => [d.source.replace(server.base, ''), d.item, d.code])).toEqual([
      ['/missing', 'fetch', 'FETCH_FAILED'],
      ['/error', 'fetch', 'FETCH_FAILED'],
      ['/pdf', 'fetch', 'INPUT_UNSUPPORTED'],
      ['/empty', 'page', 'EMPTY_TEXT'],
      ['/broken.rss', 'feed', 'PARSE_FEED'],
    ]);
    expect(errors(items)[0]?.message).toContain('HTTP 404');
    expect(articles(items)).toHaveLength(1);
  });

  it('on a rerun skips what succeeded and retries what failed (JSON file cache)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secfacts-cache-'));
    const cachePath = join(dir, 'fetch-cache.json');
    let healthy = false;
    server.route('/flaky', (_req, res) => {
      if (healthy) html(articlePage('Recovered', ENGLISH_PARAGRAPHS))(_req, res, 0);
      else res.writeHead(503).end();
    });
    const list = join(dir, 'pages.urls');
    writeFileSync(list, `# pages to read\n${server.url('/a1')}\n\n${server.url('/flaky')}  # flaky one\nnot a url\n`);
    const run = async () => collect(readInputs([list], { pull: { fetch, cache: await JsonFileFetchCache.open(cachePath) } }));

    const first = await run();
    expect(articles(first).map((a) => a.title)).toEqual(['Agreement one']);
    expect(errors(first).map((d) => [d.item, d.code])).toEqual([
      ['line 5', 'VALIDATION'],
      ['fetch', 'FETCH_FAILED'],
    ]);
    const hitsBefore = server.hits.get('/a1');
    healthy = true;
    const second = await run();
    expect(articles(second).map((a) => a.title)).toEqual(['Recovered']);
    expect(server.hits.get('/a1')).toBe(hitsBefore);
  });

  it('takes a full-text item from the feed when its page cannot be used, keeping the problem as a warning', async () => {
    const body = Array.from({ length: 4 }, () => ENGLISH_PARAGRAPHS.join(' ')).join('</p><p>');
    server.route(
      '/fulltext.rss',
      xml(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Full text</title><link>${server.url('/gone')}</link><guid>f1</guid><pubDate>Mon, 14 Apr 2025 08:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>
<item><title>Summary only</title><link>${server.url('/gone2')}</link><guid>f2</guid><description>Short summary.</description></item>
</channel></rss>`),
    );
    const items = await collect(readInputs([server.url('/fulltext.rss')], { pull: { fetch } }));
    expect(items.map((i) => i.kind)).toEqual(['article', 'error']);
    expect(items[0]).toMatchObject({
      kind: 'article',
      article: { title: 'Full text', url: server.url('/gone'), published: '2025-04-14T08:00:00Z', source: 'Wire', lang: 'en' },
      warnings: [{ code: 'FETCH_FAILED', severity: 'warning', item: 'fetch' }],
    });
    expect(errors(items)).toMatchObject([{ code: 'FETCH_FAILED', source: server.url('/gone2'), item: 'fetch' }]);
  });

  it('reads a saved feed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secfacts-feedfile-'));
    const file = join(dir, 'saved.rss');
    writeFileSync(file, rss([{ title: 'One', link: server.url('/a1') }]));
    const items = await collect(readInputs([file], { pull: { fetch } }));
    expect(articles(items).map((a) => a.title)).toEqual(['Agreement one']);
  });
});
