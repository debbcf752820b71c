// One process at a time recovers a database file. The app and the CLI may start together on the
// same damaged or emptied file; without this, each moved the other's freshly restored file aside,
// and the edits made through it were lost with it.
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { StoreError } from './store-error.ts';

/** A lock older than this was left by a process that died while recovering. */
const STALE_AFTER_MS = 30_000;
/** How long to wait for another process's recovery before giving up. */
const WAIT_AT_MOST_MS = 15_000;
const POLL_MS = 25;

const lockPathFor = (path: string): string => `${path}.recovering`;

/** Runs `recover` while holding the recovery lock of the database at `path`. */
export function withRecoveryLock<T>(path: string, recover: () => T): T {
  const lockPath = lockPathFor(path);
  takeLock(lockPath);
  try {
    return recover();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

function takeLock(lockPath: string): void {
  const giveUpAt = Date.now() + WAIT_AT_MOST_MS;
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    if (isStale(lockPath)) rmSync(lockPath, { force: true });
    else if (Date.now() > giveUpAt)
      throw new StoreError('busy', 'Another Skytray (the app or the CLI) is still repairing the database. Try again in a moment.');
    else sleep(POLL_MS);
  }
}

function isStale(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false; // gone already: the next attempt takes it
  }
}

/** Opening the database is synchronous, so waiting for another process is too. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
