import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonLines, readJsonLinesFile } from '../../../src/ingest/formats/jsonl.js';
import { resolveOptions } from '../../../src/ingest/types.js';
import { collect, makeTree, onlyArticle, onlyError } from '../helpers.js';

const options = resolveOptions();

describe('.jsonl', () => {
  it('reads one article per line, numbering lines from 1 and skipping blank ones', async () => {
    const dir = makeTree({
      'a.jsonl': '\uFEFF{"text":"One.","date":"2025-04-14"}\r\n\r\n{"text":"Three.","published":"Mon, 14 Apr 2025 10:00:00 +0200"}\n',
    });
    const items = await collect(readJsonLinesFile(join(dir, 'a.jsonl'), options));
    expect(items.map((i) => onlyArticle(i).item)).toEqual(['line 1', 'line 3']);
    expect(onlyArticle(items[1]).article.published).toBe('2025-04-14T10:00:00+02:00');
  });

  it('turns a malformed line into an error item naming the line, and goes on', async () => {
    const dir = makeTree({ 'b.jsonl': '{"text":"One."}\n{"text": "broken\n[1,2]\n{"text":"Four."}\n' });
    const items = await collect(readJsonLinesFile(join(dir, 'b.jsonl'), options));
    expect(items).toHaveLength(4);
    expect(onlyError(items[1])).toMatchObject({ code: 'PARSE_JSON', item: 'line 2' });
    expect(onlyError(items[2])).toMatchObject({ code: 'VALIDATION', item: 'line 3' });
    expect(onlyArticle(items[3]).article.text).toBe('Four.');
  });

  it('refuses an oversized line without parsing it', async () => {
    const small = { ...options, maxTextBytes: 10 };
    const items = await collect(readJsonLines(Readable.from([`{"text":"${'a'.repeat(70_000)}"}\n{"text":"ok"}\n`]), '-', small));
    expect(onlyError(items[0])).toMatchObject({ code: 'TOO_LARGE', item: 'line 1' });
    expect(onlyArticle(items[1]).article.text).toBe('ok');
  });

  it('reads a stream that arrives in arbitrary chunks', async () => {
    const chunks = ['{"te', 'xt":"A."}\n{"text"', ':"B."}'];
    const items = await collect(readJsonLines(Readable.from(chunks), '-', options));
    expect(items.map((i) => onlyArticle(i).article.text)).toEqual(['A.', 'B.']);
  });

  it('reports a stream that fails midway after the lines already read', async () => {
    const failing = new Readable({
      read() {
        this.push('{"text":"A."}\n');
        this.destroy(new Error('disk gone'));
      },
    });
    const items = await collect(readJsonLines(failing, 'x.jsonl', options));
    expect(onlyArticle(items[0]).article.text).toBe('A.');
    expect(onlyError(items.at(-1))).toMatchObject({ code: 'READ_FAILED' });
  });

  it('streams: the first articles of a million-line input come out after reading only a few chunks of it', async () => {
    const LINES = 1_000_000;
    let produced = 0;
    // Lazily made lines: the test never holds the input, and neither may the reader.
    const input = Readable.from(
      (function* () {
        for (; produced < LINES; ) {
          produced++;
          yield `{"text":"Article ${produced}."}\n`;
        }
      })(),
    );
    const texts: string[] = [];
    for await (const item of readJsonLines(input, 'big.jsonl', options)) {
      texts.push(onlyArticle(item).article.text);
      if (texts.length === 3) break;
    }
    expect(texts).toEqual(['Article 1.', 'Article 2.', 'Article 3.']);
    // Read ahead is bounded: readline queues up to 1,024 lines before it pauses its input, and the
    // stream holds a few chunks more; nowhere near the million lines.
    expect(produced).toBeLessThan(5_000);
    input.destroy();
  });
});
