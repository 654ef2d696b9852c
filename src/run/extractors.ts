import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Pipeline, PipelineResult } from '../extract/pipeline.js';
import type { Article } from '../model/article.js';
import { createDoc } from '../model/doc.js';
import type { DocLayers, ExtractReply, ExtractTask } from './extract-worker.js';

/** The outcome of extracting one article: the pipeline's result, the budget ran out, or its worker died. */
export type Extraction =
  | { kind: 'done'; result: PipelineResult }
  | { kind: 'timeout'; budgetMs: number }
  | { kind: 'worker-failed'; reason: string };

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
 * Extraction on a pool of worker threads. An article still running `budgetMs` after it started
 * has its worker terminated (Piscina replaces it) and comes back as a timeout, so one
 * pathological article costs its budget, not the batch. Two articles per worker may be in
 * flight, so that a worker always has the next one while the main thread writes; the budget
 * clock starts when the worker says it began, not while the article waits in the queue.
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
    // Run and wait-time histograms cost main-thread time per task, and nothing reads them.
    recordTiming: false,
  });
  const startClock = new Map<number, () => void>();
  pool.on('message', (message: { started?: number }) => {
    if (message.started !== undefined) startClock.get(message.started)?.();
  });
  let nextKey = 0;
  return {
    capacity: workers * 2,
    async extract(article) {
      const key = nextKey++;
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      startClock.set(key, () => (timer = setTimeout(() => controller.abort(), budgetMs)));
      const task: ExtractTask = { key, article };
      try {
        const { layers, ...rest } = (await pool.run(task, { signal: controller.signal })) as ExtractReply;
        const doc = { ...createDoc(article), ...(JSON.parse(layers) as DocLayers) };
        return { kind: 'done', result: { ...rest, doc } };
      } catch (error) {
        return failedExtraction(error, budgetMs);
      } finally {
        clearTimeout(timer);
        startClock.delete(key);
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * What a rejected worker task means for its article: stopped at the budget, or its worker died
 * (Piscina replaces it). Either way the article is recorded as failed and the run goes on.
 */
export function failedExtraction(error: unknown, budgetMs: number): Extraction {
  if (isAbort(error)) return { kind: 'timeout', budgetMs };
  return { kind: 'worker-failed', reason: error instanceof Error ? error.message : String(error) };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || /abort/i.test(error.message));
}
