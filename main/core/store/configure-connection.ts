// How every connection to Skytray's database file behaves: WAL, waiting for another process's lock,
// and transactions that take the write lock at their start.
import type { Database as Db } from 'better-sqlite3';

export function configure(db: Db): Db {
  // First, so that everything after it waits for another process's lock instead of failing.
  db.pragma('busy_timeout = 5000');
  switchToWal(db);
  // With WAL, NORMAL survives any crash of the app; only a power cut can lose the last commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  immediateTransactions(db);
  return db;
}

const WAL_SWITCH_TRIES = 250;
const WAL_SWITCH_PAUSE_MS = 20;

/**
 * Turning a new file to WAL takes an exclusive lock, and while another process is doing the same
 * SQLite may answer SQLITE_BUSY at once instead of calling the busy handler, so the timeout above
 * does not help. Two first opens at once (the app and the CLI) retry for up to the same 5 s.
 */
function switchToWal(db: Db): void {
  for (let attempt = 1; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
      if (!busy || attempt >= WAL_SWITCH_TRIES) throw error;
      // A synchronous pause: opening is synchronous, and this runs only in that rare race.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAL_SWITCH_PAUSE_MS);
    }
  }
}

/**
 * Makes every `db.transaction(fn)` on this connection BEGIN IMMEDIATE. A deferred transaction that
 * reads and then writes cannot wait for another process's write: SQLite answers "database is
 * locked" at once (SQLITE_BUSY_SNAPSHOT), and the edit is lost. Taking the write lock at BEGIN
 * makes the busy timeout apply. Nested transactions stay savepoints.
 */
function immediateTransactions(db: Db): void {
  const transaction = db.transaction.bind(db);
  // better-sqlite3's variants take `this` only to hand it on to `fn`, so they work unbound.
  // oxlint-disable-next-line typescript/unbound-method
  db.transaction = ((fn) => transaction(fn).immediate) as Db['transaction'];
}
