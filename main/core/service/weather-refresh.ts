// Snapshots and refreshing them: the last good weather per favourite, the scheduler's timed
// refreshes and "Refresh now". A failed fetch is recorded beside the last good data and never
// replaces it.
import type { Clock } from '../clock.ts';
import { WeatherError, toWeatherError } from '../errors.ts';
import type { Priority } from '../fetch/provider-queue.ts';
import type { Logger } from '../logger.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Units, Weather } from '../model/model.ts';
import { effectiveRefreshMinutes, unitsOfSettings, type Settings } from '../model/settings.ts';
import type { Store } from '../store/store.ts';
import type { FavouriteList } from './favourite-list.ts';
import { ManualRefresh } from './manual-refresh.ts';
import type { ProviderClient } from './provider-client.ts';
import { RefreshScheduler, type CycleOutcome } from './refresh-scheduler.ts';
import type { PlaceSnapshot, RefreshProgress, RefreshSummary, ServiceEvent } from './service-types.ts';
import { SnapshotBook } from './snapshot-book.ts';

export type WeatherRefreshOptions = Readonly<{
  clock: Clock;
  logger: Logger;
  store: Store;
  favourites: FavouriteList;
  client: ProviderClient;
  /** The settings in force now. */
  settings: () => Settings;
  emit: (event: ServiceEvent) => void;
  random?: (() => number) | undefined;
  /** Told of every refresh of these favourites as it starts: their warnings and air quality go with it. */
  alongside?: ((ids: readonly number[], run: FetchRun) => void) | undefined;
}>;

export type FetchRun = Readonly<{ priority: Priority; signal?: AbortSignal | undefined; onEach?: (() => void) | undefined }>;

export class WeatherRefresh {
  #options: WeatherRefreshOptions;
  #book: SnapshotBook;
  #scheduler: RefreshScheduler;
  #manual: ManualRefresh;
  #closed = false;

