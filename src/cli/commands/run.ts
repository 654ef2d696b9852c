import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_BUDGET_MS, runBatch, type RunProgress, type RunSummary } from '../../run/batch.js';
import { DEFAULT_WORKERS } from '../../run/extractors.js';
import { DEFAULT_DB, parsePositiveInt } from '../options.js';

interface RunCommandOptions {
  db: string;
  maxTextBytes: number;
  workers: number;
  concurrency?: number;
  budgetMs: number;
  quiet?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('read articles from files, folders, globs, URLs, feeds or "-" (JSON lines on stdin), extract facts, store them')
    .argument(
      '<inputs...>',
      'files (.txt .md .json .jsonl .csv .html; .rss .atom .rdf feeds; .urls lists of URLs), folders (recursive), globs, http(s) URLs of pages or feeds, or - for JSON lines on stdin',
    )
    .option('--db <path>', 'SQLite database to write', DEFAULT_DB)
    .option('--max-text-bytes <n>', 'largest article text accepted; larger ones are recorded as errors', parsePositiveInt, 2_000_000)
    .option('--workers <n>', 'worker threads that extract in parallel', parsePositiveInt, DEFAULT_WORKERS)
    .option('--concurrency <n>', 'the same as --workers', parsePositiveInt)
    .option('--budget-ms <n>', 'time one article may take before it is stopped and recorded as an error', parsePositiveInt, DEFAULT_BUDGET_MS)
    .option('--quiet', 'no progress, only the summary')
    .addHelpText(
      'after',
      '\nExit status: 0 when the run finished, even if some items failed (see `secfacts query errors`);\n1 on a fatal error (no inputs found, database not writable).',
    )
    .action(async (inputs: string[], opts: RunCommandOptions) => {
      const progress = opts.quiet ? undefined : progressReporter();
      const summary = await runBatch({
        inputs,
        dbPath: opts.db,
        maxTextBytes: opts.maxTextBytes,
        workers: opts.concurrency ?? opts.workers,
        budgetMs: opts.budgetMs,
        ...(progress ? { onProgress: progress.update } : {}),
      }).finally(() => progress?.stop());
      process.stdout.write(formatSummary(summary, opts.db));
    });
}

/** A live line on a terminal; plain log lines (one per source, every 500 items) in a pipe or CI log. */
function progressReporter(): { update: (p: RunProgress) => void; stop: () => void } {
  const started = performance.now();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: '{spinner} {read} items | {stored} stored, {skipped} unchanged, {failed} failed | {mb} MB at {rate} MB/s | {source}',
        hideCursor: true,
        stream: process.stderr,
        fps: 8,
      },
      cliProgress.Presets.shades_classic,
    );
    const spinner = ['|', '/', '-', '\\'];
    let ticks = 0;
    bar.start(
      1,
      0,
      payload({ read: 0, stored: 0, skipped: 0, duplicates: 0, otherLanguage: 0, failed: 0, bytes: 0, lastSource: '' }, started, '|'),
    );
    return {
      update: (p) => bar.update(0, payload(p, started, spinner[ticks++ % spinner.length]!)),
      stop: () => bar.stop(),
    };
  }
  let lastSource = '';
  return {
    update: (p) => {
      if (p.lastSource !== lastSource || p.read % 500 === 0) {
        lastSource = p.lastSource;
        process.stderr.write(
          `[secfacts] ${p.read} items (${p.stored} stored, ${p.skipped} unchanged, ${p.failed} failed) ${p.lastSource}\n`,
        );
      }
    },
    stop: () => undefined,
  };
}

function payload(p: RunProgress, started: number, spinner: string): Record<string, string | number> {
  const seconds = Math.max((performance.now() - started) / 1000, 0.001);
  const mb = p.bytes / 1e6;
  const source = p.lastSource.length > 40 ? `…${p.lastSource.slice(-39)}` : p.lastSource;
  return { ...p, spinner, mb: mb.toFixed(2), rate: (mb / seconds).toFixed(2), source };
}

export function formatSummary(s: RunSummary, db: string): string {
  const stages = Object.entries(s.stageMs)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)}s`)
    .join(', ');
  return [
    `secfacts run ${s.runId} finished in ${s.seconds.toFixed(1)}s with ${s.workers} workers (extractor ${s.version}) -> ${db}`,
    `  articles: ${s.read} read, ${s.stored} stored, ${s.skipped} skipped (unchanged), ${s.duplicates} near-duplicates, ${s.otherLanguage} not in English, ${s.failed} failed, ${s.warnings} warnings`,
    `  facts:    ${s.entities} entities, ${s.mentions} mentions, ${s.dates} dates, ${s.commitments} commitments, ${s.quotes} quotes`,
    `  text:     ${(s.bytes / 1e6).toFixed(2)} MB; stages: ${stages || 'none ran'}`,
    s.failed > 0 ? `  problems: secfacts query errors --db ${db}` : '',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
