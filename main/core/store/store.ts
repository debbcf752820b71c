// The one database handle. Writes that touch the user's own data (favourites, settings) are
// followed by a backup; a write the disk refuses moves the store to an in-memory copy, so the app
// keeps working and says what happened.
import type { Database as Db } from 'better-sqlite3';
import type { Logger } from '../logger.ts';
import { BackupWriter } from './backup-writer.ts';
import { backupPathFor, memoryCopy, openDatabase } from './open-database.ts';
import type { RecoveryReport } from './recovery-report.ts';
import { describeDiskError, isDiskError } from './store-error.ts';

export type StoreOptions = Readonly<{
  /** The SQLite file, or `:memory:`. */
  path: string;
  logger: Logger;
  now: () => number;
}>;

export type WriteKind = 'user-data' | 'cache';

export class Store {
  readonly path: string;
  readonly recovery: RecoveryReport | null;
  #db: Db;
  #logger: Logger;
  #backup: BackupWriter | null;
  #diskProblem: string | null;
  #onDiskProblem: ((message: string) => void) | null = null;

  constructor(options: StoreOptions) {
    this.path = options.path;
    this.#logger = options.logger;
    const opened = openDatabase(options.path, { logger: options.logger, now: options.now });
    this.#db = opened.db;
    this.recovery = opened.recovery;
    this.#diskProblem = opened.diskProblem;
    this.#backup = options.path === ':memory:' || opened.diskProblem ? null : new BackupWriter(backupPathFor(options.path), options.logger);
  }

  /** Why nothing is being saved to disk right now, or null when all is well. */
  get diskProblem(): string | null {
    return this.#diskProblem;
  }

  get isOpen(): boolean {
    return this.#db.open;
  }

  onDiskProblem(listener: (message: string) => void): void {
    this.#onDiskProblem = listener;
  }

  read<T>(query: (db: Db) => T): T {
    return query(this.#db);
  }

  /** Runs `change`; after a change to user data, refreshes the backup. */
  write<T>(change: (db: Db) => T, kind: WriteKind): T {
    let result: T;
    try {
      result = change(this.#db);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.#fallBackToMemory(error);
      result = change(this.#db);
    }
    if (kind === 'user-data') void this.#backup?.request(this.#db);
    return result;
  }

  /** Resolves once no backup is being written. */
  async backupSettled(): Promise<void> {
    await this.#backup?.settled();
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    await this.#backup?.settled();
    this.#db.close();
  }

  #fallBackToMemory(cause: unknown): void {
    const copy = memoryCopy(this.#db);
    this.#db.close();
    this.#db = copy;
    this.#backup = null;
    this.#diskProblem = `Skytray can no longer save to ${this.path} (${describeDiskError(cause)}). It keeps running, but changes will be lost when it quits. Free some disk space or check the folder's permissions, then restart Skytray.`;
    this.#logger.error(this.#diskProblem);
    this.#onDiskProblem?.(this.#diskProblem);
  }
}

export type { RecoveryReport };
