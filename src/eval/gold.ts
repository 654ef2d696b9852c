/**
 * `secfacts eval gold`: read gold files, convert extractions to the gold format, score them.
 * The single import point for the CLI; each job lives in its own module.
 */
export {
  GoldArticleSchema,
  GoldCommitmentSchema,
  GoldDateSchema,
  GoldEntitySchema,
  GoldQuoteSchema,
  type GoldArticle,
  type GoldCommitment,
  type GoldDate,
  type GoldEntity,
  type GoldQuote,
} from './gold-schema.js';
export { readGold } from './gold-read.js';
export { docToGold } from './gold-convert.js';
export { articleFromGold, evaluateGold, type EvaluateGoldOptions } from './gold-evaluate.js';
export { formatGoldReport } from './gold-format.js';
export { scoreGold, type GoldCounts, type GoldPair, type GoldReport } from './score.js';
export { diffGold, formatGoldDiff, type GoldDiff } from './gold-diff.js';
