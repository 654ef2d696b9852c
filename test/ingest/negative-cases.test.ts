import { describe, expect, it } from 'vitest';
import { normalizePublished } from '../../src/ingest/dates.js';
import { readInputs } from '../../src/ingest/index.js';
import { toArticle } from '../../src/ingest/normalize.js';
import { collect, errors, makeTree, onlyError } from './helpers.js';

/** Inputs that must never become an article, and dates that must never become a value. */
describe('dates that are not publication dates', () => {
  it.each([
    '2025-02-30',
    '2025-13-01',
    '2025-04-14T25:00:00Z',
    'February 30, 2025',
    '31 Apr 2025',
    'Smarch 3, 2025',
    'Mon, 14 Apr 2025 10:00:00 XYZ',
    'yesterday',
    '14/04/2025',
    '2025',
    '2025-04',
    'x'.repeat(100_000),
    '.'.repeat(100_000),
  ])('refuses %s', (raw) => {
    expect(normalizePublished(raw).status).toBe('invalid');
  });

  it('refuses a number', () => {
    expect(normalizePublished(20250414).status).toBe('invalid');
  });
});

describe('items that are not articles', () => {
  it.each([
    [{}, 'EMPTY_TEXT'],
    [{ text: '' }, 'EMPTY_TEXT'],
    [{ text: ' \n\t ' }, 'EMPTY_TEXT'],
    [{ body: '\u0000\u0001' }, 'BINARY_CONTENT'],
    [{ text: 42 }, 'VALIDATION'],
    [{ text: ['a'] }, 'VALIDATION'],
    [{ text: 'Fine text.', url: 'not a url' }, 'VALIDATION'],
    [{ text: 'Fine text.', title: { nested: true } }, 'VALIDATION'],
  ])('%j is a %s error', (raw, code) => {
    expect(onlyError(toArticle(raw, 'test', 'index 0')).code).toBe(code);
  });

  it('refuses a text over the size limit', () => {
    expect(onlyError(toArticle({ text: 'word '.repeat(100) }, 'test', null, { maxTextBytes: 100 })).code).toBe('TOO_LARGE');
  });
});

describe('files that hold no article', () => {
  it('turns each bad file into one error item and reads the next', async () => {
    const dir = makeTree({
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, ...Array(500).fill(0)]),
      'broken.json': '{"text": "unterminated',
      'open-front-matter.md': '---\ntitle: x\nno closing fence\n',
      'bad-yaml.md': '---\ntitle: [unclosed\n---\nBody text.\n',
      'list-yaml.md': '---\n- a\n- b\n---\nBody text.\n',
      'scalar.json': '"just a string"',
      'empty-array.json': '[]',
      'blank.jsonl': '\n\n   \n',
      'header-only.csv': 'url,title,text\n',
      'no-text-column.csv': 'url,title\nhttps://e.org,x\n',
      'only-front-matter.md': '---\ntitle: Nothing else\n---\n',
    });
    const items = await collect(readInputs([dir]));
    expect(items.every((item) => item.kind === 'error')).toBe(true);
    const byFile = Object.fromEntries(errors(items).map((d) => [d.source.slice(dir.length + 1), d.code]));
    expect(byFile).toEqual({
      'bad-yaml.md': 'PARSE_FRONT_MATTER',
      'binary.txt': 'BINARY_CONTENT',
      'blank.jsonl': 'EMPTY_TEXT',
      'broken.json': 'PARSE_JSON',
      'empty-array.json': 'EMPTY_TEXT',
      'empty.txt': 'EMPTY_TEXT',
      'header-only.csv': 'EMPTY_TEXT',
      'list-yaml.md': 'PARSE_FRONT_MATTER',
      'no-text-column.csv': 'PARSE_CSV',
      'only-front-matter.md': 'EMPTY_TEXT',
      'open-front-matter.md': 'PARSE_FRONT_MATTER',
      'scalar.json': 'VALIDATION',
    });
  });

  it('refuses a whole file over maxFileBytes without reading it', async () => {
    const dir = makeTree({ 'big.txt': 'A sentence of text. '.repeat(100) });
    const items = await collect(readInputs([dir], { maxFileBytes: 500 }));
    expect(errors(items).map((d) => d.code)).toEqual(['TOO_LARGE']);
  });

  it('refuses HTML over maxHtmlBytes before parsing it', async () => {
    const dir = makeTree({ 'page.html': `<html><body>${'<p>Paragraph text.</p>'.repeat(100)}</body></html>` });
    const items = await collect(readInputs([dir], { maxHtmlBytes: 1000 }));
    expect(errors(items).map((d) => d.code)).toEqual(['TOO_LARGE']);
  });

  it('survives junk: 100 KB of punctuation or one repeated word', async () => {
    const dir = makeTree({
      'punct.md': `---\n${'-'.repeat(100_000)}`,
      'words.txt': 'agreement '.repeat(20_000),
      'junk.jsonl': '{'.repeat(100_000),
      'junk.csv': `text\n"${'"'.repeat(100_001)}`,
    });
    const items = await collect(readInputs([dir]));
    expect(items).toHaveLength(4);
  });
});
