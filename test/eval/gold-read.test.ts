import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/gold-read.js';
import { SecfactsError } from '../../src/model/errors.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/eval');
const fixture = (name: string): string => join(FIXTURES, name);

async function readError(paths: string[]): Promise<SecfactsError> {
  const error = await readGold(paths).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SecfactsError);
  return error as SecfactsError;
}

describe('readGold', () => {
  it('reads a single *.json article with all its facts', async () => {
    const [article, ...rest] = await readGold([fixture('one.json')]);
    expect(rest).toHaveLength(0);
    expect(article!.id).toBe('fixture-one');
    expect(article!.published).toBe('2025-04-14');
    expect(article!.entities).toHaveLength(3);
    expect(article!.entities[0]).toEqual({
      name: 'Bruno Retailleau',
      type: 'PERSON',
      country: 'FRA',
      role: 'interior minister',
    });
    expect(article!.dates).toEqual([{ text: 'Monday', type: 'DATE', value: '2025-04-14' }]);
    expect(article!.commitments[0]!.parties).toEqual(['FRA', 'MAR']);
  });

  it('reads one article per non-blank line of a *.jsonl file, keeping optional fields', async () => {
    const articles = await readGold([fixture('two.jsonl')]);
    expect(articles.map((a) => a.id)).toEqual(['fixture-two', 'fixture-three']);
    expect(articles[0]!.entities[0]!.aliases).toEqual(['NATO']);
    expect(articles[0]!.quotes[0]).toEqual({ speaker: 'NATO', text: 'We will cooperate' });
    expect(articles[1]!.dates[0]).toMatchObject({ start: 46, end: 56 });
  });

  it('tolerates an array of articles in a *.json file', async () => {
    const articles = await readGold([fixture('array.json')]);
    expect(articles.map((a) => a.id)).toEqual(['fixture-array-1', 'fixture-array-2']);
  });

  it('searches folders recursively for *.json and *.jsonl only, in a stable order', async () => {
    const articles = await readGold([fixture('folder')]);
    expect(articles.map((a) => a.id)).toEqual(['fixture-folder-nested', 'fixture-folder-top']);
  });

  it.each([
    ['sotu-dates', ['2015-01-20', '2019-02-05', '2021-04-28']],
    ['sotu-heldout', ['2002-01-29', '2003-01-28', '2010-01-27', '2014-01-28', '2016-01-12', '2017-02-28', '2018-01-30', '2020-02-04']],
  ])('reads the dates-only gold set %s, every date text found in its article', async (folder, published) => {
    const articles = await readGold([join(FIXTURES, folder)]);
    expect(articles.map((a) => a.published)).toEqual(published);
    for (const a of articles) {
      expect(a.dates.length).toBeGreaterThan(10);
      for (const d of a.dates) expect(a.text).toContain(d.text);
    }
  });

  it('reads a file only once when it is named and also lies in a named folder', async () => {
    const articles = await readGold([fixture('folder/top.json'), fixture('folder')]);
    expect(articles.map((a) => a.id)).toEqual(['fixture-folder-top', 'fixture-folder-nested']);
  });

  it('names the file, the article and the field of an invalid value', async () => {
    const error = await readError([fixture('invalid/bad-type.json')]);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('bad-type.json');
    expect(error.message).toContain('fixture-bad-type');
    expect(error.message).toContain('entities[0].type');
  });

  it('names the line of an invalid article in a *.jsonl file', async () => {
    const error = await readError([fixture('invalid/bad-line.jsonl')]);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('bad-line.jsonl line 2');
    expect(error.message).toContain('dates[0].value');
  });

  it('refuses a misspelt key in a fact instead of dropping it silently', async () => {
    const error = await readError([fixture('invalid/typo-key.json')]);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('entities[0]');
    expect(error.message).toContain('alias');
  });

  it('gives the line and column of malformed JSON', async () => {
    const error = await readError([fixture('invalid/malformed.json')]);
    expect(error.code).toBe('PARSE_JSON');
    expect(error.message).toContain('malformed.json');
    expect(error.message).toMatch(/line 4 column 1/);
  });

  it('refuses two gold articles with the same id', async () => {
    const error = await readError([fixture('invalid/duplicate-id.jsonl')]);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('duplicate gold id "fixture-dup"');
    expect(error.message).toContain('line 1');
  });

  it('refuses a path that does not exist and a file that is not gold', async () => {
    expect((await readError([fixture('missing.json')])).code).toBe('INPUT_NOT_FOUND');
    expect((await readError([fixture('folder/notes.txt')])).code).toBe('INPUT_UNSUPPORTED');
  });

  it('refuses a folder without any gold file', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'secfacts-gold-'));
    try {
      await writeFile(join(empty, 'notes.txt'), 'not gold');
      expect((await readError([empty])).code).toBe('INPUT_NOT_FOUND');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
