import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { PipelineResult } from '../extract/pipeline.js';
import type { Article } from '../model/article.js';

const pipeline = defaultPipeline();

export interface ExtractTask {
  /** Tells the main thread when this task starts, so its time budget counts from then. */
  key: number;
  article: Article;
}

/** Runs in a worker thread: one article in, its Doc and stage timings out. */
export default function extractInWorker(task: ExtractTask): PipelineResult {
  parentPort?.postMessage({ started: task.key });
  return pipeline.run(task.article);
}
