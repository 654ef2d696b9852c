import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/ingest/index.js';
import { contentKind } from '../../../src/ingest/pull/content-kind.js';
import { parseFeed } from '../../../src/ingest/pull/feed.js';
import { identifyLanguage } from '../../../src/ingest/pull/language.js';
import { dateFromUrl, hasDateMarkup } from '../../../src/ingest/pull/page-date.js';
import { extractPage } from '../../../src/ingest/pull/page.js';
import { parseUrlList } from '../../../src/ingest/pull/url-list.js';
import { articles, collect, errors } from '../helpers.js';
import { ENGLISH_PARAGRAPHS, html, startServer, xml, type TestServer } from './server.js';

const PUNCTUATION = '!?.,;:-"\'()[]{}<>/#&'.repeat(5_000);
const REPEATED = 'security '.repeat(12_000);

let server: TestServer;
const fetch = { perHostDelayMs: 0, retries: 0, timeoutMs: 2_000 };

beforeAll(async () => {
  server = await startServer({
    '/nav-only': html('<html><body><nav><a href="/">Home</a><a href="/world">World</a></nav><footer>Contact us</footer></body></html>'),
    '/not-a-feed.xml': xml('<?xml version="1.0"?><catalog><book>x</book></catalog>', 'application/xml'),
    '/json': (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"text":"not a page"}'),
    '/junk': html(`<html><body><p>${PUNCTUATION}</p></body></html>`),
  });
});

afterAll(() => server.close());

describe('pages and feeds that must not give an article', () => {
  it('refuses a page without article text, a non-feed XML document and JSON', async () => {
    const items = await collect(readInputs([server.url('/nav-only'), server.url('/not-a-feed.xml'), server.url('/json'), server.url('/junk')], { pull: { fetch } }));
    expect(articles(items)).toEqual([]);
    expect(errors(items).map((d) => d.code)).toEqual(['EMPTY_TEXT', 'PARSE_FEED', 'INPUT_UNSUPPORTED', 'EMPTY_TEXT']);
  });

  it('finds no items in a feed without items and no date where there is none', () => {
    const empty = parseFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>');
    expect(empty.ok && empty.feed.items).toEqual([]);
    expect(extractPage(`<html><body><p>${ENGLISH_PARAGRAPHS.join(' ')}</p></body></html>`, 'https://a.example/world/pact').published).toBeNull();
    expect(dateFromUrl('https://a.example/products/12345678')).toBeNull();
    expect(hasDateMarkup('<html><body><p>Updated daily</p></body></html>')).toBe(false);
  });
});

describe('junk input stays cheap and fact-free', () => {
  it.each([
    ['punctuation', PUNCTUATION],
    ['repeated words', REPEATED],
  ])('%s', (_name, junk) => {
    expect(parseFeed(junk).ok).toBe(false);
    expect(parseUrlList(junk).urls).toEqual([]);
    expect(contentKind('text/plain', junk.slice(0, 1024))).toBe('other');
    expect(hasDateMarkup(junk)).toBe(false);
    expect(extractPage(junk).published).toBeNull();
    expect(identifyLanguage(junk).lang).toMatch(/^[a-z]{2,3}$/);
  });
});
