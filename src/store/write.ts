import type { Article } from '../model/article.js';
import type { Doc } from '../model/doc.js';
import type { Diagnostic } from '../model/errors.js';
import type { Db } from './db.js';

export type ArticleStatus = 'extracted' | 'failed' | 'skipped';

/** One article ready to be written: where it was read from and what extraction made of it. */
export interface ExtractedArticle {
  article: Article;
  source: string;
  item: string | null;
  status: ArticleStatus;
  /** Why the article has no facts (failed or skipped), in plain words. */
  statusReason: string | null;
  /** Facts; null when the article was not extracted. */
  doc: Doc | null;
  /** Warnings and errors for this item: from ingestion and from the stages. */
  diagnostics: Diagnostic[];
  /** The earlier article this one nearly repeats. */
  duplicateOf?: { articleId: string; similarity: number } | null;
}

/** A stored article met again: the same text from another place, or unchanged in a rerun. */
export interface SeenAgain {
  articleId: string;
  source: string;
  item: string | null;
  url: string | null;
  warnings: Diagnostic[];
}

export interface FactCounts {
  entities: number;
  mentions: number;
  dates: number;
  commitments: number;
  quotes: number;
}

/**
 * All writes of a run. Statements are prepared once. Writes go into one open transaction until
 * `commit`: a transaction per article would cost a commit each, and a batch written in one go
 * would hold the main thread (which also feeds the workers) for a long stretch, so articles are
 * written one by one as they come back and committed every few hundred.
 */
export class RunWriter {
  private readonly statements;
  private readonly entityIds = new Map<string, number>();
  readonly runId: number;

  constructor(
    private readonly db: Db,
    readonly version: string,
    inputs: readonly string[],
    options: Record<string, unknown>,
  ) {
    this.statements = prepare(db);
    this.runId = Number(
      this.statements.startRun.run(new Date().toISOString(), version, JSON.stringify(inputs), JSON.stringify(options))
        .lastInsertRowid,
    );
  }

  /** Whether this article's facts are already stored by this extractor version. */
  isCurrent(articleId: string): boolean {
    const row = this.statements.articleState.get(articleId) as { extractor_version: string; status: string } | undefined;
    return row !== undefined && row.extractor_version === this.version && row.status !== 'failed';
  }

  /** Notes that stored articles were seen again (from another source, or in a rerun), with any warnings. */
  touch(seen: readonly SeenAgain[]): void {
    this.begin();
    for (const { articleId, source, item, url, warnings } of seen) {
      this.statements.touchArticle.run(this.runId, articleId);
      this.statements.addSource.run(articleId, source, item ?? '', url);
      for (const w of warnings) this.recordError(w, articleId);
    }
  }

  /**
   * Writes one article and its facts into the open transaction. No savepoint per article (with
   * one, FTS5 flushes its index at every article): a failed write is fatal to the run, which
   * rolls back to the last commit.
   */
  write(extracted: ExtractedArticle): FactCounts {
    this.begin();
    return this.writeArticle(extracted);
  }

  /** Writes articles and commits them. */
  writeBatch(batch: readonly ExtractedArticle[]): FactCounts {
    const counts: FactCounts = { entities: 0, mentions: 0, dates: 0, commitments: 0, quotes: 0 };
    for (const extracted of batch) add(counts, this.write(extracted));
    this.commit();
    return counts;
  }

  /** Makes everything written so far durable. */
  commit(): void {
    if (this.db.inTransaction) this.statements.commit.run();
  }

  /** Drops what was written since the last commit. */
  rollback(): void {
    if (this.db.inTransaction) this.statements.rollback.run();
    // Entities first inserted since the last commit are gone with it.
    this.entityIds.clear();
  }

  recordError(diagnostic: Diagnostic, articleId: string | null = null): void {
    this.begin();
    const s = this.statements;
    s.upsertError.run(
      diagnostic.source,
      diagnostic.item ?? '',
      diagnostic.code,
      diagnostic.severity,
      diagnostic.message,
      articleId,
      this.runId,
      this.runId,
    );
  }

  finish(counts: Record<string, number>, stageMs: Record<string, number>, status: 'finished' | 'aborted'): void {
    this.commit();
    this.statements.finishRun.run(
      new Date().toISOString(),
      JSON.stringify(counts),
      JSON.stringify(stageMs),
      status,
      this.runId,
    );
  }

