import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * Identifies the extraction code: a hash of every module under src/extract (or dist/extract).
 * Stored with each article, so that a rerun after any change to a rule or lexicon re-extracts
 * the articles instead of trusting facts an older extractor produced; nobody has to remember
 * to bump a number.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const root = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const file of listCode(root)) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  cached = `x${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

function listCode(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCode(path));
    else if (/\.(ts|js|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
