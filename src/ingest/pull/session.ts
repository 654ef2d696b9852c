import type { IngestOptions } from '../types.js';
import { MemoryFetchCache, type FetchCache } from './fetch-cache.js';
import type { FetchOptions } from './fetch-options.js';
import { Fetcher } from './fetcher.js';

/** What a run passes to readInputs for inputs that are fetched. */
export interface PullOptions {
  fetch?: Partial<FetchOptions>;
  /** State across runs; an in-memory cache (nothing remembered) when absent. */
  cache?: FetchCache;
}

/** One fetcher (so limits hold across all inputs of a run) and one cache per run. */
export interface PullSession {
  fetcher: Fetcher;
  cache: FetchCache;
}

// Readers get only IngestOptions (the FormatReader signature), so the run's session is found
// through the options object it was bound to; unbound options get a default session.
const sessions = new WeakMap<IngestOptions, PullSession>();

export function bindPullSession(options: IngestOptions, pull: PullOptions = {}): PullSession {
  const session = { fetcher: new Fetcher(pull.fetch), cache: pull.cache ?? new MemoryFetchCache() };
  sessions.set(options, session);
  return session;
}

export function pullSessionFor(options: IngestOptions): PullSession {
  return sessions.get(options) ?? bindPullSession(options);
}

export async function flushPullSession(options: IngestOptions): Promise<void> {
  await sessions.get(options)?.cache.flush();
}
