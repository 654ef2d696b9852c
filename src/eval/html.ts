import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { extractPage, type PageFacts } from '../ingest/pull/page.js';
import { hasDateMarkup } from '../ingest/pull/page-date.js';
import { aggregateScores, exactMatch, pageCounts } from './html-metric.js';

/**
 * `secfacts eval html <dir>`: the page extractor against the article-extraction benchmark's
 * layout (ground-truth.json mapping ids to {articleBody, url}, pages in html/<id>.html.gz).
 */
export interface HtmlReport {
  pages: number;
  p: number;
  r: number;
  f1: number;
  accuracy: number;
}

export interface DateCoverage {
  /** Pages whose markup carries a publication date (meta, JSON-LD, time element, microdata). */
  withDateMarkup: number;
  /** Of those, the pages for which the extractor found a date. */
  found: number;
  coverage: number;
}

export type PageExtractor = (html: string, url: string | null) => PageFacts;

const GroundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string().default(''), url: z.string().optional() }));

export interface BenchmarkPage {
  id: string;
  url: string | null;
  truth: string;
  html: string;
}

export async function readBenchmark(dir: string): Promise<BenchmarkPage[]> {
  const truth = GroundTruthSchema.parse(JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')));
  const pages: BenchmarkPage[] = [];
  for (const [id, entry] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    const html = gunzipSync(await readFile(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    pages.push({ id, url: entry.url ?? null, truth: entry.articleBody, html });
  }
  return pages;
}

export interface HtmlEvaluation {
  report: HtmlReport;
  dates: DateCoverage;
}

/** Text scores and date coverage from one pass over the pages (extraction is the slow part). */
export async function evaluateHtml(dir: string, extract: PageExtractor = extractPage): Promise<HtmlEvaluation> {
  return evaluatePages(await readBenchmark(dir), extract);
}

/** The benchmark's report, exactly {pages, p, r, f1, accuracy}: what `eval html --json` prints. */
export async function scoreHtml(dir: string, extract: PageExtractor = extractPage): Promise<HtmlReport> {
  return (await evaluateHtml(dir, extract)).report;
}

/** How often a publication date is found on the pages whose markup has one. */
export async function publicationDateCoverage(dir: string, extract: PageExtractor = extractPage): Promise<DateCoverage> {
  return (await evaluateHtml(dir, extract)).dates;
}

export function evaluatePages(pages: readonly BenchmarkPage[], extract: PageExtractor = extractPage): HtmlEvaluation {
  const counts = [];
  const exact = [];
  let withDateMarkup = 0;
  let found = 0;
  for (const page of pages) {
    const facts = safeExtract(extract, page);
    counts.push(pageCounts(page.truth, facts.text));
    exact.push(exactMatch(page.truth, facts.text));
    if (hasDateMarkup(page.html)) {
      withDateMarkup++;
      if (facts.published) found++;
    }
  }
  return {
    report: { pages: pages.length, ...aggregateScores(counts, exact) },
    dates: { withDateMarkup, found, coverage: withDateMarkup === 0 ? 0 : found / withDateMarkup },
  };
}

export function formatHtmlReport(report: HtmlReport, dates?: DateCoverage): string {
  const scores = `${report.pages} pages  P ${report.p.toFixed(3)}  R ${report.r.toFixed(3)}  F1 ${report.f1.toFixed(3)}  accuracy ${report.accuracy.toFixed(3)}\n`;
  if (!dates) return scores;
  return `${scores}publication date found on ${dates.found} of ${dates.withDateMarkup} pages whose markup has one (${(100 * dates.coverage).toFixed(1)}%)\n`;
}

/** One page that breaks the extractor scores as an empty prediction instead of ending the evaluation. */
function safeExtract(extract: PageExtractor, page: BenchmarkPage): PageFacts {
  try {
    return extract(page.html, page.url);
  } catch {
    return { text: '', title: null, url: null, published: null, lang: null, siteName: null };
  }
}
