// The one facade over the engine: favourites, snapshots, refresh, settings, diagnostics and events.
// The tray, the window (through IPC) and the CLI all use this and nothing below it.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { WeatherError, toWeatherError } from '../errors.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Priority } from '../fetch/provider-queue.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import type { Logger } from '../logger.ts';
import type { Place, Weather } from '../model/model.ts';
import { searchPlaces } from './place-search.ts';
import { testOpenWeatherMapKey } from './api-key-check.ts';
import type { ProviderLimits } from '../providers/provider.ts';
import { RefreshScheduler, type CycleOutcome } from './refresh-scheduler.ts';
import { ManualRefresh } from './manual-refresh.ts';
import type { Diagnostics, KeyTestResult, PlaceSnapshot, RefreshSummary, ServiceEvent, ServiceListener, ServiceStatus } from './service-types.ts';
import { SnapshotBook } from './snapshot-book.ts';
import { applySettingsPatch, effectiveRefreshMinutes, providerConfigFor, type Settings } from '../model/settings.ts';
import { Store } from '../store/store.ts';
import { createWeatherClient, type WeatherClient } from './weather-client.ts';

export type WeatherServiceOptions = Readonly<{
  /** The SQLite file (the app's user-data folder, or the CLI's --db), or `:memory:`. */
  databasePath: string;
  clock: Clock;
  dispatcher: Dispatcher;
  userAgent: string;
  logger: Logger;
  /** The user's OpenWeatherMap key, read when the provider is (re)built; never stored by the engine. */
  apiKey?: () => string | null;
  /** Refresh favourites on timers. The CLI turns this off. @default true */
  autoRefresh?: boolean;
  random?: () => number;
  /** Test and benchmark overrides of the provider's published limits and the retry policy. */
  limits?: Partial<ProviderLimits>;
  retry?: RetryOptions;
  /** Settings for this run only, never saved (the CLI's --provider, --units and URLs). */
  overrides?: Partial<Settings>;
}>;

const closedError = (): WeatherError => new WeatherError('aborted', 'Skytray is shutting down.');

export class WeatherService {
  #options: WeatherServiceOptions;
  #clock: Clock;
  #logger: Logger;
  #store: Store;
  /** What is on disk; `#settings` is that plus this run's overrides. */
  #savedSettings: Settings;
  #settings: Settings;
  #favourites: Favourite[];
  #book: SnapshotBook;
  #client: WeatherClient | null = null;
  #clientError: WeatherError | null = null;
  #scheduler: RefreshScheduler;
  #listeners = new Set<ServiceListener>();
  #manual: ManualRefresh;
  #cacheHits = { snapshots: 0, searches: 0 };
  #closed = false;

