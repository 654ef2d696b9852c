import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { Article } from '../model/article.js';
import { runBatch } from '../run/batch.js';
import { DEFAULT_WORKERS } from '../run/extractors.js';
import { baselineMbPerSecond } from './baseline.js';
import { loadSeedArticles, varyArticles } from './corpus.js';

const USAGE = `npm run bench -- [--mb N] [--workers N] [--baseline-mb N] [--corpus DIR] [--json]

Builds a corpus of N MB of text from corpus/ (and ../shared/data/wikinews when present), then
  1. runs every stage over it on one core and reports MB/s per stage,
  2. runs the whole job end to end (read JSONL, extract, write SQLite) with secfacts run,
  3. runs a plain compromise pipeline (people, places, organizations, compromise-dates) on a sample,
and prints articles/s, MB/s, per-stage figures, peak RSS and the ratio to the baseline.`;

interface StageFigure {
  seconds: number;
  mb_per_s: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '20' },
      'baseline-mb': { type: 'string', default: '0.3' },
      corpus: { type: 'string', default: 'corpus' },
      workers: { type: 'string', default: String(DEFAULT_WORKERS) },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const megabytes = Number(values.mb);
  const baselineMb = Number(values['baseline-mb']);
  const workers = Number(values.workers);
  const seeds = await loadSeedArticles(values.corpus);
  const log = (line: string) => (values.json ? undefined : process.stderr.write(`${line}\n`));

  log(`bench: ${seeds.length} seed articles, building ${megabytes} MB`);
  const dir = mkdtempSync(join(tmpdir(), 'secfacts-bench-'));
  try {
    const jsonl = join(dir, 'articles.jsonl');
    const { articles, bytes } = await writeJsonl(jsonl, varyArticles(seeds, megabytes));
    const mb = bytes / 1e6;

    log('bench: stages on one core');
    const stages = stageFigures(varyArticles(seeds, megabytes), mb);

    log('bench: end to end (secfacts run)');
    const t0 = performance.now();
    const summary = await runBatch({ inputs: [jsonl], dbPath: join(dir, 'bench.db'), maxTextBytes: 2_000_000, workers });
    const seconds = (performance.now() - t0) / 1000;

    log(`bench: compromise baseline on ${baselineMb} MB`);
    const baseline = baselineMbPerSecond(sample(seeds, baselineMb));

    const report = {
      articles,
      mb: round(mb),
      seconds: round(seconds),
      mb_per_s: round(mb / seconds),
      articles_per_s: round(articles / seconds),
      peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
      workers,
      stored: summary.stored,
      failed: summary.failed,
      stages,
      baseline: { mb: round(baseline.mb), mb_per_s: round(baseline.mb_per_s) },
      ratio_vs_baseline: round(mb / seconds / baseline.mb_per_s),
    };
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeJsonl(path: string, articles: Iterable<Article>): Promise<{ articles: number; bytes: number }> {
  const out = createWriteStream(path);
  let count = 0;
  let bytes = 0;
  for (const article of articles) {
    count++;
    bytes += Buffer.byteLength(article.text);
    const line = `${JSON.stringify({ url: article.url, title: article.title, published: article.published, text: article.text })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  return { articles: count, bytes };
}

function stageFigures(articles: Iterable<Article>, mb: number): Record<string, StageFigure> {
  const pipeline = defaultPipeline();
  const ms: Record<string, number> = {};
  for (const article of articles) {
    for (const [stage, t] of Object.entries(pipeline.run(article).timings)) ms[stage] = (ms[stage] ?? 0) + t;
  }
  return Object.fromEntries(
    Object.entries(ms).map(([stage, t]) => [stage, { seconds: round(t / 1000), mb_per_s: round(mb / (t / 1000)) }]),
  );
}

function sample(seeds: readonly Article[], megabytes: number): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  for (const article of seeds) {
    if (bytes >= megabytes * 1e6) break;
    out.push(article);
    bytes += Buffer.byteLength(article.text);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function formatReport(r: {
  articles: number;
  mb: number;
  seconds: number;
  mb_per_s: number;
  articles_per_s: number;
  peak_rss_mb: number;
  workers: number;
  stages: Record<string, StageFigure>;
  baseline: { mb_per_s: number };
  ratio_vs_baseline: number;
}): string {
  const lines = [
    `end to end: ${r.articles} articles, ${r.mb} MB in ${r.seconds} s = ${r.mb_per_s} MB/s, ${r.articles_per_s} articles/s (${r.workers} workers)`,
    `peak RSS:   ${r.peak_rss_mb} MB`,
    'stages (one core):',
    ...Object.entries(r.stages).map(([name, s]) => `  ${name.padEnd(12)} ${String(s.mb_per_s).padStart(8)} MB/s  (${s.seconds} s)`),
    `baseline (compromise + compromise-dates): ${r.baseline.mb_per_s} MB/s; secfacts is ${r.ratio_vs_baseline}x`,
  ];
  return `${lines.join('\n')}\n`;
}

await main();
