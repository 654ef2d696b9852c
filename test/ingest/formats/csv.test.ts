import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../src/ingest/formats/csv.js';
import { resolveOptions } from '../../../src/ingest/types.js';
import { collect, makeTree, onlyArticle, onlyError } from '../helpers.js';

const options = resolveOptions();

async function read(content: string) {
  const dir = makeTree({ 'a.csv': content });
  return collect(readCsvFile(join(dir, 'a.csv'), options));
}

describe('.csv', () => {
  it('matches header names case-insensitively and reads multi-line quoted text', async () => {
    const items = await read('\uFEFFURL,Date,Title,Content\nhttps://e.org/1,"April 14, 2025",First,"Line one.\nLine ""two""."\n');
    expect(items).toHaveLength(1);
    expect(onlyArticle(items[0])).toMatchObject({
      item: 'row 1',
      article: { url: 'https://e.org/1', published: '2025-04-14', title: 'First', text: 'Line one.\nLine "two".' },
    });
  });

  it('reads the Wikinews mirror layout (url,date,title,text)', async () => {
    const items = await collect(readCsvFile(join(import.meta.dirname, '../../fixtures/ingest/wikinews-sample.csv'), options));
    expect(items.map((i) => onlyArticle(i).article.published)).toEqual(['2019-01-23', '2020-01-11']);
  });

  it('numbers data rows from 1 and keeps going after a row with the wrong cell count', async () => {
    const items = await read('title,body,date\nA,Text A.,2025-04-14\nB,Text B.\nC,Text C.,2025-02-30\n');
    expect(onlyArticle(items[0]).item).toBe('row 1');
    expect(onlyError(items[1])).toMatchObject({ code: 'PARSE_CSV', item: 'row 2' });
    const third = onlyArticle(items[2]);
    expect(third.item).toBe('row 3');
    expect(third.warnings.map((w) => w.code)).toEqual(['DATE_INVALID']);
  });

  it('reports a row without text as EMPTY_TEXT with its row', async () => {
    const items = await read('title,text\nA,\nB,Text B.\n');
    expect(onlyError(items[0])).toMatchObject({ code: 'EMPTY_TEXT', item: 'row 1' });
    expect(onlyArticle(items[1]).article.title).toBe('B');
  });

  it('reports an unclosed quote as a CSV error instead of throwing', async () => {
    const items = await read('title,text\nA,"Text A.\n');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.kind === 'error' && i.diagnostic.code === 'PARSE_CSV')).toBe(true);
  });
});
