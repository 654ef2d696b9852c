import { commitmentsStage } from './commitments/stage.js';
import { datesStage } from './dates/stage.js';
import { entitiesStage } from './entities/stage.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { quotesStage } from './quotes/stage.js';
import { sentencesStage } from './sentences/stage.js';

/** The stages every run uses, in order; the pipeline checks that each one's inputs come first. */
export const DEFAULT_STAGES = [sentencesStage, entitiesStage, datesStage, commitmentsStage, quotesStage] as const;

let pipeline: Pipeline | undefined;

export function defaultPipeline(): Pipeline {
  pipeline ??= createPipeline(DEFAULT_STAGES);
  return pipeline;
}
