/**
 * A bench worker for the two-thread ratio (parallel.ts): runs every stage over the articles it
 * was given once to warm up, says it is ready, and on each "go" runs them again and reports the time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { Article } from '../model/article.js';

export type StageWorkerMessage = { ready: true } | { done: true; ms: number };

const articles = workerData as Article[];
const pipeline = defaultPipeline();
const pass = () => {
  for (const article of articles) pipeline.run(article);
};

pass();
parentPort!.on('message', () => {
  const t0 = performance.now();
  pass();
  parentPort!.postMessage({ done: true, ms: performance.now() - t0 } satisfies StageWorkerMessage);
});
parentPort!.postMessage({ ready: true } satisfies StageWorkerMessage);