  private begin(): void {
    if (!this.db.inTransaction) this.statements.begin.run();
  }

  private writeArticle(extracted: ExtractedArticle): FactCounts {
    const s = this.statements;
    const { article, doc } = extracted;
    // A new article has no facts or errors to replace: skipping the deletes saves a statement
    // per fact table for nearly every article of a large first run.
    const existed = s.articleState.get(article.id) !== undefined;
    s.upsertArticle.run({
      id: article.id,
      url: article.url,
      title: article.title,
      published: article.published,
      source: article.source,
      lang: article.lang,
      text: article.text,
      status: extracted.status,
      status_reason: extracted.statusReason,
      version: this.version,
      run: this.runId,
    });
    s.addSource.run(article.id, extracted.source, extracted.item ?? '', article.url);
    // Whatever was wrong with this item before is replaced by what is wrong with it now.
    s.clearErrors.run(extracted.source, extracted.item ?? '');
    if (existed) s.clearArticleErrors.run(article.id);
    for (const d of extracted.diagnostics) this.recordError(d, article.id);
    if (extracted.duplicateOf) {
      s.putDuplicate.run(article.id, extracted.duplicateOf.articleId, extracted.duplicateOf.similarity);
    }
    if (existed) for (const table of FACT_TABLES) s.deleteFacts[table].run(article.id);
    if (!doc) return { entities: 0, mentions: 0, dates: 0, commitments: 0, quotes: 0 };

    s.insertSentences.run(article.id, JSON.stringify(doc.sentences.map((x) => [x.start, x.end])));
    const entityIds = doc.entities.map((entity) => {
      const id = this.entityId(entity.type, entity.name, entity.country);
      s.insertArticleEntity.run(article.id, id, entity.role, entity.party, JSON.stringify(entity.aliases));
      return id;
    });
    for (const m of doc.mentions) {
      const entityId = entityIds[m.entity];
      if (entityId === undefined) continue;
      s.insertMention.run(article.id, entityId, m.sentence, m.start, m.end, m.text, m.role, m.rule);
    }
    for (const t of doc.timexes) {
      s.insertDate.run(article.id, t.sentence, t.start, t.end, t.text, t.type, t.value, t.mod, t.firstDay, t.lastDay, t.rule);
    }
    for (const c of doc.commitments) {
      // The day range of the commitment's date comes from the timex that gave it.
      const timex = c.date === null ? undefined : doc.timexes.find((t) => t.value === c.date && t.firstDay !== null);
      const commitmentId = Number(
        s.insertCommitment.run(
          article.id,
          c.sentence,
          c.start,
          c.end,
          c.type,
          c.status,
          c.date,
          timex?.firstDay ?? null,
          timex?.lastDay ?? null,
          c.trigger,
          c.cameo,
          c.plover,
          c.rule,
        ).lastInsertRowid,
      );
      for (const party of new Set(c.parties)) s.insertParty.run(commitmentId, party);
      for (const topic of new Set(c.topics)) s.insertTopic.run(commitmentId, topic);
      for (const e of c.evidence) s.insertEvidence.run(commitmentId, e.sentence, e.start, e.end, e.rule);
    }
    for (const q of doc.quotes) {
      const speakerId = q.speakerEntity === null ? null : (entityIds[q.speakerEntity] ?? null);
      s.insertQuote.run(article.id, q.sentence, q.start, q.end, q.text, q.speaker, speakerId, q.rule);
    }
    return {
      entities: doc.entities.length,
      mentions: doc.mentions.length,
      dates: doc.timexes.length,
      commitments: doc.commitments.length,
      quotes: doc.quotes.length,
    };
  }

  private entityId(type: string, name: string, country: string | null): number {
    const key = `${type}\u0000${name}\u0000${country ?? ''}`;
    let id = this.entityIds.get(key);
    if (id === undefined) {
      this.statements.insertEntity.run(name, type, country);
      id = this.statements.entityId.get(type, name, country ?? '') as number;
      // A cache, not a registry: emptied when full so that memory stays flat on any archive.
      if (this.entityIds.size >= ENTITY_CACHE_SIZE) this.entityIds.clear();
      this.entityIds.set(key, id);
    }
    return id;
  }
}

const ENTITY_CACHE_SIZE = 50_000;

