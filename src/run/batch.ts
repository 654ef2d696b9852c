import { defaultPipeline } from '../extract/default-pipeline.js';
import type { Pipeline, PipelineResult } from '../extract/pipeline.js';
import { extractorVersion } from '../extract/version.js';
import { readInputs } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/errors.js';
import { checkpoint, openDatabase } from '../store/db.js';
import { DbFetchCache } from '../store/fetch-state.js';
import { DbSignatureStore } from '../store/signatures.js';
import { type ExtractedArticle, type FactCounts, RunWriter, type SeenAgain } from '../store/write.js';
import { type Extraction, type Extractor, inProcessExtractor, workerExtractor } from './extractors.js';
import { NearDuplicateIndex } from './near-duplicates.js';

export interface RunOptions {
  inputs: string[];
  dbPath: string;
  /** Largest article text accepted, in bytes; a larger one is an error row, not a hang. */
  maxTextBytes: number;
  /** Worker threads for extraction; 0 extracts on this thread (no time budget). */
  workers: number;
  /** Milliseconds one article may take in a worker before it is stopped and recorded as an error. */
  budgetMs?: number;
  /** Most articles written per transaction (a transaction also ends at BATCH_TEXT_BYTES of text). */
  batchSize?: number;
  stdin?: NodeJS.ReadableStream;
  /** A pipeline other than the default one; it runs on this thread. */
  pipeline?: Pipeline;
  onProgress?: (progress: RunProgress) => void;
}

export interface RunProgress {
  read: number;
  /** Articles extracted and stored. */
  stored: number;
  /** Articles unchanged since an earlier run (or met twice in this one). */
  skipped: number;
  /** Near-duplicates of an article already stored: linked to it, not extracted. */
  duplicates: number;
  /** Articles in a language the extractors do not handle: stored, not extracted. */
  otherLanguage: number;
  failed: number;
  bytes: number;
  lastSource: string;
}

export interface RunSummary extends FactCounts, Omit<RunProgress, 'lastSource'> {
  runId: number;
  version: string;
  workers: number;
  warnings: number;
  seconds: number;
  stageMs: Record<string, number>;
}

export const DEFAULT_BUDGET_MS = 5_000;

/**
 * Large transactions make the full-text index cheaper (fewer, larger segments to merge: ~15% of
 * the write cost between 64 and 512 articles); the text cap keeps a batch of long articles small.
 */
const DEFAULT_BATCH_SIZE = 512;
const BATCH_TEXT_BYTES = 4_000_000;

/** Languages the extraction stages are written for. */
const EXTRACTED_LANGUAGES = new Set(['en']);

/**
 * Reads every input, extracts each new or changed article and writes the facts. Ingestion
 * streams and at most two articles per worker are in flight, so memory stays flat on any input
 * size. The single writer on this thread writes each article as it comes back, in a transaction
 * committed every few hundred articles.
 * Item-level problems become error rows and the run goes on; only a fatal condition (no
 * inputs at all, a database that cannot be written) rejects.
 */
