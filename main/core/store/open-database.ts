// Opens Skytray's one SQLite file, and makes sure the user still has their favourites when the
// file is damaged (moved aside, restored from the backup) or the disk will not take writes
// (an in-memory copy, so the app keeps running).
import Database, { type Database as Db } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger.ts';
import { migrate } from './migrations/index.ts';
import type { RecoveryReport } from './recovery-report.ts';
import { StoreError, describeDiskError, isCorruptError, isDiskError } from './store-error.ts';

export type OpenedDatabase = Readonly<{
  db: Db;
  recovery: RecoveryReport | null;
  /** Set when the disk refused and the data lives only in memory until Skytray quits. */
  diskProblem: string | null;
}>;

export const backupPathFor = (path: string): string => `${path}.backup`;

export function configure(db: Db): Db {
  // First, so that everything after it waits for another process's lock instead of failing.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL survives any crash of the app; only a power cut can lose the last commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  immediateTransactions(db);
  return db;
}

/**
 * Makes every `db.transaction(fn)` on this connection BEGIN IMMEDIATE. A deferred transaction that
 * reads and then writes cannot wait for another process's write: SQLite answers "database is
 * locked" at once (SQLITE_BUSY_SNAPSHOT), and the edit is lost. Taking the write lock at BEGIN
 * makes the busy timeout apply. Nested transactions stay savepoints.
 */
function immediateTransactions(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn) => transaction(fn).immediate) as Db['transaction'];
}

/** An in-memory copy of `db`, for when the disk will not take writes. */
export function memoryCopy(db: Db): Db {
  const bytes = db.serialize();
  // The header of a WAL database says so (bytes 18 and 19 are 2); a copy in memory has no WAL
  // file to open, so it must become a rollback-journal database (1) first.
  bytes[18] = 1;
  bytes[19] = 1;
  const copy = new Database(bytes);
  copy.pragma('foreign_keys = ON');
  return copy;
}

function integrityProblem(db: Db): string | null {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 3).join('; ');
}

/** Opens and checks the file; throws a corrupt StoreError if it is damaged. */
function openChecked(path: string, options: Database.Options = {}): Db {
  let db: Db | null = null;
  try {
    db = new Database(path, options);
    if (!options.readonly) configure(db);
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

function countFavourites(db: Db): number {
  try {
    return (db.prepare('SELECT count(*) AS n FROM favourites').get() as { n: number }).n;
  } catch {
    return 0;
  }
}

function moveAside(path: string, stamp: number): string {
  const target = `${path}.damaged-${stamp}`;
  renameSync(path, target);
  // The WAL belongs to the damaged file; left in place it would be replayed into the new one.
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  return target;
}

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
    if (!isDiskError(error)) throw error;
    return openInMemoryCopy(path, error, logger);
  }
}

function openOnDisk(path: string, logger: Logger, now: () => number): OpenedDatabase {
  let recovery: RecoveryReport | null = null;
  let db: Db;
  try {
    db = openChecked(path);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'corrupt')) throw error;
    const movedTo = moveAside(path, now());
    const backup = backupPathFor(path);
    let restoredFromBackup = false;
    if (existsSync(backup)) {
      try {
        openChecked(backup, { readonly: true, fileMustExist: true }).close();
        copyFileSync(backup, path);
        restoredFromBackup = true;
      } catch (backupError) {
        logger.error(`the backup ${backup} is damaged too: ${(backupError as Error).message}`);
      }
    }
    db = openChecked(path);
    recovery = { reason: `The database ${error.message}.`, movedTo, restoredFromBackup, favouritesRestored: countFavourites(db) };
    logger.warn(`${path} ${error.message}; moved to ${movedTo}; ${restoredFromBackup ? `restored ${recovery.favouritesRestored} favourites from the backup` : 'no usable backup, starting empty'}`);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, recovery, diskProblem: null };
}

/** The disk will not let us write: keep going in memory, starting from whatever can be read. */
function openInMemoryCopy(path: string, cause: unknown, logger: Logger): OpenedDatabase {
  let db: Db;
  try {
    const readonly = new Database(path, { readonly: true, fileMustExist: true });
    db = memoryCopy(readonly);
    readonly.close();
  } catch {
    db = configure(new Database(':memory:'));
  }
  migrate(db);
  const problem = `Skytray cannot write to ${path} (${describeDiskError(cause)}). It keeps running, but changes will be lost when it quits.`;
  logger.error(problem);
  return { db, recovery: null, diskProblem: problem };
}