const FACT_TABLES = ['article_sentences', 'article_entities', 'mentions', 'dates', 'commitments', 'quotes'] as const;

function add(total: FactCounts, part: FactCounts): void {
  total.entities += part.entities;
  total.mentions += part.mentions;
  total.dates += part.dates;
  total.commitments += part.commitments;
  total.quotes += part.quotes;
}

function prepare(db: Db) {
  const deleteFacts = Object.fromEntries(
    FACT_TABLES.map((table) => [table, db.prepare(`DELETE FROM ${table} WHERE article_id = ?`)]),
  ) as Record<(typeof FACT_TABLES)[number], ReturnType<Db['prepare']>>;
  return {
    begin: db.prepare('BEGIN'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    startRun: db.prepare('INSERT INTO runs (started_at, version, inputs, options) VALUES (?, ?, ?, ?)'),
    finishRun: db.prepare('UPDATE runs SET finished_at = ?, counts = ?, stage_ms = ?, status = ? WHERE id = ?'),
    articleState: db.prepare('SELECT extractor_version, status FROM articles WHERE id = ?'),
    touchArticle: db.prepare('UPDATE articles SET last_run = ? WHERE id = ?'),
    upsertArticle: db.prepare(`
      INSERT INTO articles (id, url, title, published, source, lang, text, status, status_reason, extractor_version, first_run, last_run)
      VALUES (@id, @url, @title, @published, @source, @lang, @text, @status, @status_reason, @version, @run, @run)
      ON CONFLICT(id) DO UPDATE SET
        url = coalesce(excluded.url, url), title = excluded.title, published = coalesce(excluded.published, published),
        source = coalesce(excluded.source, source), lang = excluded.lang, status = excluded.status,
        status_reason = excluded.status_reason, extractor_version = excluded.extractor_version, last_run = excluded.last_run`),
    putDuplicate: db.prepare(
      'INSERT OR REPLACE INTO near_duplicates (article_id, duplicate_of, similarity) VALUES (?, ?, ?)',
    ),
    addSource: db.prepare('INSERT OR IGNORE INTO article_sources (article_id, source, item, url) VALUES (?, ?, ?, ?)'),
    clearErrors: db.prepare('DELETE FROM errors WHERE source = ? AND item = ?'),
    clearArticleErrors: db.prepare('DELETE FROM errors WHERE article_id = ?'),
    upsertError: db.prepare(`
      INSERT INTO errors (source, item, code, severity, message, article_id, first_run, last_run)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(source, item, code) DO UPDATE SET
        severity = excluded.severity, message = excluded.message, article_id = excluded.article_id, last_run = excluded.last_run`),
    deleteFacts,
    insertSentences: db.prepare('INSERT INTO article_sentences (article_id, bounds) VALUES (?, ?)'),
    insertEntity: db.prepare('INSERT OR IGNORE INTO entities (name, type, country) VALUES (?, ?, ?)'),
    entityId: db.prepare("SELECT id FROM entities WHERE type = ? AND name = ? AND ifnull(country, '') = ?").pluck(),
    insertArticleEntity: db.prepare(
      'INSERT OR REPLACE INTO article_entities (article_id, entity_id, role, party, aliases) VALUES (?, ?, ?, ?, ?)',
    ),
    insertMention: db.prepare(
      'INSERT INTO mentions (article_id, entity_id, sentence, start, end, text, role, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertDate: db.prepare(
      'INSERT INTO dates (article_id, sentence, start, end, text, type, value, mod, first_day, last_day, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertCommitment: db.prepare(
      'INSERT INTO commitments (article_id, sentence, start, end, type, status, date, first_day, last_day, trigger, cameo, plover, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertParty: db.prepare('INSERT OR IGNORE INTO commitment_parties (commitment_id, party) VALUES (?, ?)'),
    insertTopic: db.prepare('INSERT OR IGNORE INTO commitment_topics (commitment_id, topic) VALUES (?, ?)'),
    insertEvidence: db.prepare(
      'INSERT INTO commitment_evidence (commitment_id, sentence, start, end, rule) VALUES (?, ?, ?, ?, ?)',
    ),
    insertQuote: db.prepare(
      'INSERT INTO quotes (article_id, sentence, start, end, text, speaker, speaker_entity_id, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
}
