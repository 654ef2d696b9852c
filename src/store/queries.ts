import type { Db } from './db.js';

export const QUERY_KINDS = ['commitments', 'entities', 'dates', 'articles', 'errors'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QueryFilters {
  country?: string;
  type?: string;
  status?: string;
  topic?: string;
  /** YYYY-MM-DD (or a prefix: YYYY, YYYY-MM): keep facts whose day range reaches it. */
  since?: string;
  until?: string;
  /** Article id, or a prefix of it. */
  article?: string;
  /** FTS5 query over article titles and texts. */
  search?: string;
  limit?: number;
}

/** Which filters each kind accepts; any other is refused rather than silently ignored. */
export const FILTERS_BY_KIND: Record<QueryKind, readonly (keyof QueryFilters)[]> = {
  commitments: ['country', 'type', 'status', 'topic', 'since', 'until', 'article', 'search', 'limit'],
  entities: ['country', 'type', 'article', 'search', 'limit'],
  dates: ['type', 'since', 'until', 'article', 'search', 'limit'],
  articles: ['country', 'since', 'until', 'article', 'search', 'limit'],
  errors: ['type', 'article', 'limit'],
};

export type Row = Record<string, unknown>;

/** Columns a terminal table shows; JSON and CSV carry every column. */
export const SUMMARY_COLUMNS: Record<QueryKind, readonly string[]> = {
  commitments: ['date', 'type', 'status', 'parties', 'topics', 'trigger', 'evidence'],
  entities: ['name', 'type', 'country', 'roles', 'mentions', 'articles'],
  dates: ['text', 'type', 'value', 'first_day', 'last_day', 'article_title'],
  articles: ['id', 'published', 'title', 'status', 'commitments'],
  errors: ['code', 'severity', 'source', 'item', 'message', 'last_run'],
};

/** A day-range bound: "2024" or "2024-10" as the first or last day they cover. */
export function dayBound(value: string, side: 'since' | 'until'): string {
  if (/^\d{4}$/.test(value)) return side === 'since' ? `${value}-01-01` : `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    if (side === 'since') return `${value}-01`;
    const [y, m] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new Error(`--${side} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
}

interface Clause {
  where: string[];
  params: unknown[];
}

function searchClause(c: Clause, articleColumn: string, search: string | undefined): void {
  if (!search) return;
  c.where.push(
    `${articleColumn} IN (SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?)`,
  );
  c.params.push(search);
}

function articleClause(c: Clause, column: string, article: string | undefined): void {
  if (!article) return;
  c.where.push(`${column} LIKE ? || '%'`);
  c.params.push(article);
}

function periodClause(c: Clause, first: string, last: string, f: QueryFilters): void {
  if (f.since) {
    c.where.push(`${last} >= ?`);
    c.params.push(dayBound(f.since, 'since'));
  }
  if (f.until) {
    c.where.push(`${first} <= ?`);
    c.params.push(dayBound(f.until, 'until'));
  }
}

function finish(db: Db, sql: string, c: Clause, order: string, limit: number | undefined): Row[] {
  const where = c.where.length > 0 ? ` WHERE ${c.where.join(' AND ')}` : '';
  const tail = limit ? ` LIMIT ${Math.max(1, Math.floor(limit))}` : '';
  return db.prepare(`${sql}${where} ORDER BY ${order}${tail}`).all(...c.params) as Row[];
}

export function queryFacts(db: Db, kind: QueryKind, f: QueryFilters): Row[] {
  const refused = (Object.keys(f) as (keyof QueryFilters)[]).filter(
    (key) => f[key] !== undefined && !FILTERS_BY_KIND[kind].includes(key),
  );
  if (refused.length > 0) {
    throw new Error(`query ${kind} does not take ${refused.map((k) => `--${k}`).join(', ')}`);
  }
  const c: Clause = { where: [], params: [] };
  switch (kind) {
    case 'commitments': {
      if (f.country) {
        c.where.push('id IN (SELECT commitment_id FROM commitment_parties WHERE party = ?)');
        c.params.push(f.country.toUpperCase());
      }
      if (f.type) {
        c.where.push('type = ?');
        c.params.push(f.type.toUpperCase());
      }
      if (f.status) {
        c.where.push('status = ?');
        c.params.push(f.status.toUpperCase());
      }
      if (f.topic) {
        c.where.push('id IN (SELECT commitment_id FROM commitment_topics WHERE topic = ?)');
        c.params.push(f.topic.toLowerCase());
      }
      // An undated commitment counts at its article's publication day.
      const day = 'substr(article_published, 1, 10)';
      periodClause(c, `coalesce(first_day, ${day})`, `coalesce(last_day, ${day})`, f);
      articleClause(c, 'article_id', f.article);
      searchClause(c, 'article_id', f.search);
      return finish(
        db,
        'SELECT id, article_id, article_title, article_url, article_published, date, first_day, last_day, type, status, parties, topics, trigger, cameo, plover, rule, sentence, start, end, evidence FROM commitments_full',
        c,
        `coalesce(first_day, ${day}), id`,
        f.limit,
      );
    }
    case 'entities': {
      if (f.country) {
        c.where.push('e.country = ?');
        c.params.push(f.country.toUpperCase());
      }
      if (f.type) {
        c.where.push('e.type = ?');
        c.params.push(f.type.toUpperCase());
      }
      articleClause(c, 'm.article_id', f.article);
      searchClause(c, 'm.article_id', f.search);
      const where = c.where.length > 0 ? ` WHERE ${c.where.join(' AND ')}` : '';
      const tail = f.limit ? ` LIMIT ${Math.max(1, Math.floor(f.limit))}` : '';
      return db
        .prepare(
          `SELECT e.id, e.name, e.type, e.country,
                  (SELECT group_concat(DISTINCT role) FROM article_entities ae WHERE ae.entity_id = e.id AND ae.role IS NOT NULL) AS roles,
                  count(*) AS mentions, count(DISTINCT m.article_id) AS articles
           FROM mentions m JOIN entities e ON e.id = m.entity_id${where}
           GROUP BY e.id ORDER BY mentions DESC, e.name${tail}`,
        )
        .all(...c.params) as Row[];
    }
    case 'dates': {
      if (f.type) {
        c.where.push('d.type = ?');
        c.params.push(f.type.toUpperCase());
      }
      periodClause(c, 'd.first_day', 'd.last_day', f);
      articleClause(c, 'd.article_id', f.article);
      searchClause(c, 'd.article_id', f.search);
      return finish(
        db,
        'SELECT d.id, d.article_id, a.title AS article_title, a.published AS article_published, d.text, d.type, d.value, d.mod, d.first_day, d.last_day, d.sentence, d.start, d.end, d.rule FROM dates d JOIN articles a ON a.id = d.article_id',
        c,
        'd.first_day, d.id',
        f.limit,
      );
    }
    case 'articles': {
      if (f.country) {
        c.where.push(
          'a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.country = ?)',
        );
        c.params.push(f.country.toUpperCase());
      }
      periodClause(c, 'substr(a.published, 1, 10)', 'substr(a.published, 1, 10)', f);
      articleClause(c, 'a.id', f.article);
      searchClause(c, 'a.id', f.search);
      return finish(
        db,
        `SELECT a.id, a.published, a.title, a.url, a.lang, a.status, a.status_reason, a.extractor_version,
                (SELECT count(*) FROM commitments c WHERE c.article_id = a.id) AS commitments,
                (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
                (SELECT count(*) FROM dates d WHERE d.article_id = a.id) AS dates,
                (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
         FROM articles a`,
        c,
        'a.published, a.id',
        f.limit,
      );
    }
    case 'errors': {
      if (f.type) {
        c.where.push('code = ?');
        c.params.push(f.type.toUpperCase());
      }
      articleClause(c, 'article_id', f.article);
      return finish(
        db,
        'SELECT id, code, severity, source, item, message, article_id, first_run, last_run FROM errors',
        c,
        'last_run DESC, source, item',
        f.limit,
      );
    }
  }
}

/** Runs one read-only statement; anything but a single SELECT/WITH/EXPLAIN/PRAGMA read is refused. */
export function runSelect(db: Db, sql: string): Row[] {
  const statement = db.prepare(sql);
  if (!statement.reader || !statement.readonly) {
    throw new Error('only statements that read are allowed (SELECT, WITH ..., EXPLAIN); the database is opened read-only');
  }
  return statement.all() as Row[];
}
