// Database files looked at without touching them: read into memory, so that checking a backup or a
// damaged file never creates -wal or -shm files beside it, and works on a disk that refuses writes.
import Database, { type Database as Db } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { StoreError, isCorruptError } from './store-error.ts';

/** A database in memory made from a file's bytes (or a serialized database). */
export function databaseFromBytes(bytes: Buffer): Db {
  // The header of a WAL database says so (bytes 18 and 19 are 2); a copy in memory has no WAL
  // file to open, so it must become a rollback-journal database (1) first.
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  const copy = new Database(bytes);
  copy.pragma('foreign_keys = ON');
  return copy;
}

/**
 * An in-memory copy of the database file at `path`. Changes made since its last checkpoint that
 * are still in its -wal file are not in it. Throws a corrupt StoreError when the file is not a
 * database; a file that cannot be read throws its fs error.
 */
export function readDatabaseFile(path: string): Db {
  const bytes = readFileSync(path);
  try {
    const db = databaseFromBytes(bytes);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    if (isCorruptError(error)) throw new StoreError('corrupt', 'could not be read', { cause: error });
    throw error;
  }
}

/** What `PRAGMA integrity_check` found, in its own words, or null when the file is sound. */
export function integrityProblem(db: Db): string | null {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 3).join('; ');
}

/** How many favourites `db` holds; 0 when it has no favourites table yet. */
export function countFavourites(db: Db): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'favourites'").get();
  return table ? (db.prepare('SELECT count(*) AS n FROM favourites').get() as { n: number }).n : 0;
}

/** A database nothing has been put in yet: no tables, no schema version. */
export function hasNoSchema(db: Db): boolean {
  const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
  return n === 0 && db.pragma('user_version', { simple: true }) === 0;
}