  constructor(options: WeatherServiceOptions) {
    this.#options = options;
    this.#clock = options.clock;
    this.#logger = options.logger;
    this.#store = new Store({ path: options.databasePath, logger: options.logger.child('store'), now: () => options.clock.now() });
    this.#store.onDiskProblem((message) => this.#emit({ type: 'error', error: { code: 'disk', message } }));
    this.#savedSettings = this.#store.loadSettings();
    this.#settings = applySettingsPatch(this.#savedSettings, options.overrides ?? {});
    this.#favourites = this.#store.listFavourites();
    this.#book = new SnapshotBook(this.#store.latestSnapshots());
    this.#buildClient();
    this.#manual = new ManualRefresh({
      fetch: async (ids, onEach) => {
        const outcomes = await this.#fetch(ids, 'user', undefined, onEach);
        this.#scheduler.recordOutcomes(outcomes);
        return outcomes;
      },
      summarise: (outcomes) => {
        const summary = this.#summarise(outcomes);
        this.#emit({ type: 'refresh-finished', summary });
        return summary;
      },
      onProgress: (progress) => this.#emit({ type: 'refresh-progress', progress }),
      exists: (id) => this.#favourites.some((f) => f.id === id),
    });
    this.#scheduler = new RefreshScheduler({
      clock: options.clock,
      logger: options.logger.child('scheduler'),
      intervalMs: this.#intervalMs(),
      ...(options.random ? { random: options.random } : {}),
      runCycle: (ids, signal) => this.#fetch(ids, 'scheduled', signal),
      onOnlineChange: (online) => this.#emit({ type: 'online-changed', online }),
    });
    this.#syncScheduler();
    if (options.autoRefresh ?? true) this.#scheduler.start();
  }

  // ---- favourites -------------------------------------------------------------------------

  listFavourites(): Favourite[] {
    return [...this.#favourites];
  }

  /** Adds a place (from search) and fetches its weather at once. Adding it again returns the existing favourite. */
  addFavourite(place: Place): Favourite {
    this.#open();
    const { favourite, created } = this.#store.addFavourite(place, this.#clock.now());
    // A new place is due at once: the scheduler fetches it, together with anything added alongside.
    if (created) this.#favouritesChanged();
    return favourite;
  }

  removeFavourite(id: number): void {
    this.#open();
    const favouriteId = this.#favouriteId(id);
    this.#store.removeFavourite(favouriteId);
    this.#book.forget(favouriteId);
    this.#favouritesChanged();
  }

  /** Undo of a removal: the favourite comes back where it was, with its settings, in one change. */
  restoreFavourite(removed: Favourite): Favourite {
    this.#open();
    const favourite = this.#store.restoreFavourite(removed);
    this.#favouritesChanged();
    return favourite;
  }

  /** Moves a favourite to `position` (0 is first; past the end is last). */
  moveFavourite(id: number, position: number): void {
    this.#open();
    const favouriteId = this.#favouriteId(id);
    this.#store.moveFavourite(favouriteId, position);
    this.#favouritesChanged();
  }

  /** Lets one place raise notifications, or stops it. */
  setNotify(id: number, notify: boolean): void {
    this.#open();
    const favouriteId = this.#favouriteId(id);
    this.#store.setNotify(favouriteId, notify);
    this.#favouritesChanged();
  }

  /** Asks OpenWeatherMap whether `key` works, with one geocoding request, without saving it. */
  testApiKey(key: string | null): Promise<KeyTestResult> {
    this.#open();
    const { dispatcher, userAgent } = this.#options;
    return testOpenWeatherMapKey(key, { settings: this.#settings, dispatcher, userAgent, clock: this.#clock, logger: this.#logger });
  }

  setPrimary(id: number): void {
    this.#open();
    const favouriteId = this.#favouriteId(id);
    this.#store.setPrimary(favouriteId);
    this.#favouritesChanged();
  }

  // ---- places and weather -----------------------------------------------------------------

  /** Places matching what a person typed: coordinates, "Name" or "Name, Region". Cached for an hour. */
  async searchPlaces(query: string, signal?: AbortSignal): Promise<Place[]> {
    this.#open();
    const { places, fromCache } = await searchPlaces(query, () => this.#requireClient(), this.#store, this.#clock.now(), signal);
    if (fromCache) this.#cacheHits.searches++;
    return places;
  }

  /** Every favourite with its last good weather, at once. Reading never schedules anything: the scheduler refreshes. */
  getSnapshots(): PlaceSnapshot[] {
    const views = this.#favourites.map((f) => this.#view(f));
    this.#cacheHits.snapshots += views.filter((v) => v.weather).length;
    return views;
  }

  /**
   * Refreshes the given favourites (default: all) now, ahead of scheduled work, joining any fetch
   * already in flight. Reports progress as events; resolves with what succeeded and what failed.
   */
  refresh(ids?: readonly number[]): Promise<RefreshSummary> {
    this.#open();
    const wanted = ids === undefined ? this.#favourites.map((f) => f.id) : ids.map((id) => this.#favouriteId(id));
    return this.#manual.request(wanted);
  }

  // ---- settings, status, diagnostics --------------------------------------------------------

  getSettings(): Settings {
    return this.#settings;
  }

  /** Saves a change to the settings; a value outside what the settings allow is refused and nothing is saved. */
  updateSettings(patch: Partial<Settings>): Settings {
    this.#open();
    const previous = this.#settings;
    const saved = applySettingsPatch(this.#savedSettings, patch);
    this.#store.saveSettings(saved);
    this.#savedSettings = saved;
    const next = applySettingsPatch(saved, this.#options.overrides ?? {});
    this.#settings = next;
    const providerChanged = (['provider', 'openMeteoForecastUrl', 'openMeteoGeocodingUrl', 'openWeatherMapUrl'] as const).some((k) => previous[k] !== next[k]);
    if (providerChanged) this.#buildClient();
    this.#scheduler.setInterval(this.#intervalMs());
    // Data in other units or from another provider is stale the moment the setting changes.
    if (providerChanged || previous.units !== next.units) this.#scheduler.allDue();
    this.#emit({ type: 'settings-changed', settings: next });
    return next;
  }

  /** The OpenWeatherMap key changed: rebuild the provider with it. */
  apiKeyChanged(): void {
    this.#open();
    this.#buildClient();
    this.#scheduler.allDue();
  }

  status(): ServiceStatus {
    return {
      online: this.#scheduler.online,
      paused: this.#scheduler.paused,
      refresh: this.#manual.progress,
      busy: this.#book.busy,
      databasePath: this.#store.path,
      recovery: this.#store.recovery,
      diskProblem: this.#store.diskProblem,
    };
  }

  diagnostics(): Diagnostics {
    const queue = this.#client?.queue;
    return {
      status: this.status(),
      provider: {
        id: this.#settings.provider,
        label: this.#client?.fetcher.provider.label ?? this.#settings.provider,
        waiting: queue?.size.waiting ?? 0,
        running: queue?.size.running ?? 0,
        pausedUntil: queue?.pausedUntil ?? 0,
      },
      providers: this.#store.providerStats(),
      recentEvents: this.#store.recentFetchEvents(50),
      cacheHits: { ...this.#cacheHits },
      oldestSnapshotAgeMs: this.#book.oldestAgeMs(this.#clock.now()),
    };
  }

  subscribe(listener: ServiceListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- power and network ------------------------------------------------------------------

  /** The machine is going to sleep. */
  pause(): void {
    this.#scheduler.pause();
  }

  /** The machine woke up: one refresh of whatever went stale. */
  resume(): void {
    this.#scheduler.resume();
  }

  setOnline(online: boolean): void {
    this.#scheduler.setOnline(online);
  }

  /** Stops timers, cancels fetches, closes the database. Nothing runs afterwards. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#client?.close();
    await this.#scheduler.close();
    await this.#manual.close();
    this.#listeners.clear();
    await this.#store.close();
  }

  // ---- internals --------------------------------------------------------------------------

  #open(): void {
    if (this.#closed) throw closedError();
  }

  #intervalMs(): number {
    return effectiveRefreshMinutes(this.#settings) * 60_000;
  }

  #emit(event: ServiceEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.#logger.error(`a listener failed on ${event.type}: ${(error as Error).message}`);
      }
    }
  }

  /** `id`, if it names a favourite; a clear not-found error if it does not (any more). */
  #favouriteId(id: number): number {
    if (!this.#favourites.some((f) => f.id === id)) throw new WeatherError('not-found', `There is no favourite with id ${id}; it may have been removed.`);
    return id;
  }

  #favouritesChanged(): void {
    this.#favourites = this.#store.listFavourites();
    this.#syncScheduler();
    this.#emit({ type: 'favourites-changed', favourites: [...this.#favourites] });
  }

  #syncScheduler(): void {
    this.#scheduler.setPlaces(this.#favourites.map((f) => ({ id: f.id, fetchedAt: this.#book.usable(f.id, this.#settings)?.fetchedAt ?? null })));
  }

  #view(favourite: Favourite): PlaceSnapshot {
    return this.#book.view(favourite, this.#clock.now(), this.#intervalMs(), this.#settings);
  }

  #buildClient(): void {
    this.#client?.close();
    this.#client = null;
    this.#clientError = null;
    try {
      this.#client = createWeatherClient({
        config: providerConfigFor(this.#settings, () => this.#options.apiKey?.() ?? null),
        dispatcher: this.#options.dispatcher,
        userAgent: this.#options.userAgent,
        clock: this.#clock,
        logger: this.#logger,
        ...(this.#options.random ? { random: this.#options.random } : {}),
        ...(this.#options.retry ? { retry: this.#options.retry } : {}),
        ...(this.#options.limits ? { limits: this.#options.limits } : {}),
        onAttempt: (record) => this.#store.recordFetchEvent(record),
      });
    } catch (error) {
      this.#clientError = toWeatherError(error);
      this.#logger.warn(this.#clientError.message);
    }
  }

  #requireClient(): WeatherClient {
    if (this.#client) return this.#client;
    throw this.#clientError ?? new WeatherError('invalid-input', 'No weather provider is set up.');
  }

  #summarise(outcomes: readonly CycleOutcome[]): RefreshSummary {
    return {
      succeeded: outcomes.filter((o) => o.ok).map((o) => o.id),
      failed: outcomes.flatMap((o) => {
        const error = this.#book.lastError(o.id);
        const favourite = this.#favourites.find((f) => f.id === o.id);
        return !o.ok && error && favourite ? [{ favouriteId: o.id, name: favourite.place.name, error }] : [];
      }),
    };
  }

  /** Fetches favourites and stores what arrives; failures are recorded but never replace good data. */
  async #fetch(ids: readonly number[], priority: Priority, signal?: AbortSignal, onEach?: () => void): Promise<CycleOutcome[]> {
    const favourites = ids.flatMap((id) => this.#favourites.filter((f) => f.id === id));
    const client = this.#client;
    const units = this.#settings.units;
    for (const f of favourites) this.#book.started(f.id);
    // One call per place, all in the same tick: the fetcher still batches them, and each place
    // reports as soon as its own batch is back.
    const outcomes = await Promise.all(
      favourites.map(async (favourite): Promise<CycleOutcome> => {
        try {
          if (!client) throw this.#clientError ?? new WeatherError('invalid-input', 'No weather provider is set up.');
          const [result] = await client.fetcher.getWeather([favourite.place], { units, priority, ...(signal ? { signal } : {}) });
          if (!result) throw new WeatherError('malformed', 'No result.');
          if (!result.ok) throw result.error;
          this.#accept(favourite.id, result.weather);
          return { id: favourite.id, ok: true };
        } catch (thrown) {
          const error = toWeatherError(thrown);
          if (error.code !== 'aborted' && !this.#closed) {
            this.#book.failed(favourite.id, error.toInfo());
            this.#logger.warn(`${favourite.place.name}: ${error.describe()}`);
          }
          return { id: favourite.id, ok: false, code: error.code };
        } finally {
          this.#book.finished(favourite.id);
          if (!this.#closed && this.#favourites.some((f) => f.id === favourite.id)) {
            this.#emit({ type: 'snapshot-updated', snapshot: this.#view(favourite) });
          }
          onEach?.();
        }
      }),
    );
    return outcomes;
  }

  #accept(favouriteId: number, weather: Weather): void {
    if (this.#closed || !this.#favourites.some((f) => f.id === favouriteId)) return;
    const validUntil = weather.fetchedAt + this.#intervalMs();
    this.#store.saveSnapshot(favouriteId, weather, validUntil);
    this.#book.accepted(favouriteId, weather, validUntil);
  }
}
