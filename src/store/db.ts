import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SecfactsError } from '../model/errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** Opens (creating if needed) a secfacts database and brings its schema up to date. */
export function openDatabase(path: string): Db {
  let db: Db;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Fewer, larger checkpoints while a run writes (the default, 1000 pages, costs ~10%).
    db.pragma('wal_autocheckpoint = 10000');
    // Facts are keyed by article ids that are hashes, so every article's rows land on other
    // index pages; with the default 2 MB page cache a run spends a fifth of its writing time
    // fetching them again.
    db.pragma('cache_size = -16384');
    migrate(db);
  } catch (error) {
    if (error instanceof SecfactsError) throw error;
    throw new SecfactsError('DB_FAILED', `cannot open database ${path}: ${(error as Error).message}`);
  }
  return db;
}

/** Folds the write-ahead log into the database file, so that the file alone holds everything. */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Opens an existing database so that no statement can write to it. */
export function openReadonly(path: string): Db {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    throw new SecfactsError('DB_FAILED', `cannot open database ${path}: ${(error as Error).message}`);
  }
}

export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS _migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT id FROM _migrations').pluck().all() as number[]);
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO _migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        migration.id,
        migration.name,
        new Date().toISOString(),
      );
    })();
  }
}
