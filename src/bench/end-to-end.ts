/**
 * The end-to-end part of the bench, run in a process of its own so that its peak RSS is the
 * run's alone (building a large corpus first leaves the bench's own heap grown).
 * Usage: node dist/bench/end-to-end.js <articles.jsonl> <db> <workers>; prints one JSON line.
 */
import { runBatch } from '../run/batch.js';
import { mainThreadCpuSeconds } from './thread-cpu.js';

export interface EndToEndResult {
  seconds: number;
  peak_rss_mb: number;
  /**
   * The highest RSS sampled (every 250 ms) in the second half of the run: memory that grew with
   * the number of articles would peak there, a start-up peak would not.
   */
  second_half_rss_mb: number;
  stored: number;
  failed: number;
  /** CPU seconds of the whole process (every thread, finished workers included) and of its main thread (null off Linux). */
  cpu: { all_s: number; main_thread_s: number | null };
}

const [jsonl, dbPath, workers] = process.argv.slice(2);
if (!jsonl || !dbPath || !workers) {
  process.stderr.write('usage: end-to-end.js <articles.jsonl> <db> <workers>\n');
  process.exit(2);
}
const t0 = performance.now();
const rssSamples: { ms: number; bytes: number }[] = [];
const sampler = setInterval(() => rssSamples.push({ ms: performance.now() - t0, bytes: process.memoryUsage.rss() }), 250);
const summary = await runBatch({ inputs: [jsonl], dbPath, maxTextBytes: 2_000_000, workers: Number(workers) });
clearInterval(sampler);
const ms = performance.now() - t0;
const result: EndToEndResult = {
  seconds: ms / 1000,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  second_half_rss_mb: Math.max(0, ...rssSamples.filter((s) => s.ms >= ms / 2).map((s) => s.bytes)) / 2 ** 20,
  stored: summary.stored,
  failed: summary.failed,
  cpu: { all_s: cpuSeconds(process.cpuUsage()), main_thread_s: mainThreadCpuSeconds() },
};
process.stdout.write(`${JSON.stringify(result)}\n`);

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}
