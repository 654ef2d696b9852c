import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const seed = join(import.meta.dirname, '../fixtures/cli/seed.json');

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

async function queryJson(db: string, ...args: string[]): Promise<Record<string, unknown>[]> {
  const { code, out } = await cli('query', ...args, '--db', db, '--format', 'json');
  expect(code).toBe(0);
  return JSON.parse(out) as Record<string, unknown>[];
}

/** A folder with the seed article, a good JSONL file, and one of each kind of bad input. */
function makeInputs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secfacts-cli-'));
  copyFileSync(seed, join(dir, 'seed.json'));
  writeFileSync(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({ title: 'Ankara and Baku', published: '2024-06-01', text: 'Turkey and Azerbaijan signed a defence agreement on Monday.' }),
      '{"title": "broken", "text": ',
      JSON.stringify({ title: 'No text here', published: '2024-06-02', text: '' }),
      JSON.stringify({ title: 'Impossible day', published: '2025-02-30', text: 'Greece and Cyprus held talks on Tuesday.' }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 0, 255, 254, 0, 0, 7, 8]));
  return dir;
}

describe('secfacts CLI end to end', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs a folder into a database, records every bad item, and queries the facts', async () => {
    const inputs = makeInputs();
    const db = join(inputs, 'out', 'facts.db');
    const run = await cli('run', inputs, '--db', db, '--quiet');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/articles: \d+ read, 3 stored/);

    const commitments = await queryJson(db, 'commitments', '--country', 'MAR');
    const taskForce = commitments.find((c) => c.type === 'TASK_FORCE');
    expect(taskForce).toMatchObject({ status: 'ANNOUNCED', date: '2025-04-14' });
    expect(String(taskForce?.parties).split(',')).toEqual(expect.arrayContaining(['FRA', 'MAR']));
    for (const c of commitments) {
      expect(c).toHaveProperty('article_id');
      expect(typeof c.sentence).toBe('number');
      expect(Number(c.end)).toBeGreaterThan(Number(c.start));
      expect(String(c.rule)).not.toBe('');
    }

    const errors = await queryJson(db, 'errors');
    const codes = errors.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['PARSE_JSON', 'EMPTY_TEXT', 'BINARY_CONTENT', 'DATE_INVALID']));
    for (const e of errors) expect(e.source).toBeTruthy();

    const articles = await queryJson(db, 'articles');
    expect(articles.map((a) => a.title)).toEqual(expect.arrayContaining(['Ankara and Baku', 'Impossible day']));
    expect(articles.find((a) => a.title === 'Impossible day')?.published).toBeNull();
  });

  it('adds nothing when the same inputs run twice', async () => {
    const inputs = makeInputs();
    const db = join(inputs, 'facts.db');
    const tables = ['articles', 'entities', 'mentions', 'dates', 'commitments', 'quotes', 'errors'];
    const counts = async () => {
      const { out } = await cli('sql', tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ').replace(/^/, 'SELECT '), '--db', db, '--format', 'json');
      return JSON.parse(out) as unknown;
    };
    expect((await cli('run', inputs, '--db', db, '--quiet')).code).toBe(0);
    const first = await counts();
    const again = await cli('run', inputs, '--db', db, '--quiet');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 stored, 3 skipped/);
    expect(await counts()).toEqual(first);
  });

  it('refuses writes through sql, and unknown filters, with a clear message', async () => {
    const inputs = makeInputs();
    const db = join(inputs, 'facts.db');
    await cli('run', join(inputs, 'seed.json'), '--db', db, '--quiet');
    const write = await cli('sql', 'DELETE FROM articles', '--db', db);
    expect(write.code).toBe(1);
    expect(write.err).toMatch(/read/);
    const filter = await cli('query', 'errors', '--status', 'SIGNED', '--db', db);
    expect(filter.code).toBe(1);
    expect(filter.err).toMatch(/does not take --status/);
  });

  it('exits non-zero on fatal errors: nothing to read, database not writable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secfacts-cli-'));
    const missing = await cli('run', join(dir, 'nothing-here'), '--db', join(dir, 'x.db'), '--quiet');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/INPUT_NOT_FOUND/);
    writeFileSync(join(dir, 'file'), 'not a folder');
    const unwritable = await cli('run', seed, '--db', join(dir, 'file', 'x.db'), '--quiet');
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toMatch(/DB_FAILED/);
  });

  it('scores gold files, with the same numbers on this thread and on worker threads', async () => {
    const inProcess = await cli('eval', 'gold', seed, '--json');
    expect(inProcess.code).toBe(0);
    const report = JSON.parse(inProcess.out) as { articles: number; commitments: { f1: number }; entities: { f1: number } };
    expect(report.articles).toBe(1);
    expect(report.entities.f1).toBeGreaterThan(0.8);
    expect(report.commitments.f1).toBeGreaterThan(0.5);
    const workers = await cli('eval', 'gold', seed, '--json', '--workers', '2');
    expect(workers.code).toBe(0);
    expect(JSON.parse(workers.out)).toEqual(report);
  });

  it('prints help for every command', async () => {
    for (const command of [['run'], ['query'], ['sql'], ['eval', 'gold'], ['eval', 'timeml'], ['eval', 'conll'], ['eval', 'meantime'], ['eval', 'html']]) {
      const { out } = await cli(...command, '--help');
      expect(out).toMatch(/Usage: secfacts/);
    }
  });
});
