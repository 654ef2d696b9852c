import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reruns the commands whose output the README quotes and pastes what they print between the
 * README's markers, so that no number in it was typed by hand. Needs ../shared beside the
 * checkout; takes several minutes (the 100,000-article bench). Usage: npm run readme:numbers
 * [-- section ...] to refresh only some sections.
 */
const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/bin.js');

const SECTIONS: Record<string, string[]> = {
  'eval-gold': [bin, 'eval', 'gold', '../shared/gold/dev'],
  'eval-timeml': [bin, 'eval', 'timeml', '../shared/data/timebank-aquaint'],
  'timeml-conventions': [join(root, 'dist/dev/timeml-analysis.js'), 'conventions', '../shared/data/timebank-aquaint'],
  'eval-meantime': [bin, 'eval', 'meantime', '../shared/data/meantime-en'],
  'eval-sotu': [bin, 'eval', 'gold', 'test/fixtures/eval/sotu-dates'],
  'eval-sotu-heldout': [bin, 'eval', 'gold', 'test/fixtures/eval/sotu-heldout'],
  'eval-html': [bin, 'eval', 'html', '../shared/data/article-extraction'],
  bench: [join(root, 'dist/bench/main.js')],
  'bench-1-worker': [join(root, 'dist/bench/main.js'), '--workers', '1'],
  'bench-10k': [join(root, 'dist/bench/main.js'), '--articles', '10000', '--json'],
  'bench-100k': [join(root, 'dist/bench/main.js'), '--articles', '100000', '--json'],
};

const only = new Set(process.argv.slice(2));
let readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [name, args] of Object.entries(SECTIONS)) {
  if (only.size > 0 && !only.has(name)) continue;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) continue;
  process.stderr.write(`readme: node ${args.map((a) => a.replace(root + '/', '')).join(' ')}\n`);
  const output = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  readme = `${readme.slice(0, from + start.length)}\n\`\`\`\n${output.trimEnd()}\n\`\`\`\n${readme.slice(to)}`;
}
writeFileSync(join(root, 'README.md'), readme);