  constructor(options: WeatherRefreshOptions) {
    this.#options = options;
    this.#book = new SnapshotBook(options.store.latestSnapshots());
    this.#manual = new ManualRefresh({
      fetch: async (ids, onEach) => {
        const outcomes = await this.#fetch(ids, { priority: 'user', onEach });
        this.#scheduler.recordOutcomes(outcomes);
        return outcomes;
      },
      summarise: (outcomes) => {
        const summary = this.#summarise(outcomes);
        options.emit({ type: 'refresh-finished', summary });
        return summary;
      },
      onProgress: (progress) => options.emit({ type: 'refresh-progress', progress }),
      exists: (id) => options.favourites.has(id),
    });
    this.#scheduler = new RefreshScheduler({
      clock: options.clock,
      logger: options.logger.child('scheduler'),
      intervalMs: this.#intervalMs(),
      ...(options.random ? { random: options.random } : {}),
      runCycle: (ids, signal) => this.#fetch(ids, { priority: 'scheduled', signal }),
      onOnlineChange: (online) => options.emit({ type: 'online-changed', online }),
    });
    this.favouritesChanged();
  }

  get online(): boolean {
    return this.#scheduler.online;
  }

  get paused(): boolean {
    return this.#scheduler.paused;
  }

  /** A fetch of any kind is under way. */
  get busy(): boolean {
    return this.#book.busy;
  }

  get progress(): RefreshProgress {
    return this.#manual.progress;
  }

  /** Starts the timers: refresh favourites as they go stale. */
  start(): void {
    this.#scheduler.start();
  }

  snapshots(): PlaceSnapshot[] {
    return this.#options.favourites.all().map((f) => this.#view(f));
  }

  oldestAgeMs(): number | null {
    return this.#book.oldestAgeMs(this.#options.clock.now());
  }

  /** Refreshes these favourites now, joining work in flight; resolves with what succeeded and failed. */
  refresh(ids: readonly number[]): Promise<RefreshSummary> {
    return this.#manual.request(ids);
  }

  /** Keeps the scheduler's list in step with the favourites; a removed one's data is forgotten. */
  favouritesChanged(): void {
    const { favourites, settings } = this.#options;
    const kept = favourites.all();
    this.#book.retain(new Set(kept.map((f) => f.id)));
    this.#scheduler.setPlaces(kept.map((f) => ({ id: f.id, fetchedAt: this.#book.usable(f.id, settings())?.fetchedAt ?? null })));
  }

  /** The interval may have changed; data in other units or from another provider is stale at once. */
  settingsChanged(dataChanged: boolean): void {
    this.#scheduler.setInterval(this.#intervalMs());
    if (dataChanged) this.#scheduler.allDue();
  }

  /** Something outside the settings changed what a fetch returns (the API key): refetch all. */
  allDue(): void {
    this.#scheduler.allDue();
  }

  pause(): void {
    this.#scheduler.pause();
  }

  resume(): void {
    this.#scheduler.resume();
  }

  setOnline(online: boolean): void {
    this.#scheduler.setOnline(online);
  }

  /** No timer left and no fetch running once this resolves. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#scheduler.close();
    await this.#manual.close();
  }

  #intervalMs(): number {
    return effectiveRefreshMinutes(this.#options.settings()) * 60_000;
  }

  #view(favourite: Favourite): PlaceSnapshot {
    return this.#book.view(favourite, this.#options.clock.now(), this.#intervalMs(), this.#options.settings());
  }

  #summarise(outcomes: readonly CycleOutcome[]): RefreshSummary {
    return {
      succeeded: outcomes.filter((o) => o.ok).map((o) => o.id),
      failed: outcomes.flatMap((o) => {
        const error = this.#book.lastError(o.id);
        const favourite = this.#options.favourites.find(o.id);
        return !o.ok && error && favourite ? [{ favouriteId: o.id, name: favourite.place.name, error }] : [];
      }),
    };
  }

  /**
   * Fetches favourites, one call per place, all in the same tick: the fetcher still batches them,
   * and each place reports as soon as its own batch is back.
   */
  #fetch(ids: readonly number[], run: FetchRun): Promise<CycleOutcome[]> {
    const favourites = ids.flatMap((id) => this.#options.favourites.find(id) ?? []);
    for (const f of favourites) this.#book.started(f.id);
    this.#options.alongside?.(
      favourites.map((f) => f.id),
      run,
    );
    const units = unitsOfSettings(this.#options.settings());
    return Promise.all(favourites.map((f) => this.#fetchOne(f, units, run)));
  }

  async #fetchOne(favourite: Favourite, units: Units, { priority, signal, onEach }: FetchRun): Promise<CycleOutcome> {
    try {
      const { fetcher } = this.#options.client.require();
      const [result] = await fetcher.getWeather([favourite.place], { units, priority, ...(signal ? { signal } : {}) });
      if (!result) throw new WeatherError('malformed', 'No result.');
      if (!result.ok) throw result.error;
      this.#accept(favourite.id, result.weather);
      return { id: favourite.id, ok: true };
    } catch (thrown) {
      const error = toWeatherError(thrown);
      if (error.code !== 'aborted' && !this.#closed) {
        this.#book.failed(favourite.id, error.toInfo());
        this.#options.logger.warn(`${favourite.place.name}: ${error.describe()}`);
      }
      return { id: favourite.id, ok: false, code: error.code };
    } finally {
      this.#book.finished(favourite.id);
      if (!this.#closed && this.#options.favourites.has(favourite.id)) this.#options.emit({ type: 'snapshot-updated', snapshot: this.#view(favourite) });
      onEach?.();
    }
  }

  /** Good data arrived: kept, unless its favourite went away meanwhile. */
  #accept(favouriteId: number, weather: Weather): void {
    if (this.#closed || !this.#options.favourites.has(favouriteId)) return;
    const validUntil = weather.fetchedAt + this.#intervalMs();
    this.#options.store.saveSnapshot(favouriteId, weather, validUntil);
    this.#book.accepted(favouriteId, weather, validUntil);
  }
}
