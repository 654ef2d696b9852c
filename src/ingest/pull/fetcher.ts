import PQueue from 'p-queue';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetch-options.js';
import { failure, networkFailure, retryAfterMs, type FetchFailure } from './fetch-errors.js';

export interface FetchedBody {
  ok: true;
  notModified: false;
  /** After redirects. */
  url: string;
  status: number;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
}

export interface NotModified {
  ok: true;
  notModified: true;
  url: string;
}

export type FetchOutcome = FetchedBody | NotModified | FetchFailure;

export interface FetchRequest {
  accept?: string;
  /** Validators from the previous fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches with a global concurrency limit, a per-host limit and delay, a timeout per attempt,
 * a body size cap, a redirect cap, http(s) only, and retries with backoff on 429/5xx that
 * honour Retry-After. Never throws: every problem is a FetchFailure with a reason.
 */
export class Fetcher {
  readonly options: FetchOptions;
  private readonly global: PQueue;
  private readonly hosts = new Map<string, PQueue>();

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = { ...DEFAULT_FETCH_OPTIONS, ...options };
    this.global = new PQueue({ concurrency: this.options.concurrency });
  }

  async fetch(url: string, request: FetchRequest = {}): Promise<FetchOutcome> {
    const checked = checkUrl(url);
    if (checked) return checked;
    const host = new URL(url).host;
    let outcome: FetchOutcome = failure(url, 'not attempted');
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      const { result, waitMs } = await this.hostQueue(host).add(() => this.global.add(() => this.attempt(url, request)));
      outcome = result;
      if (outcome.ok || !outcome.retryable || attempt === this.options.retries) break;
      await sleep(Math.min(waitMs ?? this.options.backoffMs * 2 ** attempt, this.options.maxRetryAfterMs));
    }
    return outcome;
  }

  private hostQueue(host: string): PQueue {
    let queue = this.hosts.get(host);
    if (!queue) {
      const delay = this.options.perHostDelayMs;
      queue = new PQueue({ concurrency: this.options.perHostConcurrency, ...(delay > 0 ? { interval: delay, intervalCap: 1 } : {}) });
      this.hosts.set(host, queue);
    }
    return queue;
  }

  /** One attempt, redirects followed by hand so each hop is counted and its scheme checked. */
  private async attempt(url: string, request: FetchRequest): Promise<{ result: FetchOutcome; waitMs: number | null }> {
    const { timeoutMs, maxRedirects } = this.options;
    const signal = AbortSignal.timeout(timeoutMs);
    let current = url;
    try {
      for (let hop = 0; ; hop++) {
        const response = await fetch(current, { redirect: 'manual', signal, headers: this.headers(request) });
        if (REDIRECT_STATUSES.has(response.status)) {
          await response.body?.cancel();
          const location = response.headers.get('location');
          if (!location) return done(failure(url, `HTTP ${response.status} redirect without a Location`));
          if (hop >= maxRedirects) return done(failure(url, `more than ${maxRedirects} redirects (last to ${location})`));
          const next = resolveRedirect(location, current);
          if (typeof next !== 'string') return done(next);
          current = next;
          continue;
        }
        return await this.finish(url, current, response);
      }
    } catch (err) {
      return done(networkFailure(url, err, timeoutMs));
    }
  }

  private async finish(url: string, finalUrl: string, response: Response): Promise<{ result: FetchOutcome; waitMs: number | null }> {
    if (response.status === 304) {
      await response.body?.cancel();
      return done({ ok: true, notModified: true, url: finalUrl });
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      return { result: failure(url, `HTTP ${response.status} ${response.statusText}`.trim(), true), waitMs: retryAfterMs(response.headers.get('retry-after')) };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      return done(failure(url, `HTTP ${response.status} ${response.statusText}`.trim()));
    }
    const body = await readCapped(response, this.options.maxBodyBytes);
    if (!Buffer.isBuffer(body)) return done(failure(url, body.reason, false, 'TOO_LARGE'));
    return done({
      ok: true,
      notModified: false,
      url: finalUrl,
      status: response.status,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      body,
    });
  }

  private headers(request: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: request.accept ?? 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    return headers;
  }
}

function done(result: FetchOutcome): { result: FetchOutcome; waitMs: null } {
  return { result, waitMs: null };
}

export function checkUrl(url: string): FetchFailure | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return failure(url, 'not a valid URL');
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : failure(url, `only http and https are fetched, not ${parsed.protocol}`);
}

function resolveRedirect(location: string, base: string): string | FetchFailure {
  let next: string;
  try {
    next = new URL(location, base).href;
  } catch {
    return failure(base, `redirect to an invalid URL: ${location}`);
  }
  return checkUrl(next) ?? next;
}

/** Reads the body, stopping as soon as it passes the cap instead of buffering a huge download. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer | { reason: string }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { reason: `Content-Length ${declared} bytes, limit ${maxBytes}` };
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done: finished, value } = await reader.read();
    if (finished) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { reason: `body over ${maxBytes} bytes` };
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
