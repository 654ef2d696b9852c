import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/model/article.js';
import { createDoc } from '../../src/model/doc.js';
import { openDatabase } from '../../src/store/db.js';
import { RunWriter } from '../../src/store/write.js';

const root = join(import.meta.dirname, '../..');

describe('docs/examples', () => {
  it('commitments-by-party.mjs lists a party’s commitments from a database', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'secfacts-docs-')), 'facts.db');
    const text = 'France and Morocco signed a joint declaration.';
    const article = { id: articleId(text), url: null, title: 't', published: '2025-03-01', source: null, lang: 'en', text };
    const doc = createDoc(article);
    doc.sentences = [{ index: 0, start: 0, end: text.length }];
    doc.commitments = [
      {
        sentence: 0, start: 27, end: 45, rule: 'test', type: 'DECLARATION', status: 'SIGNED', date: '2025-03',
        parties: ['FRA', 'MAR'], topics: [], trigger: 'joint declaration', cameo: null, plover: null, evidence: [],
      },
    ];
    const db = openDatabase(path);
    new RunWriter(db, 'v', [], {}).writeBatch([
      { article, source: 's', item: null, status: 'extracted', statusReason: null, doc, diagnostics: [] },
    ]);
    db.close();
    const out = execFileSync(process.execPath, [join(root, 'docs/examples/commitments-by-party.mjs'), path, 'mar'], {
      encoding: 'utf8',
    });
    expect(out).toContain('2025-03  DECLARATION (SIGNED) with FRA,MAR: "joint declaration"');
    expect(out).toContain('1 commitments with MAR');
  });
});
