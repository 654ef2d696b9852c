import type { ErrorCode } from '../../model/errors.js';

/** Why a fetch gave no body: the error code for the errors table and a plain reason. */
export interface FetchFailure {
  ok: false;
  url: string;
  code: ErrorCode;
  reason: string;
  /** Worth another attempt (429, 5xx, a dropped connection); a 404 or a bad URL is not. */
  retryable: boolean;
}

export function failure(url: string, reason: string, retryable = false, code: ErrorCode = 'FETCH_FAILED'): FetchFailure {
  return { ok: false, url, code, reason, retryable };
}

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS lookup failed',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
};

const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EAI_AGAIN']);

/** Turns what fetch() threw into a failure; undici hides the system error in `cause`. */
export function networkFailure(url: string, err: unknown, timeoutMs: number): FetchFailure {
  const error = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return failure(url, `timed out after ${timeoutMs} ms`, true);
  const code = error?.cause?.code;
  if (code && NETWORK_REASONS[code]) return failure(url, `${NETWORK_REASONS[code]} (${code})`, RETRYABLE_NETWORK.has(code));
  return failure(url, error?.cause?.message ?? error?.message ?? String(err), false);
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
