import type { Article } from '../model/article.js';
import { createDoc, type Doc, type Layer } from '../model/doc.js';
import { diagnostic } from '../model/errors.js';
import type { Stage } from './stage.js';

export interface PipelineResult {
  doc: Doc;
  /** Milliseconds spent in each stage, by stage name. */
  timings: Record<string, number>;
  /** Whether every stage ran to the end. */
  ok: boolean;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(article: Article): PipelineResult;
}

/**
 * Fixes the order of the stages once, checking that each stage's required layers are
 * assigned by a stage before it; the returned pipeline cannot be reconfigured.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new Error(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    run(article: Article): PipelineResult {
      const doc = createDoc(article);
      const timings: Record<string, number> = {};
      for (const stage of frozen) {
        const t0 = performance.now();
        try {
          stage.run(doc);
        } catch (error) {
          // A stage bug must cost one article its later layers, never the batch.
          const reason = error instanceof Error ? error.message : String(error);
          doc.diagnostics.push(diagnostic('STAGE_FAILED', article.url ?? article.id, stage.name, reason));
          timings[stage.name] = performance.now() - t0;
          return { doc, timings, ok: false };
        }
        timings[stage.name] = performance.now() - t0;
      }
      return { doc, timings, ok: true };
    },
  });
}
