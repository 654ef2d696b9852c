import { defaultPipeline } from '../extract/default-pipeline.js';
import type { PipelineResult } from '../extract/pipeline.js';
import type { Article } from '../model/article.js';

const pipeline = defaultPipeline();

/** Runs in a worker thread: one article in, its Doc and stage timings out. */
export default function extractInWorker(article: Article): PipelineResult {
  return pipeline.run(article);
}
