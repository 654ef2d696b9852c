import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../../src/ingest/pull/fetcher.js';
import { networkFailure, retryAfterMs } from '../../../src/ingest/pull/fetch-errors.js';
import { DEFAULT_USER_AGENT } from '../../../src/ingest/pull/fetch-options.js';
import { html, startServer, type TestServer } from './server.js';

let server: TestServer;
// No per-host delay and tiny backoffs keep the tests quick; nothing asserts on durations.
const fast = { perHostDelayMs: 0, backoffMs: 5, maxRetryAfterMs: 50, timeoutMs: 2_000 };

beforeAll(async () => {
  server = await startServer({
    '/page': html('<html><body><p>Hello</p></body></html>', { etag: '"v1"', 'last-modified': 'Mon, 14 Apr 2025 10:00:00 GMT' }),
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end('<p>fresh</p>');
    },
    '/slow': (_req, res) => {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 5_000);
      res.on('close', () => clearTimeout(timer));
    },
    '/loop': (_req, res) => void res.writeHead(302, { location: '/loop' }).end(),
    '/hop1': (_req, res) => void res.writeHead(301, { location: '/hop2' }).end(),
    '/hop2': (_req, res) => void res.writeHead(307, { location: '/page' }).end(),
    '/to-ftp': (_req, res) => void res.writeHead(302, { location: 'ftp://example.invalid/file' }).end(),
    '/error': (_req, res) => void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
    '/busy': (_req, res, hits) => {
      if (hits < 3) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>finally</p>');
    },
    '/big-declared': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000) }).end('x'.repeat(5_000)),
    '/big-streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1_000));
      res.end();
    },
  });
});

afterAll(() => server.close());

describe('Fetcher', () => {
  it('fetches a page with its validators and a clear User-Agent', async () => {
    const outcome = await new Fetcher(fast).fetch(server.url('/page'));
    expect(outcome).toMatchObject({ ok: true, notModified: false, status: 200, etag: '"v1"', lastModified: 'Mon, 14 Apr 2025 10:00:00 GMT' });
    expect(outcome.ok && !outcome.notModified && outcome.body.toString()).toContain('Hello');
    expect(server.lastHeaders.get('/page')?.['user-agent']).toBe(DEFAULT_USER_AGENT);
  });

  it('sends a conditional GET and reports 304 as not modified', async () => {
    const outcome = await new Fetcher(fast).fetch(server.url('/conditional'), { etag: '"v1"' });
    expect(outcome).toMatchObject({ ok: true, notModified: true });
    expect(server.lastHeaders.get('/conditional')?.['if-none-match']).toBe('"v1"');
  });

  it('gives up on a slow response after the timeout', async () => {
    const outcome = await new Fetcher({ ...fast, timeoutMs: 100, retries: 0 }).fetch(server.url('/slow'));
    expect(outcome).toMatchObject({ ok: false, code: 'FETCH_FAILED', reason: 'timed out after 100 ms' });
  });

  it('follows redirects up to the limit and stops a loop', async () => {
    expect(await new Fetcher(fast).fetch(server.url('/hop1'))).toMatchObject({ ok: true, url: server.url('/page') });
    const looped = await new Fetcher({ ...fast, maxRedirects: 3 }).fetch(server.url('/loop'));
    expect(looped).toMatchObject({ ok: false, reason: expect.stringContaining('more than 3 redirects') });
    expect(await new Fetcher({ ...fast, maxRedirects: 1 }).fetch(server.url('/hop1'))).toMatchObject({ ok: false });
  });

  it('fetches http and https only, also after a redirect', async () => {
    expect(await new Fetcher(fast).fetch('file:///etc/passwd')).toMatchObject({ ok: false, reason: expect.stringContaining('only http and https') });
    expect(await new Fetcher(fast).fetch(server.url('/to-ftp'))).toMatchObject({ ok: false, reason: expect.stringContaining('ftp:') });
  });

  it('reports 404 without retrying and 500 after the retries', async () => {
    const fetcher = new Fetcher({ ...fast, retries: 2 });
    expect(await fetcher.fetch(server.url('/missing'))).toMatchObject({ ok: false, code: 'FETCH_FAILED', reason: 'HTTP 404 Not Found' });
    expect(server.hits.get('/missing')).toBe(1);
    expect(await fetcher.fetch(server.url('/error'))).toMatchObject({ ok: false, reason: 'HTTP 500 Internal Server Error' });
    expect(server.hits.get('/error')).toBe(3);
  });

  it('retries a 429, honouring Retry-After, until it succeeds', async () => {
    const outcome = await new Fetcher({ ...fast, retries: 3 }).fetch(server.url('/busy'));
    expect(outcome).toMatchObject({ ok: true, status: 200 });
    expect(server.hits.get('/busy')).toBe(3);
  });

  it('refuses a body over the size limit, by Content-Length or while streaming', async () => {
    const fetcher = new Fetcher({ ...fast, maxBodyBytes: 2_000 });
    expect(await fetcher.fetch(server.url('/big-declared'))).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    expect(await fetcher.fetch(server.url('/big-streamed'))).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('keeps to the per-host concurrency limit', async () => {
    const local = await startServer({
      '/p': (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>'), 20),
    });
    try {
      const fetcher = new Fetcher({ ...fast, perHostConcurrency: 2, concurrency: 10 });
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => fetcher.fetch(local.url('/p'))));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(local.maxInFlight()).toBeLessThanOrEqual(2);
    } finally {
      await local.close();
    }
  });

  it('reports a refused connection as a fetch failure', async () => {
    const gone = await startServer();
    const url = gone.url('/x');
    await gone.close();
    expect(await new Fetcher({ ...fast, retries: 0 }).fetch(url)).toMatchObject({ ok: false, code: 'FETCH_FAILED', reason: expect.stringContaining('ECONNREFUSED') });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Mon, 14 Apr 2025 10:00:10 GMT', Date.parse('Mon, 14 Apr 2025 10:00:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});

describe('networkFailure', () => {
  it('names DNS failures, timeouts and resets, and says which are worth a retry', () => {
    const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND news.example.invalid' } });
    expect(networkFailure('https://news.example.invalid/', dns, 1000)).toMatchObject({ code: 'FETCH_FAILED', reason: 'DNS lookup failed (ENOTFOUND)', retryable: false });
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    expect(networkFailure('https://a.example/', timeout, 1000)).toMatchObject({ reason: 'timed out after 1000 ms', retryable: true });
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    expect(networkFailure('https://a.example/', reset, 1000)).toMatchObject({ reason: 'connection reset (ECONNRESET)', retryable: true });
  });
});
