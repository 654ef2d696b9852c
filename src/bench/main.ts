import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../extract/default-pipeline.js';
import type { Article } from '../model/article.js';
import { DEFAULT_WORKERS } from '../run/extractors.js';
import { baselineMbPerSecond } from './baseline.js';
import { loadSeedArticles, varyArticles } from './corpus.js';
import type { EndToEndResult } from './end-to-end.js';
import { twoThreadsVersusOne } from './parallel.js';

const USAGE = `npm run bench -- [--mb N | --articles N] [--stage-mb N] [--parallel-mb N] [--workers N] [--baseline-mb N] [--corpus DIR] [--json]

Builds a corpus of N MB of text (default 60, a 20-40 s run here; or N articles) from corpus/ (and ../shared/data/wikinews when
present), then
  1. runs the whole job end to end (read JSONL, extract, write SQLite) as secfacts run does,
     and takes the process's peak RSS,
  2. runs every stage on one core over the first --stage-mb MB (default 20) and reports MB/s per stage,
  3. runs the stages over the first --parallel-mb MB (default 3) on one thread, then on two at once (best of 3 rounds),
     for how much more two threads do than one on this machine,
  4. runs a plain compromise pipeline (people, places, organizations, compromise-dates) on a sample,
and prints articles/s, MB/s, CPU of the main thread and of the others, per-stage figures, the
two-thread ratio, peak RSS and the ratio to the baseline.`;

