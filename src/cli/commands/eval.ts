import type { Command } from 'commander';
import { defaultPipeline } from '../../extract/default-pipeline.js';
import { evaluateGold, formatGoldReport } from '../../eval/gold.js';
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
    .action(async (paths: string[], opts: { json?: boolean; predictions?: string }) => {
      const pipeline = defaultPipeline();
      const report = await evaluateGold(paths, (article) => pipeline.run(article).doc, {
        ...(opts.predictions ? { predictionsFile: opts.predictions } : {}),
      });
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatGoldReport(report));
    });

  evalCommand
    .command('timeml')
    .description('score the dates stage on TimeML files (TempEval-3 Task A measures), the DCT as anchor')
    .argument('<paths...>', 'TimeML files (*.tml) or folders')
    .option('--json', 'print one JSON object instead of a table')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const report = await scoreTimeml(paths);
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatTimemlReport(report));
    });
}

function formatTimemlReport(r: TimemlReport): string {
  const row = (name: string, m: { p: number; r: number; f1: number }) =>
    `  ${name.padEnd(16)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;
  return [
    `TimeML: ${r.documents} documents, ${r.gold} gold timexes, ${r.predicted} predicted`,
    row('relaxed extent', r.relaxed),
    row('strict extent', r.strict),
    row('value', r.value),
    `  type accuracy    ${r.type_acc.toFixed(3)}`,
    '',
  ].join('\n');
}
