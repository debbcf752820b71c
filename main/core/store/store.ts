// The one database, behind domain methods: nothing outside main/core/store/ sees SQL or the
// connection. The store decides what is backed up (the user's own data: favourites and settings)
// and, when the disk refuses a write, moves to an in-memory copy so the app keeps working and says
// what happened.
import type { Database as Db } from 'better-sqlite3';
import type { CachedAirQuality, CachedAlerts } from '../alerts/cached-extras.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { BudgetVerdict, CallBudgetLimits, SpentCall } from '../fetch/call-budget.ts';
import type { Logger } from '../logger.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Place, Weather } from '../model/model.ts';
import type { ProviderStats } from '../model/provider-stats.ts';
import type { Settings } from '../model/settings.ts';
import type { StoredSnapshot } from '../model/snapshot.ts';
import { BackupWriter } from './backup-writer.ts';
import * as callBudget from './call-budget-repo.ts';
import * as extrasCache from './extras-cache-repo.ts';
import * as favourites from './favourites-repo.ts';
import * as fetchEvents from './fetch-events-repo.ts';
import * as geocodeCache from './geocode-cache-repo.ts';
import * as noticesShown from './notices-shown-repo.ts';
import { backupPathFor, memoryCopy, openDatabase } from './open-database.ts';
import type { RecoveryReport } from './recovery-report.ts';
import * as settings from './settings-repo.ts';
import * as snapshots from './snapshots-repo.ts';
import { describeDiskError, isDiskError } from './store-error.ts';

export type StoreOptions = Readonly<{
  /** The SQLite file, or `:memory:`. */
  path: string;
  logger: Logger;
  now: () => number;
  /** Opens and checks the file. @default openDatabase; store tests wrap it to bound the file's size. */
  open?: typeof openDatabase;
}>;

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
    const opened = (options.open ?? openDatabase)(options.path, { logger: options.logger, now: options.now });
    this.#db = opened.db;
    this.recovery = opened.recovery;
    this.#diskProblem = opened.diskProblem;
    this.#backup = options.path === ':memory:' || opened.diskProblem ? null : new BackupWriter(backupPathFor(options.path), options.logger);
  }

  /** Why nothing is being saved to disk right now, or null when all is well. */
  get diskProblem(): string | null {
    return this.#diskProblem;
  }

  onDiskProblem(listener: (message: string) => void): void {
    this.#onDiskProblem = listener;
  }

  // ---- favourites: the user's own data, backed up after every change ------------------------

  listFavourites(): Favourite[] {
    return favourites.listFavourites(this.#db);
  }

  /** Adds `place` at the end; a place already kept is returned as it is, not added twice. */
  addFavourite(place: Place, now: number): { favourite: Favourite; created: boolean } {
    return this.#writeUserData((db) => favourites.addFavourite(db, place, now));
  }

  /** Puts back a favourite just removed, where it was and with its flags. */
  restoreFavourite(removed: Favourite): Favourite {
    return this.#writeUserData((db) => favourites.restoreFavourite(db, removed));
  }

  removeFavourite(id: number): boolean {
    return this.#writeUserData((db) => favourites.removeFavourite(db, id));
  }

  moveFavourite(id: number, position: number): boolean {
    return this.#writeUserData((db) => favourites.moveFavourite(db, id, position));
  }

  setPrimary(id: number): boolean {
    return this.#writeUserData((db) => favourites.setPrimary(db, id));
  }

  setNotify(id: number, notify: boolean): boolean {
    return this.#writeUserData((db) => favourites.setNotify(db, id, notify));
  }

  // ---- settings: the user's own data too ---------------------------------------------------

  loadSettings(): Settings {
    return settings.loadSettings(this.#db, this.#logger);
  }

  saveSettings(saved: Settings): void {
    this.#writeUserData((db) => settings.saveSettings(db, saved));
  }

  // ---- caches: worth keeping, not worth a backup -------------------------------------------

  latestSnapshots(): StoredSnapshot[] {
    return snapshots.latestSnapshots(this.#db);
  }

  saveSnapshot(favouriteId: number, weather: Weather, validUntil: number): void {
    this.#write((db) => snapshots.saveSnapshot(db, favouriteId, weather, validUntil));
  }

  /** Each favourite's last good warnings, those expired at `now` left out. */
  cachedAlerts(now: number): CachedAlerts[] {
    return extrasCache.cachedAlerts(this.#db, now);
  }

  /** Replaces a favourite's warnings with those just fetched; expired ones go on the way. */
  saveAlerts(entry: CachedAlerts, now: number): void {
    this.#write((db) => extrasCache.saveAlerts(db, entry, now));
  }

  cachedAirQuality(): CachedAirQuality[] {
    return extrasCache.cachedAirQuality(this.#db);
  }

  saveAirQuality(entry: CachedAirQuality): void {
    this.#write((db) => extrasCache.saveAirQuality(db, entry));
  }

  /** When each notification last went out (the last month). */
  noticesShown(now: number): Map<string, number> {
    return noticesShown.noticesShown(this.#db, now);
  }

  recordNoticesShown(keys: readonly string[], at: number): void {
    if (keys.length > 0) this.#write((db) => noticesShown.recordNoticesShown(db, keys, at));
  }

  cachedSearch(provider: string, language: string, query: string, now: number): Place[] | null {
    return geocodeCache.cachedSearch(this.#db, provider, language, query, now);
  }

  cacheSearch(provider: string, language: string, query: string, results: readonly Place[], now: number): void {
    this.#write((db) => geocodeCache.cacheSearch(db, provider, language, query, results, now));
  }

  /** Spends `weight` calls from what `provider` allows if they fit, in one transaction with the check. */
  spendCalls(provider: string, weight: number, limits: CallBudgetLimits, now: number): BudgetVerdict {
    return this.#write((db) => callBudget.spendCalls(db, provider, weight, limits, now));
  }

  /** The calls spent with `provider` in the day before `now`. */
  spentCalls(provider: string, now: number): SpentCall[] {
    return callBudget.spentCalls(this.#db, provider, now);
  }

  /** Logs one request attempt; an attempt that ends after the store closed is not logged. */
  recordFetchEvent(record: AttemptRecord): void {
    if (this.#db.open) this.#write((db) => fetchEvents.recordFetchEvent(db, record));
  }

  recentFetchEvents(limit: number): AttemptRecord[] {
    return fetchEvents.recentFetchEvents(this.#db, limit);
  }

  providerStats(): ProviderStats[] {
    return fetchEvents.providerStats(this.#db);
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

  /** A change to the user's own data: written, then backed up. */
  #writeUserData<T>(change: (db: Db) => T): T {
    const result = this.#write(change);
    void this.#backup?.request(this.#db);
    return result;
  }

  #write<T>(change: (db: Db) => T): T {
    try {
      return change(this.#db);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.#fallBackToMemory(error);
      return change(this.#db);
    }
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
