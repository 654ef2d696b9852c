import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { articles, collect, errors } from './helpers.js';

const corpus = join(import.meta.dirname, '../../corpus');

describe('the default corpus', () => {
  it('reads without errors or warnings, every article dated, with distinct ids', async () => {
    const items = await collect(readInputs([corpus]));
    expect(errors(items)).toEqual([]);
    const all = articles(items);
    expect(all.length).toBeGreaterThanOrEqual(21);
    expect(items.every((i) => i.kind === 'article' && i.warnings.length === 0)).toBe(true);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(all.some((a) => a.published === '2025-04-14' && a.text.startsWith('On Monday, French Interior Minister'))).toBe(true);
  });

  it('uses several adapters', async () => {
    const items = await collect(readInputs([corpus]));
    const extensions = new Set(items.map((i) => (i.kind === 'article' ? i.source.split('.').pop() : '')));
    expect([...extensions].sort()).toEqual(['csv', 'jsonl', 'md']);
  });
});
