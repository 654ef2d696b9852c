import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { SecfactsError } from '../../src/model/errors.js';
import { articles, collect, errors, makeTree } from './helpers.js';

const md = (title: string) => `---\ntitle: ${title}\ndate: 2025-04-14\n---\nText of ${title}.\n`;

describe('readInputs', () => {
  it('walks a folder recursively in sorted order, skipping hidden paths, documentation and unknown extensions', async () => {
    const dir = makeTree({
      'b.md': md('B'),
      'a/deep/c.txt': 'Text of C.',
      'a/d.json': JSON.stringify([{ title: 'D1', text: 'Text of D1.' }, { title: 'D2', text: 'Text of D2.' }]),
      'SOURCES.md': '# Sources\n\nNot an article.',
      'README.txt': 'Not an article.',
      '.hidden/e.md': md('E'),
      'node_modules/f.md': md('F'),
      'notes.xml': '<x/>',
    });
    const items = await collect(readInputs([dir], { stdin: Readable.from([]) }));
    expect(errors(items)).toEqual([]);
    expect(articles(items).map((a) => a.text)).toEqual(['Text of D1.', 'Text of D2.', 'Text of C.', 'Text of B.']);
  });

  it('expands a glob', async () => {
    const dir = makeTree({ 'x/one.md': md('One'), 'x/two.md': md('Two'), 'x/three.txt': 'Three.', 'y/four.md': md('Four') });
    const items = await collect(readInputs([join(dir, 'x/*.md')]));
    expect(articles(items).map((a) => a.title)).toEqual(['One', 'Two']);
    expect(items.map((i) => (i.kind === 'article' ? i.source : '')).every((s) => s.startsWith(dir))).toBe(true);
  });

  it('reads JSON lines from stdin for "-"', async () => {
    const stdin = Readable.from(['{"title":"S1","text":"From stdin.","date":"2025-04-14"}\n', 'garbage\n']);
    const items = await collect(readInputs(['-'], { stdin }));
    expect(articles(items).map((a) => a.title)).toEqual(['S1']);
    expect(errors(items)).toMatchObject([{ code: 'PARSE_JSON', source: '-', item: 'line 2' }]);
  });

  it('throws INPUT_NOT_FOUND when no input matches anything', async () => {
    const dir = makeTree({ 'only.xml': '<x/>' });
    await expect(collect(readInputs(['/nonexistent/secfacts', join(dir, '*.md'), dir]))).rejects.toThrow(SecfactsError);
    await expect(collect(readInputs([]))).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });

  it('records an unmatched input as an error item, in order, when another input matched', async () => {
    const dir = makeTree({ 'a.md': md('A') });
    const items = await collect(readInputs(['/nonexistent/secfacts', dir]));
    expect(items[0]).toMatchObject({ kind: 'error', diagnostic: { code: 'INPUT_NOT_FOUND', source: '/nonexistent/secfacts' } });
    expect(articles(items).map((a) => a.title)).toEqual(['A']);
  });

  it('reads an explicitly named file once even if a folder also holds it, and refuses an unknown extension', async () => {
    const dir = makeTree({ 'a.md': md('A'), 'SOURCES.md': md('Named'), 'data.xml': '<x/>' });
    const items = await collect(readInputs([join(dir, 'a.md'), dir, join(dir, 'SOURCES.md'), join(dir, 'data.xml')]));
    expect(articles(items).map((a) => a.title)).toEqual(['A', 'Named']);
    expect(errors(items).map((d) => d.code)).toEqual(['INPUT_UNSUPPORTED']);
  });

  it('keeps going after bad files: the batch yields one item per problem and every good article', async () => {
    const dir = makeTree({
      '1-good.md': md('Good'),
      '2-empty.txt': '',
      '3-binary.json': Buffer.alloc(64, 0),
      '4-lines.jsonl': '{"text":"L1."}\n{bad\n{"title":"no text"}\n{"text":"L4.","date":"2025-02-30"}\n',
      '5-undated.txt': 'No date here.',
    });
    const items = await collect(readInputs([dir]));
    expect(items.map((i) => (i.kind === 'article' ? `article ${i.warnings.map((w) => w.code).join(',')}`.trim() : i.diagnostic.code))).toEqual([
      'article',
      'EMPTY_TEXT',
      'BINARY_CONTENT',
      'article DATE_MISSING',
      'PARSE_JSON',
      'EMPTY_TEXT',
      'article DATE_INVALID',
      'article DATE_MISSING',
    ]);
  });
});