interface StageFigure {
  seconds: number;
  mb_per_s: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '60' },
      articles: { type: 'string' },
      'stage-mb': { type: 'string', default: '20' },
      'parallel-mb': { type: 'string', default: '3' },
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
  // --articles sets the size by count instead (for memory at 10k vs 100k articles).
  const size = values.articles ? { megabytes: Infinity, articles: Number(values.articles) } : { megabytes: Number(values.mb), articles: Infinity };
  const stageSize = { megabytes: Math.min(size.megabytes, Number(values['stage-mb'])), articles: size.articles };
  const parallelSize = { megabytes: Math.min(size.megabytes, Number(values['parallel-mb'])), articles: size.articles };
  const baselineMb = Number(values['baseline-mb']);
  const workers = Number(values.workers);
  const seeds = await loadSeedArticles(values.corpus);
  const log = (line: string) => (values.json ? undefined : process.stderr.write(`${line}\n`));

  log(`bench: ${seeds.length} seed articles, building ${values.articles ? `${size.articles} articles` : `${size.megabytes} MB`}`);
  const dir = mkdtempSync(join(tmpdir(), 'secfacts-bench-'));
  try {
    const jsonl = join(dir, 'articles.jsonl');
    const { articles, bytes } = await writeJsonl(jsonl, varyArticles(seeds, size));
    const mb = bytes / 1e6;

    log('bench: end to end (secfacts run, in a process of its own)');
    const run = endToEnd(jsonl, join(dir, 'bench.db'), workers);
    const seconds = run.seconds;
    const peakRssMb = run.peak_rss_mb;

    log('bench: stages on one core');
    const stages = stageFigures(varyArticles(seeds, stageSize));

    log(`bench: stages on one thread, then on two at once (${parallelSize.megabytes} MB)`);
    const twoThreads = await twoThreadsVersusOne([...varyArticles(seeds, parallelSize)]);

    log(`bench: compromise baseline on ${baselineMb} MB`);
    const baseline = baselineMbPerSecond(sample(seeds, baselineMb));

    const report = {
      articles,
      mb: round(mb),
      seconds: round(seconds),
      mb_per_s: round(mb / seconds),
      articles_per_s: round(articles / seconds),
      peak_rss_mb: round(peakRssMb),
      second_half_rss_mb: round(run.second_half_rss_mb),
      workers,
      cpu: cpuFigures(run),
      two_threads_vs_one: round(twoThreads),
      ...(workers === 1 ? { two_workers_at_most: round(secondWorkerBound(run)) } : {}),
      stored: run.stored,
      failed: run.failed,
      stages,
      baseline: { mb: round(baseline.mb), mb_per_s: round(baseline.mb_per_s) },
      ratio_vs_baseline: round(mb / seconds / baseline.mb_per_s),
    };
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where the run's CPU went: the main thread (reading, near-duplicate checks, dispatch, the one
 * writer) and all other threads (the workers' extraction, garbage collection). cores_busy is
 * their sum over the wall time.
 */
function cpuFigures(run: EndToEndResult) {
  const main = run.cpu.main_thread_s;
  return {
    all_s: round(run.cpu.all_s),
    main_thread_s: main === null ? null : round(main),
    other_threads_s: main === null ? null : round(run.cpu.all_s - main),
    cores_busy: round(coresBusy(run)),
  };
}

/**
 * What a second worker could bring to a one-worker run, as a multiple of its speed: a
 * two-worker run has three threads (the main one and two workers), so it can keep at most
 * min(cores, 3) cores busy, and it has at least the same CPU work to do, while this run already
 * keeps cores_busy of them busy. Contention between busy cores (the two-thread ratio) only makes
 * the work cost more CPU, so the bound holds without it.
 */
function secondWorkerBound(run: EndToEndResult): number {
  return TWO_WORKER_CORES / coresBusy(run);
}

/** Cores a two-worker run can keep busy: its main thread and two workers, at most. */
const TWO_WORKER_CORES = Math.min(availableParallelism(), 3);

function coresBusy(run: EndToEndResult): number {
  return run.cpu.all_s / run.seconds;
}

function endToEnd(jsonl: string, dbPath: string, workers: number): EndToEndResult {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = fileURLToPath(new URL(`./end-to-end.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  const output = execFileSync(process.execPath, [...(fromSource ? ['--import', 'tsx'] : []), script, jsonl, dbPath, String(workers)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as EndToEndResult;
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

function stageFigures(articles: Iterable<Article>): Record<string, StageFigure> {
  const pipeline = defaultPipeline();
  const ms: Record<string, number> = {};
  let bytes = 0;
  for (const article of articles) {
    bytes += Buffer.byteLength(article.text);
    for (const [stage, t] of Object.entries(pipeline.run(article).timings)) ms[stage] = (ms[stage] ?? 0) + t;
  }
  return Object.fromEntries(
    Object.entries(ms).map(([stage, t]) => [stage, { seconds: round(t / 1000), mb_per_s: round(bytes / 1e6 / (t / 1000)) }]),
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
  second_half_rss_mb: number;
  workers: number;
  cpu: ReturnType<typeof cpuFigures>;
  two_threads_vs_one: number;
  two_workers_at_most?: number;
  stages: Record<string, StageFigure>;
  baseline: { mb_per_s: number };
  ratio_vs_baseline: number;
}): string {
  const { cpu } = r;
  const split = cpu.main_thread_s === null ? '' : `: main thread ${cpu.main_thread_s} s, other threads ${cpu.other_threads_s} s`;
  const lines = [
    `end to end: ${r.articles} articles, ${r.mb} MB in ${r.seconds} s = ${r.mb_per_s} MB/s, ${r.articles_per_s} articles/s (${r.workers} worker${r.workers === 1 ? "" : "s"})`,
    `CPU:        ${cpu.all_s} s${split}; ${cpu.cores_busy} cores busy on average`,
    ...(r.two_workers_at_most === undefined
      ? []
      : [`            so 2 workers can be at most ${r.two_workers_at_most}x this run (${TWO_WORKER_CORES} usable cores / ${cpu.cores_busy} busy)`]),
    `peak RSS:   ${r.peak_rss_mb} MB (highest in the second half of the run: ${r.second_half_rss_mb} MB)`,
    `two threads of stage code at once: ${r.two_threads_vs_one}x one thread`,
    'stages (one core):',
    ...Object.entries(r.stages).map(([name, s]) => `  ${name.padEnd(12)} ${String(s.mb_per_s).padStart(8)} MB/s  (${s.seconds} s)`),
    `baseline (compromise + compromise-dates): ${r.baseline.mb_per_s} MB/s; secfacts is ${r.ratio_vs_baseline}x`,
  ];
  return `${lines.join('\n')}\n`;
}

await main();
