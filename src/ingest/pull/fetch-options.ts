/** How politely and how defensively URLs are fetched. */
export interface FetchOptions {
  /** Requests in flight across all hosts. */
  concurrency: number;
  /** Requests in flight to one host. */
  perHostConcurrency: number;
  /** Least time between the starts of two requests to one host. */
  perHostDelayMs: number;
  /** One attempt, headers and body included. */
  timeoutMs: number;
  /** A body larger than this is refused (TOO_LARGE), by Content-Length or while streaming. */
  maxBodyBytes: number;
  maxRedirects: number;
  /** Further attempts after a 429, a 5xx or a dropped connection. */
  retries: number;
  /** First wait before a retry, doubled each time, when the server sends no Retry-After. */
  backoffMs: number;
  /** A Retry-After longer than this is cut to it, so one server cannot stall the run. */
  maxRetryAfterMs: number;
  userAgent: string;
}

export const DEFAULT_USER_AGENT = 'secfacts/0.1 (security-cooperation news research; polite batch fetcher)';

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  concurrency: 8,
  perHostConcurrency: 2,
  perHostDelayMs: 500,
  timeoutMs: 20_000,
  maxBodyBytes: 10_000_000,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  userAgent: DEFAULT_USER_AGENT,
};
