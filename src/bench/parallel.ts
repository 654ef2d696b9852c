import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { StageWorkerMessage } from './stage-worker.js';

/**
 * How much more work two threads do than one on this machine, measured on the extraction stages
 * themselves: the same articles on one worker thread, then on two at once (each doing all of
 * them), with nothing else running in the process. 2.0 is perfect scaling; a virtual machine
 * whose two cores share a physical core, caches or memory bandwidth gives less. No number of
 * workers can beat this ratio, whatever the pipeline does around them.
 */
export async function twoThreadsVersusOne(articles: readonly Article[]): Promise<number> {
  const one = await timeThreads(articles, 1);
  const two = await timeThreads(articles, 2);
  return (2 * one) / two;
}

/** Milliseconds from "go" until the last of `count` threads has run every stage over the articles. */
async function timeThreads(articles: readonly Article[], count: number): Promise<number> {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./stage-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;
  // From TypeScript source (tests, tsx) the worker registers the tsx loader before importing the
  // script: an eval'd worker does not apply `--import tsx` from its execArgv.
  const load = fromSource
    ? `import('tsx/esm/api').then(({ register }) => register()).then(() => import(${JSON.stringify(script)}));`
    : `import(${JSON.stringify(script)});`;
  const workers = Array.from({ length: count }, () => new Worker(load, { eval: true, workerData: articles }));
  try {
    const next = (worker: Worker) =>
      new Promise<StageWorkerMessage>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    await Promise.all(workers.map(next));
    const t0 = performance.now();
    const finished = workers.map(next);
    for (const worker of workers) worker.postMessage('go');
    await Promise.all(finished);
    return performance.now() - t0;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
