import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { StageWorkerMessage } from './stage-worker.js';

/**
 * How much more work two threads do than one on this machine, measured on the extraction stages
 * themselves: the same articles on one worker thread, then on two at once (each doing all of
 * them), with nothing else running in the process; the best of `rounds` for each, since a
 * virtual machine's neighbours only ever slow a round down. 2.0 is perfect scaling; a virtual
 * machine whose two cores share a physical core, caches or memory bandwidth gives less.
 */
export async function twoThreadsVersusOne(articles: readonly Article[], rounds = 3): Promise<number> {
  const one = await timeThreads(articles, 1, rounds);
  const two = await timeThreads(articles, 2, rounds);
  return (2 * one) / two;
}

/** Fewest milliseconds, over `rounds`, from "go" until the last of `count` threads has run every stage over the articles. */
async function timeThreads(articles: readonly Article[], count: number, rounds: number): Promise<number> {
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
    let best = Infinity;
    for (let round = 0; round < rounds; round++) {
      const t0 = performance.now();
      const finished = workers.map(next);
      for (const worker of workers) worker.postMessage('go');
      await Promise.all(finished);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
