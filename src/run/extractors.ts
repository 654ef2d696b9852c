import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Pipeline, PipelineResult } from '../extract/pipeline.js';
import type { Article } from '../model/article.js';

/** The outcome of extracting one article: the pipeline's result, or the budget ran out. */
export type Extraction = { kind: 'done'; result: PipelineResult } | { kind: 'timeout'; budgetMs: number };

export interface Extractor {
  /** How many articles may be in flight at once without queueing. */
  readonly capacity: number;
  extract(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

export const DEFAULT_WORKERS = availableParallelism();

/** Extraction on the calling thread: no time budget, for custom pipelines and small jobs. */
export function inProcessExtractor(pipeline: Pipeline): Extractor {
  return {
    capacity: 1,
    extract: async (article) => ({ kind: 'done', result: pipeline.run(article) }),
    close: async () => undefined,
  };
}

/**
 * Extraction on a pool of worker threads. An article still running after `budgetMs` has its
 * worker terminated (Piscina replaces it) and comes back as a timeout, so one pathological
 * article costs its budget, not the batch.
 */
export function workerExtractor(workers: number, budgetMs: number): Extractor {
  const fromSource = import.meta.url.endsWith('.ts');
  const pool = new Piscina({
    filename: new URL(`./extract-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Under vitest or tsx the worker is TypeScript source; compiled runs need no loader.
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    idleTimeout: 60_000,
  });
  return {
    capacity: workers,
    async extract(article) {
      try {
        const result = (await pool.run(article, { signal: AbortSignal.timeout(budgetMs) })) as PipelineResult;
        return { kind: 'done', result };
      } catch (error) {
        if (isAbort(error)) return { kind: 'timeout', budgetMs };
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || /abort/i.test(error.message));
}