export async function runBatch(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const db = openDatabase(options.dbPath);
  const version = extractorVersion();
  const writer = new RunWriter(db, version, options.inputs, {
    maxTextBytes: options.maxTextBytes,
    workers: options.workers,
    budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
  });
  const extractor: Extractor =
    options.pipeline || options.workers === 0
      ? inProcessExtractor(options.pipeline ?? defaultPipeline())
      : workerExtractor(options.workers, options.budgetMs ?? DEFAULT_BUDGET_MS);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress: RunProgress = {
    read: 0,
    stored: 0,
    skipped: 0,
    duplicates: 0,
    otherLanguage: 0,
    failed: 0,
    bytes: 0,
    lastSource: '',
  };
  const facts: FactCounts = { entities: 0, mentions: 0, dates: 0, commitments: 0, quotes: 0 };
  const stageMs: Record<string, number> = {};
  let warnings = 0;
  // Articles taken for extraction and not written yet; once written, the database says whether
  // an article is current. An article met again (the same text from two places, or unchanged
  // in a rerun) is extracted once; its other sources are recorded once its row exists.
  const unwritten = new Set<string>();
  const seenWhileInFlight = new Map<string, SeenAgain[]>();
  const inFlight = new Set<Promise<void>>();
  // Syndicated copies of a story already stored (in this run or an earlier one) are linked to
  // the first copy instead of being extracted again.
  const signatures = new DbSignatureStore(db);
  const nearDuplicates = new NearDuplicateIndex(signatures);
  let uncommitted = 0;
  let uncommittedBytes = 0;
  // A write that fails (a full disk, a bug) happens in a task's callback; it stops the run from
  // the main loop, and nothing is written after it, so that the rollback takes all of it back.
  const fatal: { error: unknown }[] = [];

  const commit = (): void => {
    signatures.persist();
    writer.commit();
    uncommitted = 0;
    uncommittedBytes = 0;
  };
  const written = (bytes: number): void => {
    uncommitted++;
    uncommittedBytes += bytes;
    if (uncommitted >= batchSize || uncommittedBytes >= BATCH_TEXT_BYTES) commit();
  };
  const settle = (extracted: ExtractedArticle): void => {
    if (fatal.length > 0) return;
    if (extracted.status === 'failed') progress.failed++;
    else if (extracted.duplicateOf) progress.duplicates++;
    else if (extracted.status === 'skipped') progress.otherLanguage++;
    else progress.stored++;
    const counts = writer.write(extracted);
    for (const key of Object.keys(facts) as (keyof FactCounts)[]) facts[key] += counts[key];
    const id = extracted.article.id;
    unwritten.delete(id);
    const copies = seenWhileInFlight.get(id);
    if (copies) {
      writer.touch(copies);
      seenWhileInFlight.delete(id);
    }
    written(extracted.article.text.length);
    options.onProgress?.(progress);
  };

  try {
    for await (const item of readInputs(options.inputs, {
      maxTextBytes: options.maxTextBytes,
      ...(options.stdin ? { stdin: options.stdin } : {}),
      pull: { cache: new DbFetchCache(db) },
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
      if (unwritten.has(article.id) || writer.isCurrent(article.id)) {
        const seen: SeenAgain = { articleId: article.id, source, item: item.item, url: article.url, warnings: item.warnings };
        if (unwritten.has(article.id)) {
          const copies = seenWhileInFlight.get(article.id);
          if (copies) copies.push(seen);
          else seenWhileInFlight.set(article.id, [seen]);
        } else {
          writer.touch([seen]);
          written(0);
        }
        progress.skipped++;
        options.onProgress?.(progress);
        continue;
      }
      unwritten.add(article.id);
      const copyOf = nearDuplicates.check(article.id, article.text);
      if (copyOf) {
        const reason = `near-duplicate of article ${copyOf.of} (estimated similarity ${copyOf.similarity.toFixed(2)})`;
        settle({
          ...unextracted(article, source, item.item, 'skipped', reason, item.warnings),
          duplicateOf: { articleId: copyOf.of, similarity: copyOf.similarity },
        });
        continue;
      }
      if (!EXTRACTED_LANGUAGES.has(article.lang)) {
        const reason = `language "${article.lang}" is not one the extractors handle`;
        settle(unextracted(article, source, item.item, 'skipped', reason, item.warnings));
        continue;
      }
      while (inFlight.size >= extractor.capacity) await Promise.race(inFlight);
      if (fatal[0]) throw fatal[0].error;
      const task = extractor
        .extract(article)
        .then((extraction) => settle(toExtracted(extraction, article, source, item.item, item.warnings, stageMs)))
        .catch((error: unknown) => void (fatal.length === 0 && fatal.push({ error })))
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    await Promise.all(inFlight);
    if (fatal[0]) throw fatal[0].error;
    commit();
  } catch (error) {
    await Promise.allSettled(inFlight);
    // What was written since the last commit may be half an article: the next run redoes it.
    writer.rollback();
    writer.finish({ ...partialCounts(progress), warnings, ...facts }, stageMs, 'aborted');
    db.close();
    throw error;
  } finally {
    await extractor.close();
  }
  const summary: RunSummary = {
    runId: writer.runId,
    version,
    workers: options.pipeline ? 0 : options.workers,
    ...partialCounts(progress),
    warnings,
    ...facts,
    seconds: (performance.now() - started) / 1000,
    stageMs,
  };
  const { runId: _runId, version: _version, stageMs: _stageMs, ...counts } = summary;
  writer.finish(counts, stageMs, 'finished');
  checkpoint(db);
  db.close();
  return summary;
}

function partialCounts(progress: RunProgress): Omit<RunProgress, 'lastSource'> {
  const { lastSource: _lastSource, ...counts } = progress;
  return counts;
}

function unextracted(
  article: Article,
  source: string,
  item: string | null,
  status: 'skipped' | 'failed',
  reason: string,
  diagnostics: Diagnostic[],
): ExtractedArticle {
  return { article, source, item, status, statusReason: reason, doc: null, diagnostics };
}

function toExtracted(
  extraction: Extraction,
  article: Article,
  source: string,
  item: string | null,
  warnings: Diagnostic[],
  stageMs: Record<string, number>,
): ExtractedArticle {
  if (extraction.kind !== 'done') {
    const problem =
      extraction.kind === 'timeout'
        ? diagnostic('TIME_BUDGET', source, item, `stopped after ${extraction.budgetMs} ms`)
        : diagnostic('WORKER_FAILED', source, item, extraction.reason);
    return unextracted(article, source, item, 'failed', problem.message, [...warnings, problem]);
  }
  const result: PipelineResult = extraction.result;
  for (const [stage, ms] of Object.entries(result.timings)) stageMs[stage] = (stageMs[stage] ?? 0) + ms;
  return {
    article,
    source,
    item,
    status: result.ok ? 'extracted' : 'failed',
    statusReason: result.ok ? null : (result.doc.diagnostics.at(-1)?.message ?? 'a stage failed'),
    // A failed article keeps the layers that finished before the failure.
    doc: result.doc,
    diagnostics: [...warnings, ...result.doc.diagnostics],
  };
}
