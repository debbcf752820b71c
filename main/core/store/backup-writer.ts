// A copy of the database next to it, refreshed after every change to favourites or settings, so a
// damaged file can be rebuilt. Written to a temporary file and renamed: a crash half way through a
// backup never destroys the previous one, and one with fewer favourites becomes a new generation
// (backup-generations.ts) instead of replacing the one that had more. The app and the CLI may back up the same file at the same
// time, so each run writes a temporary file of its own (process id and random) in the same folder.
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Logger } from '../logger.ts';
import { publishBackup } from './backup-generations.ts';

/** A temporary name no other writer (another process, or another run in this one) will use. */
export const temporaryPathFor = (path: string): string => `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;

export class BackupWriter {
  #path: string;
  #logger: Logger;
  #running: Promise<void> | null = null;
  #again = false;

  constructor(backupPath: string, logger: Logger) {
    this.#path = backupPath;
    this.#logger = logger;
  }

  /** Asks for a backup soon; many asks while one runs become one more run. */
  request(db: Database): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#run(db).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Resolves when no backup is running. */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #run(db: Database): Promise<void> {
    do {
      this.#again = false;
      const temporary = temporaryPathFor(this.#path);
      try {
        await db.backup(temporary);
        // Under the database's write lock, so that two processes never move generations at once.
        db.transaction(() => publishBackup(temporary, this.#path)).immediate();
      } catch (error) {
        rmSync(temporary, { force: true });
        // A failed backup must not fail the change that asked for it; the next change tries again.
        if (db.open) this.#logger.warn(`backup failed: ${(error as Error).message}`);
        return;
      }
    } while (this.#again && db.open);
  }
}
