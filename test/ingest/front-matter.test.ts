import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/ingest/front-matter.js';

describe('splitFrontMatter', () => {
  it('returns the whole text as body when there is no front matter', () => {
    expect(splitFrontMatter('Just text.\n---\nmore')).toEqual({ ok: true, data: {}, body: 'Just text.\n---\nmore' });
  });

  it('parses YAML and keeps dates as written', () => {
    expect(splitFrontMatter('---\r\ntitle: T\r\ndate: 2025-04-14\r\n---\r\nBody.\r\n')).toEqual({
      ok: true,
      data: { title: 'T', date: '2025-04-14' },
      body: 'Body.\r\n',
    });
  });

  it('accepts an empty front matter and a "..." closing fence', () => {
    expect(splitFrontMatter('---\n---\nBody.')).toEqual({ ok: true, data: {}, body: 'Body.' });
    expect(splitFrontMatter('---\na: 1\n...\nBody.')).toEqual({ ok: true, data: { a: 1 }, body: 'Body.' });
  });
});
