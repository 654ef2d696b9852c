import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/errors.js';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { Pipeline } from '../extract/pipeline.js';
import { extractorVersion } from '../extract/version.js';
import { readInputs } from '../ingest/index.js';
import { openDatabase } from '../store/db.js';
import { type ExtractedArticle, type FactCounts, RunWriter } from '../store/write.js';

export interface RunOptions {
  inputs: string[];
  dbPath: string;
  /** Largest article text accepted, in bytes; a larger one is an error row, not a hang. */
  maxTextBytes: number;
  /** Articles written per transaction. */
  batchSize?: number;
  stdin?: NodeJS.ReadableStream;
  pipeline?: Pipeline;
  onProgress?: (progress: RunProgress) => void;
}

export interface RunProgress {
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  bytes: number;
  lastSource: string;
}

export interface RunSummary extends FactCounts {
  runId: number;
  version: string;
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  warnings: number;
  bytes: number;
  seconds: number;
  stageMs: Record<string, number>;
}

/** Languages the extraction stages are written for. */
const EXTRACTED_LANGUAGES = new Set(['en']);

/**
 * Reads every input, extracts each new or changed article and writes the facts. Item-level
 * problems become error rows and the run goes on; only a fatal condition (no inputs at all,
 * a database that cannot be written) rejects.
 */
export async function runBatch(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const db = openDatabase(options.dbPath);
  const version = extractorVersion();
  const writer = new RunWriter(db, version, options.inputs, { maxTextBytes: options.maxTextBytes });
  const pipeline = options.pipeline ?? defaultPipeline();
  const batchSize = options.batchSize ?? 64;
  const progress: RunProgress = { read: 0, stored: 0, skipped: 0, failed: 0, bytes: 0, lastSource: '' };
  const facts: FactCounts = { entities: 0, mentions: 0, dates: 0, commitments: 0, quotes: 0 };
  const stageMs: Record<string, number> = {};
  let warnings = 0;
  let pending: ExtractedArticle[] = [];
  // The same article twice in one run (two files, two feed items) is extracted once.
  const seenThisRun = new Set<string>();

  const flush = (): void => {
    if (pending.length === 0) return;
    const written = writer.writeBatch(pending);
    for (const key of Object.keys(facts) as (keyof FactCounts)[]) facts[key] += written[key];
    pending = [];
  };

  try {
    for await (const item of readInputs(options.inputs, {
      maxTextBytes: options.maxTextBytes,
      ...(options.stdin ? { stdin: options.stdin } : {}),
    })) {
      progress.read++;
      if (item.kind === 'error') {
        writer.recordError(item.diagnostic);
        if (item.diagnostic.severity === 'error') progress.failed++;
        else warnings++;
        progress.lastSource = item.diagnostic.source;
        options.onProgress?.(progress);
        continue;
      }
      const { article, source } = item;
      progress.lastSource = source;
      progress.bytes += Buffer.byteLength(article.text);
      warnings += item.warnings.length;
      if (seenThisRun.has(article.id) || writer.isCurrent(article.id)) {
        flush();
        writer.touch(article.id, source, item.item, article.url);
        for (const w of item.warnings) writer.recordError(w, article.id);
        progress.skipped++;
      } else {
        const extracted = extract(pipeline, article, source, item.item, item.warnings, stageMs);
        if (extracted.status === 'failed') progress.failed++;
        else progress.stored++;
        pending.push(extracted);
        if (pending.length >= batchSize) flush();
      }
      seenThisRun.add(article.id);
      options.onProgress?.(progress);
    }
    flush();
  } catch (error) {
    flush();
    const { lastSource: _lastSource, ...partial } = progress;
    writer.finish({ ...partial, warnings, ...facts }, stageMs, 'aborted');
    db.close();
    throw error;
  }
  const summary: RunSummary = {
    runId: writer.runId,
    version,
    read: progress.read,
    stored: progress.stored,
    skipped: progress.skipped,
    failed: progress.failed,
    warnings,
    bytes: progress.bytes,
    ...facts,
    seconds: (performance.now() - started) / 1000,
    stageMs,
  };
  const { runId: _runId, version: _version, stageMs: _stageMs, ...counts } = summary;
  writer.finish(counts, stageMs, 'finished');
  db.close();
  return summary;
}

function extract(
  pipeline: Pipeline,
  article: Article,
  source: string,
  item: string | null,
  warnings: Diagnostic[],
  stageMs: Record<string, number>,
): ExtractedArticle {
  if (!EXTRACTED_LANGUAGES.has(article.lang)) {
    return {
      article,
      source,
      item,
      status: 'skipped',
      statusReason: `language "${article.lang}" is not one the extractors handle`,
      doc: null,
      diagnostics: warnings,
    };
  }
  const result = pipeline.run(article);
  for (const [stage, ms] of Object.entries(result.timings)) stageMs[stage] = (stageMs[stage] ?? 0) + ms;
  const diagnostics = [...warnings, ...result.doc.diagnostics];
  return {
    article,
    source,
    item,
    status: result.ok ? 'extracted' : 'failed',
    statusReason: result.ok ? null : (result.doc.diagnostics.at(-1)?.message ?? 'a stage failed'),
    // A failed article keeps the layers that finished before the failure.
    doc: result.doc,
    diagnostics,
  };
}
