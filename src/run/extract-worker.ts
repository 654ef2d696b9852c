import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { PipelineResult } from '../extract/pipeline.js';
import type { Article } from '../model/article.js';
import type { Doc } from '../model/doc.js';
import { lowerThisThreadPriority } from './thread-priority.js';

lowerThisThreadPriority();
const pipeline = defaultPipeline();

export interface ExtractTask {
  /** Tells the main thread when this task starts, so its time budget counts from then. */
  key: number;
  article: Article;
}

export type DocLayers = Omit<Doc, 'article' | 'text' | 'anchor'>;

/**
 * What comes back: the Doc without the article, which the main thread has already. The layers
 * travel as a JSON string: the main thread parses JSON faster than it deserializes the same
 * objects from a structured clone, and the main thread is the one that limits a run.
 */
export interface ExtractReply extends Omit<PipelineResult, 'doc'> {
  layers: string;
}

/** Runs in a worker thread: one article in, its facts and stage timings out. */
export default function extractInWorker(task: ExtractTask): ExtractReply {
  parentPort?.postMessage({ started: task.key });
  const { doc, ...rest } = pipeline.run(task.article);
  // Copying the text back to the main thread would cost as much as sending it.
  const { article: _article, text: _text, anchor: _anchor, ...layers } = doc;
  return { ...rest, layers: JSON.stringify(layers satisfies DocLayers) };
}
