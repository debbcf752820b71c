// Opens Skytray's one SQLite file, and makes sure the user still has their favourites when the
// file is damaged or has lost its data (moved aside, restored from a backup generation) or the
// disk will not take writes (an in-memory copy, so the app keeps running).
import Database, { type Database as Db } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger.ts';
import { anyBackupExists } from './backup-generations.ts';
import { configure } from './configure-connection.ts';
import { databaseFromBytes, hasNoSchema, integrityProblem, readDatabaseFile } from './database-copy.ts';
import { migrate } from './migrations/index.ts';
import { recoverDatabase } from './recover-database.ts';
import { withRecoveryLock } from './recovery-lock.ts';
import type { RecoveryReport } from './recovery-report.ts';
import { StoreError, describeDiskError, isBusyError, isCorruptError, isDiskError } from './store-error.ts';

export type OpenedDatabase = Readonly<{
  db: Db;
  recovery: RecoveryReport | null;
  /** Set when the disk refused and the data lives only in memory until Skytray quits. */
  diskProblem: string | null;
}>;

export const backupPathFor = (path: string): string => `${path}.backup`;

export { configure };

/** An in-memory copy of `db`, for when the disk will not take writes. */
export const memoryCopy = (db: Db): Db => databaseFromBytes(db.serialize());

/** Opens and checks the file; throws a corrupt StoreError if it is damaged. */
function openChecked(path: string): Db {
  let db: Db | null = null;
  try {
    db = configure(new Database(path));
    const problem = integrityProblem(db);
    if (problem) throw new StoreError('corrupt', `failed its integrity check (${problem})`);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    if (isCorruptError(error)) throw new StoreError('corrupt', 'could not be read', { cause: error });
    throw error;
  }
}

const BUSY_MESSAGE = 'Another Skytray (the app or the CLI) kept the database busy for more than 5 seconds. Try again in a moment.';

export type OpenOptions = Readonly<{ logger: Logger; now: () => number }>;

export function openDatabase(path: string, { logger, now }: OpenOptions): OpenedDatabase {
  if (path === ':memory:') {
    const db = configure(new Database(':memory:'));
    migrate(db);
    return { db, recovery: null, diskProblem: null };
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    return openOnDisk(path, logger, now);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'newer-schema') throw error;
    if (isBusyError(error)) throw new StoreError('busy', BUSY_MESSAGE, { cause: error });
    if (!isDiskError(error)) throw error;
    return openInMemoryCopy(path, error, logger);
  }
}

/**
 * Why the file at `path` cannot be used as it is, or null when it can. A missing file, or one with
 * no schema (emptied), while backups exist has lost the user's data: opened as it is, it would
 * start empty and the next backup would be a copy of nothing.
 */
function fileProblem(path: string, backupPath: string): string | null {
  const hasBackup = anyBackupExists(backupPath);
  if (!existsSync(path)) return hasBackup ? 'The database file was missing.' : null;
  // Not opened at all: a connection to a zero-byte file deletes the -wal file by its name (SQLite's
  // pager.c, pagerOpenWalIfPresent, takes it for a leftover), and by then that may be the WAL of a
  // file another process has just restored under this name.
  if (statSync(path).size === 0) return hasBackup ? 'The database file was empty.' : null;
  // Read-only: a read-write connection deletes the -wal file by its name when it closes, and the
  // file under that name may by then be one another process has just restored.
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const problem = integrityProblem(db);
    if (problem) return `The database failed its integrity check (${problem}).`;
    return hasBackup && hasNoSchema(db) ? 'The database file was empty.' : null;
  } catch (error) {
    if (isCorruptError(error)) return 'The database could not be read.';
    // Another process moved it aside to recover it just now: wait for that, under the lock.
    if (!existsSync(path)) return 'The database file was missing.';
    throw error;
  } finally {
    db?.close();
  }
}

function openOnDisk(path: string, logger: Logger, now: () => number): OpenedDatabase {
  const backupPath = backupPathFor(path);
  const problem = fileProblem(path, backupPath);
  const recovery = problem ? recoverOnce(path, backupPath, logger, now) : null;
  const db = openChecked(path);
  try {
    migrate(db);
    refuseUnwritable(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, recovery, diskProblem: null };
}

/** Recovers the file, unless another process did while this one waited for the lock. */
function recoverOnce(path: string, backupPath: string, logger: Logger, now: () => number): RecoveryReport | null {
  return withRecoveryLock(path, () => {
    const reason = fileProblem(path, backupPath);
    return reason ? recoverDatabase({ path, backupPath, reason, logger, now }) : null;
  });
}

/**
 * Throws the disk's refusal now rather than at the user's first change. SQLite opens a file it
 * cannot write (read-only, or a folder that refuses its -shm file) without complaint and reads
 * from it; only taking the write lock tells.
 */
function refuseUnwritable(db: Db): void {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  } catch (error) {
    // Busy means another process is writing: the file takes writes, which is all this asks.
    if (isDiskError(error)) throw error;
  }
}

/** The disk will not let us write: keep going in memory, from a copy of what is on disk. */
function openInMemoryCopy(path: string, cause: unknown, logger: Logger): OpenedDatabase {
  const copy = copyFromDisk(path);
  const db = copy ?? configure(new Database(':memory:'));
  migrate(db);
  const unread = copy || !existsSync(path) ? '' : ' Your places could not be read from it either.';
  const problem = `Skytray cannot write to ${path} (${describeDiskError(cause)}). It keeps running, but changes will be lost when it quits.${unread}`;
  logger.error(problem);
  return { db, recovery: null, diskProblem: problem };
}

/**
 * The database as SQLite reads it (with its -wal), or, when SQLite cannot even open it read-only
 * (a folder that refuses the -wal and -shm files it needs), the main file's bytes.
 */
function copyFromDisk(path: string): Db | null {
  try {
    const readonly = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return memoryCopy(readonly);
    } finally {
      readonly.close();
    }
  } catch {
    try {
      return readDatabaseFile(path);
    } catch {
      return null;
    }
  }
}
