import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { PipelineResult } from '../extract/pipeline.js';
import type { Article } from '../model/article.js';
import type { Doc } from '../model/doc.js';

const pipeline = defaultPipeline();

export interface ExtractTask {
  /** Tells the main thread when this task starts, so its time budget counts from then. */
  key: number;
  article: Article;
}

/** What comes back: the Doc without the article, which the main thread has already. */
export interface ExtractReply extends Omit<PipelineResult, 'doc'> {
  layers: Omit<Doc, 'article' | 'text' | 'anchor'>;
}

/** Runs in a worker thread: one article in, its facts and stage timings out. */
export default function extractInWorker(task: ExtractTask): ExtractReply {
  parentPort?.postMessage({ started: task.key });
  const { doc, ...rest } = pipeline.run(task.article);
  // Copying the text back to the main thread would cost as much as sending it.
  const { article: _article, text: _text, anchor: _anchor, ...layers } = doc;
  return { ...rest, layers };
}
