/**
 * The schema, as numbered migrations. Each runs once, in its own transaction, and is recorded
 * in `_migrations`; never edit a released migration, add the next number instead.
 * docs/schema.md documents the tables and views these create.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'articles, facts, runs and errors',
    sql: `
CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  version       TEXT NOT NULL,
  inputs        TEXT NOT NULL,              -- JSON array of the inputs as given
  options       TEXT NOT NULL,              -- JSON object
  counts        TEXT,                       -- JSON object: read, stored, skipped, failed, facts...
  stage_ms      TEXT,                       -- JSON object: milliseconds per stage
  status        TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'aborted'))
);

CREATE TABLE articles (
  id                 TEXT PRIMARY KEY,      -- hash of the normalized text
  url                TEXT,
  title              TEXT NOT NULL,
  published          TEXT,                  -- ISO 8601 date or date-time
  source             TEXT,
  lang               TEXT NOT NULL,
  text               TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('extracted', 'failed', 'skipped')),
  status_reason      TEXT,
  extractor_version  TEXT NOT NULL,
  first_run          INTEGER NOT NULL REFERENCES runs(id),
  last_run           INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX articles_published ON articles(published);

-- Where an article was read from: the same text from two places is one article with two sources.
CREATE TABLE article_sources (
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source      TEXT NOT NULL,
  item        TEXT NOT NULL DEFAULT '',
  url         TEXT,
  PRIMARY KEY (article_id, source, item)
);

-- Sentence bounds, one row per article ([[start, end], ...] as JSON): one row instead of dozens
-- per article keeps the writer fast; the view "sentences" gives them one per row.
CREATE TABLE article_sentences (
  article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  bounds      TEXT NOT NULL
);
CREATE VIEW sentences AS
SELECT s.article_id, CAST(b.key AS INTEGER) AS idx, b.value ->> 0 AS start, b.value ->> 1 AS end
FROM article_sentences s, json_each(s.bounds) b;

-- Canonical entities across articles.
CREATE TABLE entities (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  type     TEXT NOT NULL CHECK (type IN ('PERSON', 'COUNTRY', 'PLACE', 'ORG')),
  country  TEXT
);
CREATE UNIQUE INDEX entities_identity ON entities(type, name, ifnull(country, ''));
CREATE INDEX entities_country ON entities(country);

-- An entity as one article presents it: the role it states, the party code, other names used.
CREATE TABLE article_entities (
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  role        TEXT,
  party       TEXT,
  aliases     TEXT NOT NULL DEFAULT '[]',   -- JSON array
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  role        TEXT,
  rule        TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE dates (
  id          INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
  value       TEXT NOT NULL,
  mod         TEXT,
  first_day   TEXT,                         -- YYYY-MM-DD, null when unresolved
  last_day    TEXT,
  rule        TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);
CREATE INDEX dates_range ON dates(first_day, last_day);

CREATE TABLE commitments (
  id          INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  type        TEXT NOT NULL,
  status      TEXT NOT NULL,
  date        TEXT,                         -- TIMEX3 value of the reported step
  first_day   TEXT,                         -- the day range that value covers
  last_day    TEXT,
  trigger     TEXT NOT NULL,
  cameo       TEXT,
  plover      TEXT,
  rule        TEXT NOT NULL
);
CREATE INDEX commitments_article ON commitments(article_id);
CREATE INDEX commitments_type ON commitments(type, status);
CREATE INDEX commitments_day ON commitments(first_day);

CREATE TABLE commitment_parties (
  commitment_id  INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  party          TEXT NOT NULL,
  PRIMARY KEY (commitment_id, party)
) WITHOUT ROWID;
CREATE INDEX commitment_parties_party ON commitment_parties(party);

CREATE TABLE commitment_topics (
  commitment_id  INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  topic          TEXT NOT NULL,
  PRIMARY KEY (commitment_id, topic)
) WITHOUT ROWID;
CREATE INDEX commitment_topics_topic ON commitment_topics(topic);

-- Later mentions of the same arrangement ("the declaration"), beyond the first.
CREATE TABLE commitment_evidence (
  commitment_id  INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  sentence       INTEGER NOT NULL,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  rule           TEXT NOT NULL
);
CREATE INDEX commitment_evidence_commitment ON commitment_evidence(commitment_id);

CREATE TABLE quotes (
  id                 INTEGER PRIMARY KEY,
  article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence           INTEGER NOT NULL,
  start              INTEGER NOT NULL,
  end                INTEGER NOT NULL,
  text               TEXT NOT NULL,
  speaker            TEXT,
  speaker_entity_id  INTEGER REFERENCES entities(id),
  rule               TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);

-- Problems with one item of one source. One row per (source, item, code): a rerun that meets the
-- same problem updates last_run; an item that later succeeds has its rows removed.
CREATE TABLE errors (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,
  item        TEXT NOT NULL DEFAULT '',
  code        TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  message     TEXT NOT NULL,
  article_id  TEXT,
  first_run   INTEGER NOT NULL REFERENCES runs(id),
  last_run    INTEGER NOT NULL REFERENCES runs(id)
);
CREATE UNIQUE INDEX errors_identity ON errors(source, item, code);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIEW commitments_full AS
SELECT c.id, c.article_id, a.title AS article_title, a.url AS article_url, a.published AS article_published,
       c.type, c.status, c.date, c.first_day, c.last_day,
       (SELECT group_concat(party, ',') FROM (SELECT party FROM commitment_parties p WHERE p.commitment_id = c.id ORDER BY party)) AS parties,
       (SELECT group_concat(topic, ',') FROM (SELECT topic FROM commitment_topics t WHERE t.commitment_id = c.id ORDER BY topic)) AS topics,
       c.trigger, c.cameo, c.plover, c.rule, c.sentence, c.start, c.end,
       substr(a.text, s.start + 1, s.end - s.start) AS evidence
FROM commitments c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence;

CREATE VIEW commitment_timeline AS
SELECT coalesce(first_day, substr(article_published, 1, 10)) AS day, date, type, status, parties, topics, trigger,
       article_title, article_url, id AS commitment_id, article_id
FROM commitments_full
ORDER BY day, commitment_id;

CREATE VIEW entity_mentions AS
SELECT m.id, m.article_id, a.title AS article_title, a.published AS article_published,
       e.id AS entity_id, e.name, e.type, e.country, coalesce(m.role, ae.role) AS role,
       m.text, m.sentence, m.start, m.end, m.rule
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN article_entities ae ON ae.article_id = m.article_id AND ae.entity_id = m.entity_id;
`,
  },
  {
    id: 2,
    name: 'fetch state, feed items, near-duplicates',
    sql: `
-- What the last fetch of a URL left: validators for a conditional GET and whether it gave an article.
CREATE TABLE fetch_state (
  url            TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('page', 'feed')),
  status         TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  etag           TEXT,
  last_modified  TEXT,
  fetched_at     TEXT NOT NULL
);

-- Feed items that already gave an article: a re-polled feed only brings new ones.
CREATE TABLE feed_items (
  feed      TEXT NOT NULL,
  item_key  TEXT NOT NULL,
  PRIMARY KEY (feed, item_key)
) WITHOUT ROWID;

-- MinHash signature of each article's text and its LSH band hashes, to find near-duplicates
-- across runs without holding every signature in memory. Written as articles are checked,
-- possibly just before the article row itself, hence no foreign key.
CREATE TABLE article_signatures (
  article_id  TEXT PRIMARY KEY,
  minhash     BLOB NOT NULL
);
CREATE TABLE article_bands (
  band        INTEGER NOT NULL,
  article_id  TEXT NOT NULL
);
CREATE INDEX article_bands_band ON article_bands(band);

-- An article that nearly repeats an earlier one (a syndicated copy): linked, not extracted.
CREATE TABLE near_duplicates (
  article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  duplicate_of  TEXT NOT NULL,                -- the first copy; written in the same run or an earlier one
  similarity    REAL NOT NULL
);
CREATE INDEX near_duplicates_of ON near_duplicates(duplicate_of);
`,
  },
  {
    id: 3,
    name: 'errors by article',
    // Re-extracting an article replaces its errors; without this index each replacement scans them all.
    sql: `
CREATE INDEX errors_article ON errors(article_id);
`,
  },
  {
    id: 4,
    name: 'sources by name',
    // A rerun of a pull asks, page by page, whether the page's article is stored; without this
    // index each question scans every source.
    sql: `
CREATE INDEX article_sources_source ON article_sources(source);
`,
  },
];
