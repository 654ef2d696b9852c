import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../src/extract/default-pipeline.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import type { Stage } from '../../src/extract/stage.js';
import { runBatch } from '../../src/run/batch.js';
import { openReadonly } from '../../src/store/db.js';
import { startServer, type TestServer } from '../ingest/pull/server.js';

const STORY =
  'Turkey and Azerbaijan signed a defence cooperation agreement in Baku on Monday, the defence ministries of both countries said. ' +
  'The agreement covers joint military exercises, training of officers, the exchange of intelligence on border security and the joint production of armoured vehicles. ' +
  'Officials said the accord builds on a strategic partnership the two governments announced last year and would be reviewed by a joint commission every year. ' +
  'Analysts in Ankara said the deal was a signal to neighbouring states that the alliance between the two countries was deepening.';

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'secfacts-run-'));
}

function count(db: string, sql: string): unknown {
  const handle = openReadonly(db);
  try {
    return handle.prepare(sql).pluck().get();
  } finally {
    handle.close();
  }
}

describe('runBatch', () => {
  it('links a syndicated copy to the first one instead of extracting it again, also across runs', async () => {
    const dir = workdir();
    const db = join(dir, 'facts.db');
    const copy = STORY.replace('on Monday', 'on Monday (Reuters)');
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ title: 'Original', published: '2024-06-03', text: STORY })}\n`);
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ title: 'Copy', published: '2024-06-03', text: copy })}\n`);
    const first = await runBatch({ inputs: [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')], dbPath: db, maxTextBytes: 1e6, workers: 0 });
    expect(first).toMatchObject({ stored: 1, duplicates: 1 });
    expect(count(db, "SELECT count(*) FROM near_duplicates nd JOIN articles a ON a.id = nd.duplicate_of WHERE a.title = 'Original'")).toBe(1);
    expect(count(db, "SELECT count(*) FROM commitments c JOIN articles a ON a.id = c.article_id WHERE a.title = 'Copy'")).toBe(0);

    const third = STORY.replace('Analysts in Ankara said', 'Analysts in Baku and Ankara said');
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ title: 'Later copy', published: '2024-06-04', text: third })}\n`);
    const second = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 0 });
    expect(second).toMatchObject({ stored: 0, skipped: 2, duplicates: 1 });
  });

  it('stores the same text from two places once, with both sources, also when a rerun meets it again', async () => {
    const dir = workdir();
    const db = join(dir, 'facts.db');
    const line = `${JSON.stringify({ title: 'Pact', published: '2024-06-03', text: STORY })}\n`;
    writeFileSync(join(dir, 'a.jsonl'), line.repeat(3));
    writeFileSync(join(dir, 'b.jsonl'), line);
    const first = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 2 });
    expect(first).toMatchObject({ read: 4, stored: 1, skipped: 3 });
    expect(count(db, 'SELECT count(*) FROM articles')).toBe(1);
    expect(count(db, 'SELECT count(*) FROM article_sources')).toBe(4);
    const again = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 2 });
    expect(again).toMatchObject({ stored: 0, skipped: 4 });
    expect(count(db, 'SELECT count(*) FROM article_sources')).toBe(4);
    expect(count(db, 'SELECT count(DISTINCT last_run) FROM articles')).toBe(1);
    expect(count(db, 'SELECT last_run FROM articles')).toBe(again.runId);
  });

  it('stores non-English articles with the reason, without extracting them', async () => {
    const dir = workdir();
    const db = join(dir, 'facts.db');
    writeFileSync(join(dir, 'fr.json'), JSON.stringify({ title: 'FR', lang: 'fr', published: '2025-04-14', text: 'La France et le Maroc avancent ensemble.' }));
    const summary = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 0 });
    expect(summary).toMatchObject({ stored: 0, otherLanguage: 1 });
    expect(count(db, "SELECT status_reason FROM articles WHERE lang = 'fr'")).toMatch(/language "fr"/);
  });

  it('stops an article that exceeds the time budget in its worker, records it, and goes on', async () => {
    const dir = workdir();
    const db = join(dir, 'facts.db');
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ title: 'A', published: '2024-06-03', text: STORY })}\n`);
    const summary = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 1, budgetMs: 1 });
    expect(summary.failed).toBe(1);
    expect(count(db, "SELECT code FROM errors")).toBe('TIME_BUDGET');
    expect(count(db, "SELECT status FROM articles")).toBe('failed');
    const rerun = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 1 });
    expect(rerun).toMatchObject({ stored: 1, failed: 0 });
    expect(count(db, 'SELECT count(*) FROM errors')).toBe(0);
  });

  it('rolls back to the last commit when a write fails, and a rerun stores everything once', async () => {
    const dir = workdir();
    const db = join(dir, 'facts.db');
    // The second text is short, so it is not compared with the first as a near-duplicate.
    const lines = [STORY, 'Kenya and Ethiopia agreed on Friday to set up a joint border commission. CORRUPT'].map((text, i) => JSON.stringify({ title: `T${i}`, published: '2024-06-03', text }));
    writeFileSync(join(dir, 'a.jsonl'), `${lines.join('\n')}\n`);
    // A stage that hands the writer a fact the schema refuses, as a bug would.
    const corrupt: Stage = {
      name: 'corrupt',
      requires: ['timexes'],
      assigns: [],
      run(doc) {
        if (!doc.text.includes('CORRUPT')) return;
        doc.timexes.push({ sentence: 0, start: 0, end: 6, text: 'Turkey', type: 'BOGUS' as 'DATE', value: 'x', mod: null, firstDay: null, lastDay: null, rule: 'test' });
      },
    };
    const pipeline = createPipeline([...DEFAULT_STAGES, corrupt]);
    await expect(runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 0, pipeline })).rejects.toThrow(/CHECK constraint/);
    expect(count(db, 'SELECT count(*) FROM articles')).toBe(0);
    expect(count(db, 'SELECT status FROM runs')).toBe('aborted');
    const rerun = await runBatch({ inputs: [dir], dbPath: db, maxTextBytes: 1e6, workers: 0 });
    expect(rerun).toMatchObject({ stored: 2, failed: 0 });
    expect(count(db, 'SELECT count(*) FROM articles')).toBe(2);
    expect(count(db, 'SELECT count(DISTINCT article_id) FROM dates')).toBe(2);
  });

  describe('with URLs', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer({
        '/story': (_req, res) =>
          void res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(
              `<html lang="en"><head><title>Defence pact</title><meta property="article:published_time" content="2024-06-03T09:00:00Z"></head><body><article><h1>Defence pact</h1><p>${STORY}</p></article></body></html>`,
            ),
        '/broken': (_req, res) => void res.writeHead(500).end('oops'),
        '/feed': (req, res) =>
          void res
            .writeHead(200, { 'content-type': 'application/rss+xml' })
            .end(
              `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Defence pact</title><guid>pact-1</guid><link>http://${req.headers.host}/story</link></item></channel></rss>`,
            ),
      });
    });
    afterAll(() => server.close());

    it('records failed URLs with their stage and reason, and a rerun retries only what failed', async () => {
      const dir = workdir();
      const db = join(dir, 'facts.db');
      const inputs = [server.url('/story'), server.url('/broken')];
      const first = await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 0 });
      expect(first).toMatchObject({ stored: 1, failed: 1 });
      expect(count(db, `SELECT item || ' ' || message FROM errors WHERE source = '${server.url('/broken')}'`)).toMatch(/^fetch .*500/);
      expect(count(db, "SELECT published FROM articles")).toMatch(/^2024-06-03/);
      const storyHits = server.hits.get('/story');
      const brokenHits = server.hits.get('/broken') ?? 0;
      await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 0 });
      expect(server.hits.get('/story')).toBe(storyHits);
      expect(server.hits.get('/broken')).toBeGreaterThan(brokenHits);
      expect(count(db, 'SELECT count(*) FROM articles')).toBe(1);
    });

    it('fetches a page again on a rerun when its article could not be extracted', async () => {
      const dir = workdir();
      const db = join(dir, 'facts.db');
      const inputs = [server.url('/story')];
      const first = await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 1, budgetMs: 1 });
      expect(first).toMatchObject({ stored: 0, failed: 1 });
      expect(count(db, 'SELECT code FROM errors')).toBe('TIME_BUDGET');
      const hits = server.hits.get('/story');
      const rerun = await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 1 });
      expect(rerun).toMatchObject({ stored: 1, failed: 0 });
      expect(server.hits.get('/story')).toBeGreaterThan(hits ?? 0);
      expect(count(db, "SELECT status FROM articles")).toBe('extracted');
    });

    it('reads a seen feed item again on a rerun when its article could not be extracted', async () => {
      const dir = workdir();
      const db = join(dir, 'facts.db');
      const inputs = [server.url('/feed')];
      expect(await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 1, budgetMs: 1 })).toMatchObject({ failed: 1 });
      expect(await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 1 })).toMatchObject({ stored: 1, failed: 0 });
      const hits = server.hits.get('/story');
      // Now extracted: a third poll neither fetches the page nor stores anything.
      expect(await runBatch({ inputs, dbPath: db, maxTextBytes: 1e6, workers: 1 })).toMatchObject({ stored: 0, read: 0 });
      expect(server.hits.get('/story')).toBe(hits);
    });
  });
});
