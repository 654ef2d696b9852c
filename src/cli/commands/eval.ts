import type { Command } from 'commander';
import { defaultPipeline } from '../../extract/default-pipeline.js';
import { DEFAULT_BUDGET_MS } from '../../run/batch.js';
import { inProcessExtractor, workerExtractor } from '../../run/extractors.js';
import { parsePositiveInt } from '../options.js';
import { diffGold, evaluateGold, formatGoldDiff, formatGoldReport, type GoldPair } from '../../eval/gold.js';
import { scoreConll } from '../../eval/conll.js';
import { evaluateHtml, formatHtmlReport } from '../../eval/html.js';
import { scoreMeantimeAll, type MeantimeReport } from '../../eval/meantime.js';
import { formatNerReport } from '../../eval/ner-score.js';
import { scoreTimeml, type TimemlReport } from '../../eval/timeml.js';

export function registerEval(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description('score the extractors against annotated data');

  evalCommand
    .command('gold')
    .description('score the whole pipeline against gold files (the format of GUIDELINES.md): *.json or *.jsonl, files or folders')
    .argument('<paths...>', 'gold files or folders')
    .option('--json', 'print one JSON object instead of a table')
    .option('--predictions <file>', 'also write what the pipeline extracted, one article per line in the gold format')
    .option('--explain', 'before the scores, list per article what was missed (-), spurious (+) or wrong (~)')
    .option('--workers <n>', 'extract on this many worker threads, as `run` does (default: on this thread)', parsePositiveInt)
    .action(async (paths: string[], opts: { json?: boolean; predictions?: string; explain?: boolean; workers?: number }) => {
      const extractor = opts.workers
        ? workerExtractor(opts.workers, DEFAULT_BUDGET_MS)
        : inProcessExtractor(defaultPipeline());
      const pairs: GoldPair[] = [];
      const report = await evaluateGold(
        paths,
        async (article) => {
          const extraction = await extractor.extract(article);
          if (extraction.kind === 'timeout') throw new Error(`stopped after ${extraction.budgetMs} ms`);
          if (extraction.kind === 'worker-failed') throw new Error(`its worker died: ${extraction.reason}`);
          return extraction.result.doc;
        },
        {
          ...(opts.predictions ? { predictionsFile: opts.predictions } : {}),
          ...(opts.explain ? { onPair: (pair: GoldPair) => pairs.push(pair) } : {}),
        },
      ).finally(() => extractor.close());
      if (opts.explain) for (const pair of pairs) process.stdout.write(formatGoldDiff(diffGold(pair)));
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatGoldReport(report));
    });

  addScorer(evalCommand, {
    name: 'timeml',
    description: 'score the dates stage on TimeML files (TempEval-3 Task A measures), the DCT as anchor',
    argument: ['<paths...>', 'TimeML files (*.tml) or folders'],
    score: scoreTimeml,
    format: formatTimemlReport,
  });
  addScorer(evalCommand, {
    name: 'conll',
    description:
      'score the entities stage on a CoNLL-2003-style file (word POS chunk tag, IOB): conlleval exact-span P/R/F1 overall and per type',
    argument: ['<file>', 'CoNLL file'],
    score: scoreConll,
    format: formatNerReport,
  });
  addScorer(evalCommand, {
    name: 'meantime',
    description:
      'score the entities stage (mention-level exact-span P/R/F1 for PER, ORG, LOC) and the dates stage (TempEval-3 Task A measures) on MEANTIME CAT XML files',
    argument: ['<paths...>', 'MEANTIME *.xml files or folders'],
    score: scoreMeantimeAll,
    format: (r: MeantimeReport) => `${formatNerReport(r.entities).trimEnd()}\n\n${formatTimemlReport(r.dates, 'TIMEX3')}`,
  });
  addScorer(evalCommand, {
    name: 'html',
    description:
      'score the web page extractor on an article-extraction benchmark folder (ground-truth.json and html/<id>.html.gz): {pages, p, r, f1, accuracy}',
    argument: ['<dir>', 'benchmark folder'],
    score: evaluateHtml,
    json: ({ report }) => report,
    format: ({ report, dates }) => formatHtmlReport(report, dates),
  });
}

/** An eval command that scores one extractor on a data set and prints a table or, with --json, one object. */
function addScorer<A, R>(
  parent: Command,
  spec: {
    name: string;
    description: string;
    argument: [string, string];
    score: (input: A) => Promise<R>;
    format: (result: R) => string;
    json?: (result: R) => unknown;
  },
): void {
  parent
    .command(spec.name)
    .description(spec.description)
    .argument(...spec.argument)
    .option('--json', 'print one JSON object instead of a table')
    .action(async (input: A, opts: { json?: boolean }) => {
      const result = await spec.score(input);
      process.stdout.write(opts.json ? `${JSON.stringify(spec.json ? spec.json(result) : result)}\n` : spec.format(result));
    });
}

function formatTimemlReport(r: TimemlReport, label = 'TimeML'): string {
  const row = (name: string, m: { p: number; r: number; f1: number }) =>
    `  ${name.padEnd(16)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;
  return [
    `${label}: ${r.documents} documents, ${r.gold} gold timexes, ${r.predicted} predicted`,
    row('relaxed extent', r.relaxed),
    row('strict extent', r.strict),
    row('value', r.value),
    `  type accuracy    ${r.type_acc.toFixed(3)}`,
    '',
  ].join('\n');
}
