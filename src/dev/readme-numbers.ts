import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reruns the commands whose output the README quotes and pastes what they print between the
 * README's markers, so that no number in it was typed by hand. Needs ../shared beside the
 * checkout and a build (`npm run build`). Usage: npm run readme:numbers
 */
const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/bin.js');

const SECTIONS: Record<string, string[]> = {
  'eval-gold': [bin, 'eval', 'gold', '../shared/gold/dev'],
  'eval-timeml': [bin, 'eval', 'timeml', '../shared/data/timebank-aquaint'],
  'eval-meantime': [bin, 'eval', 'meantime', '../shared/data/meantime-en'],
  'eval-html': [bin, 'eval', 'html', '../shared/data/article-extraction'],
  bench: [join(root, 'dist/bench/main.js')],
};

let readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [name, args] of Object.entries(SECTIONS)) {
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
