// The one facade over the engine: favourites, snapshots, refresh, settings, diagnostics and events.
// The tray, the window (through IPC) and the CLI all use this and nothing below it. Each concern
// lives in a part of its own; this class wires them and guards against use after close.
import type { Dispatcher } from 'undici';
import { PlaceExtrasHolder } from '../alerts/place-extras-holder.ts';
import type { FavouriteExtras } from '../alerts/extras-view.ts';
import { airQualityJson, alertsJson } from '../alerts/place-extras.ts';
import type { Clock } from '../clock.ts';
import { WeatherError } from '../errors.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import type { Logger } from '../logger.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Place } from '../model/model.ts';
import { effectiveRefreshMinutes, type Settings } from '../model/settings.ts';
import { budgetUsage, type CallBudgetLimits, type CallBudgetUsage } from '../fetch/call-budget.ts';
import { refreshAdvice, type RefreshAdvice } from '../fetch/call-budget-advice.ts';
import type { CallBudget } from '../fetch/call-budget-gate.ts';
import { forecastCallsPerPlace } from '../fetch/call-budget-provider.ts';
import type { ProviderLimits } from '../providers/provider.ts';
import { Store } from '../store/store.ts';
import { testOpenWeatherMapKey } from './api-key-check.ts';
import { FavouriteList } from './favourite-list.ts';
import { searchPlaces } from './place-search.ts';
import { ProviderClient } from './provider-client.ts';
import { ServiceEvents } from './service-events.ts';
import { ServiceSettings } from './service-settings.ts';
import type { Diagnostics, KeyTestResult, PlaceSnapshot, RefreshSummary, ServiceListener, ServiceStatus } from './service-types.ts';
import { WeatherRefresh } from './weather-refresh.ts';

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
  /** Test and benchmark override of Open-Meteo's call budget; with it, requests to any address count. */
  callBudget?: CallBudgetLimits;
  retry?: RetryOptions;
  /** Settings for this run only, never saved (the CLI's --provider, --units and URLs). */
  overrides?: Partial<Settings>;
}>;

export class WeatherService {
  #options: WeatherServiceOptions;
  #store: Store;
  #events: ServiceEvents;
  #settings: ServiceSettings;
  #favourites: FavouriteList;
  #client: ProviderClient;
  #extras: PlaceExtrasHolder;
  #refresh: WeatherRefresh;
  #cacheHits = { searches: 0 };
  #closed = false;

  constructor(options: WeatherServiceOptions) {
    const { clock, logger } = options;
    this.#options = options;
    this.#events = new ServiceEvents(logger);
    this.#store = new Store({ path: options.databasePath, logger: logger.child('store'), now: () => clock.now() });
    this.#store.onDiskProblem((message) => this.#events.emit({ type: 'error', error: { code: 'disk', message } }));
    this.#settings = new ServiceSettings(this.#store, options.overrides ?? {});
    const { dispatcher, userAgent, apiKey, random, retry, limits, callBudget } = options;
    this.#client = new ProviderClient({
      dispatcher,
      userAgent,
      clock,
      logger,
      apiKey,
      random,
      retry,
      limits,
      callBudget,
      onAttempt: (record) => this.#store.recordFetchEvent(record),
      spendCalls: (provider, weight, budget, now) => this.#store.spendCalls(provider, weight, budget, now),
    });
    this.#client.use(this.#settings.current);
    // Warnings and air quality have queues of their own: they can never hold up the forecast.
    this.#extras = new PlaceExtrasHolder({ dispatcher, userAgent, clock, logger, random, retry, onAttempt: (record) => this.#store.recordFetchEvent(record) });
    this.#favourites = new FavouriteList(this.#store, (favourites) => {
      // A new place is due at once: the scheduler fetches it, together with anything added alongside.
      this.#refresh.favouritesChanged();
      this.#events.emit({ type: 'favourites-changed', favourites });
    });
    this.#refresh = new WeatherRefresh({
      clock,
      logger,
      store: this.#store,
      favourites: this.#favourites,
      client: this.#client,
      settings: () => this.#settings.current,
      emit: (event) => this.#events.emit(event),
      random,
    });
    if (options.autoRefresh ?? true) this.#refresh.start();
  }

  // ---- favourites -------------------------------------------------------------------------

  listFavourites(): Favourite[] {
    return this.#favourites.all();
  }

  /** Adds a place (from search) and fetches its weather soon. Adding it again returns the existing favourite. */
  addFavourite(place: Place): Favourite {
    this.#open();
    return this.#favourites.add(place, this.#options.clock.now());
  }

  removeFavourite(id: number): void {
    this.#open();
    this.#favourites.remove(id);
  }

  /** Undo of a removal: the favourite comes back where it was, with its settings, in one change. */
  restoreFavourite(removed: Favourite): Favourite {
    this.#open();
    return this.#favourites.restore(removed);
  }

  /** Moves a favourite to `position` (0 is first; past the end is last). */
  moveFavourite(id: number, position: number): void {
    this.#open();
    this.#favourites.move(id, position);
  }

  setPrimary(id: number): void {
    this.#open();
    this.#favourites.setPrimary(id);
  }

  /** Lets one place raise notifications, or stops it. */
  setNotify(id: number, notify: boolean): void {
    this.#open();
    this.#favourites.setNotify(id, notify);
  }

  // ---- places and weather -----------------------------------------------------------------

  /** Places matching what a person typed: coordinates, "Name" or "Name, Region". Cached for an hour. */
  async searchPlaces(query: string, signal?: AbortSignal): Promise<Place[]> {
    this.#open();
    const { places, fromCache } = await searchPlaces(query, () => this.#client.require(), this.#store, this.#options.clock.now(), signal);
    if (fromCache) this.#cacheHits.searches++;
    return places;
  }

  /** Every favourite with its last good weather, at once. Reading never schedules anything: the scheduler refreshes. */
  getSnapshots(): PlaceSnapshot[] {
    return this.#refresh.snapshots();
  }

  /**
   * Refreshes the given favourites (default: all) now, ahead of scheduled work, joining any fetch
   * already in flight. Reports progress as events; resolves with what succeeded and what failed.
   */
  refresh(ids?: readonly number[]): Promise<RefreshSummary> {
    this.#open();
    const wanted = ids === undefined ? this.#favourites.all().map((f) => f.id) : ids.map((id) => this.#favourites.require(id));
    return this.#refresh.refresh(wanted);
  }

  /**
   * Official warnings and air quality for the given favourites (default: all), asked now from the
   * services the settings name (answers stay fresh in memory for minutes), never saved. A source
   * that failed says so in its own `error`; only an unknown favourite is refused.
   */
  async placeExtras(ids?: readonly number[]): Promise<FavouriteExtras[]> {
    this.#open();
    const asked = ids === undefined ? null : new Set(ids.map((id) => this.#favourites.require(id)));
    const wanted = this.#favourites.all().filter((f) => asked === null || asked.has(f.id));
    const extras = await this.#extras.use(this.#settings.current).extrasFor(
      wanted.map((f) => f.place),
      { priority: 'user' },
    );
    return extras.map((e, i) => ({ favouriteId: wanted[i]?.id ?? -1, alerts: alertsJson(e.alerts), airQuality: airQualityJson(e.airQuality) }));
  }

  // ---- settings, status, diagnostics --------------------------------------------------------

  getSettings(): Settings {
    return this.#settings.current;
  }

  /** Saves a change to the settings; a value outside what the settings allow is refused and nothing is saved. */
  updateSettings(patch: Partial<Settings>): Settings {
    this.#open();
    const { next, providerChanged, dataChanged } = this.#settings.update(patch);
    if (providerChanged) this.#client.use(next);
    this.#refresh.settingsChanged(dataChanged);
    this.#events.emit({ type: 'settings-changed', settings: next });
    return next;
  }

  /** The OpenWeatherMap key changed: rebuild the provider with it and refetch. */
  apiKeyChanged(): void {
    this.#open();
    this.#client.use(this.#settings.current);
    this.#refresh.allDue();
  }

  /** Asks OpenWeatherMap whether `key` works, with one geocoding request, without saving it. */
  testApiKey(key: string | null): Promise<KeyTestResult> {
    this.#open();
    const { dispatcher, userAgent, clock, logger } = this.#options;
    return testOpenWeatherMapKey(key, { settings: this.#settings.current, dispatcher, userAgent, clock, logger });
  }

  status(): ServiceStatus {
    return {
      online: this.#refresh.online,
      paused: this.#refresh.paused,
      refresh: this.#refresh.progress,
      busy: this.#refresh.busy,
      databasePath: this.#store.path,
      recovery: this.#store.recovery,
      diskProblem: this.#store.diskProblem,
    };
  }

  diagnostics(): Diagnostics {
    const client = this.#client.current;
    const settings = this.#settings.current;
    return {
      status: this.status(),
      provider: {
        id: settings.provider,
        label: client?.fetcher.provider.label ?? settings.provider,
        waiting: client?.queue.size.waiting ?? 0,
        running: client?.queue.size.running ?? 0,
        pausedUntil: client?.queue.pausedUntil ?? 0,
      },
      providers: this.#store.providerStats(),
      recentEvents: this.#store.recentFetchEvents(50),
      cacheHits: { ...this.#cacheHits },
      oldestSnapshotAgeMs: this.#refresh.oldestAgeMs(),
      callBudget: this.#callBudgetUsage(),
    };
  }

  /** Whether the places kept, refreshed as often as the settings say, fit in a day's calls; null when no budget applies. */
  refreshAdvice(): RefreshAdvice | null {
    const billed = this.#billedBudget();
    if (!billed) return null;
    const places = this.#favourites.all().length;
    const intervalMinutes = effectiveRefreshMinutes(this.#settings.current);
    return refreshAdvice({ places, intervalMinutes, callsPerPlace: billed.callsPerPlace, dailyBudget: billed.budget.limits.day });
  }

  #callBudgetUsage(): CallBudgetUsage | null {
    const billed = this.#billedBudget();
    if (!billed) return null;
    const now = this.#options.clock.now();
    const spent = this.#store.spentCalls(this.#settings.current.provider, now);
    return { provider: billed.label, windows: budgetUsage(spent, billed.budget.limits, now) };
  }

  /** The call budget, when the provider in use bills the forecasts (not a self-hosted Open-Meteo). */
  #billedBudget(): { budget: CallBudget; label: string; callsPerPlace: number } | null {
    const client = this.#client.current;
    const budget = client?.queue.budget;
    if (!client || !budget) return null;
    const settings = this.#settings.current;
    const callsPerPlace = forecastCallsPerPlace(budget, settings.openMeteoForecastUrl, settings.units);
    return callsPerPlace > 0 ? { budget, label: client.fetcher.provider.label, callsPerPlace } : null;
  }

  subscribe(listener: ServiceListener): () => void {
    return this.#events.subscribe(listener);
  }

  // ---- power and network ------------------------------------------------------------------

  /** The machine is going to sleep. */
  pause(): void {
    this.#refresh.pause();
  }

  /** The machine woke up: one refresh of whatever went stale. */
  resume(): void {
    this.#refresh.resume();
  }

  setOnline(online: boolean): void {
    this.#refresh.setOnline(online);
  }

  /** Stops timers, cancels fetches, closes the database. Nothing runs afterwards. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#client.close();
    this.#extras.close();
    await this.#refresh.close();
    this.#events.clear();
    await this.#store.close();
  }

  #open(): void {
    if (this.#closed) throw new WeatherError('aborted', 'Skytray is shutting down.');
  }
}
