// The one facade over the engine: favourites, snapshots, refresh, settings, diagnostics and events.
// The tray, the window (through IPC) and the CLI all use this and nothing below it. Each concern
// lives in a part of its own; this class wires them and guards against use after close.
import type { Dispatcher } from 'undici';
import { PlaceExtrasHolder } from '../alerts/place-extras-holder.ts';
import type { FavouriteExtras } from '../alerts/extras-view.ts';
import type { Clock } from '../clock.ts';
import { WeatherError } from '../errors.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import type { Logger } from '../logger.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Place, ProviderId } from '../model/model.ts';
import type { Settings } from '../model/settings.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { CallBudgetLimits } from '../fetch/call-budget.ts';
import type { RefreshAdvice } from '../fetch/call-budget-advice.ts';
import type { ProviderLimits } from '../providers/provider.ts';
import { Store } from '../store/store.ts';
import { testOpenWeatherMapKey } from './api-key-check.ts';
import { adviceFor, billedBudget, callBudgetUsage, providerState } from './call-budget-report.ts';
import { FavouriteList } from './favourite-list.ts';
import { searchPlaces } from './place-search.ts';
import { ProviderClient } from './provider-client.ts';
import { ExtrasRefresh } from './extras-refresh.ts';
import type { Notice } from './notification-policy.ts';
import { takeDueNotices } from './notices-shown.ts';
import { ServiceEvents } from './service-events.ts';
import { ServiceSettings } from './service-settings.ts';
import type { Diagnostics, KeyTestResult, PlaceSnapshot, RefreshSummary, ServiceListener, ServiceStatus } from './service-types.ts';
import { WeatherRefresh } from './weather-refresh.ts';
import type { Wording } from '../../wording/wording.ts';
import type { LocaleCode } from '../../wording/locales.ts';

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
  /** Every forecast refresh, timed or asked for, also asks for the favourites' warnings and air quality (the app). @default false */
  refreshExtras?: boolean;
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
  #extrasClient: PlaceExtrasHolder;
  #extras: ExtrasRefresh;
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
    const recorded = {
      onAttempt: (record: AttemptRecord) => this.#store.recordFetchEvent(record),
      spendCalls: (provider: ProviderId, weight: number, budget: CallBudgetLimits, now: number) => this.#store.spendCalls(provider, weight, budget, now),
    };
    this.#client = new ProviderClient({ dispatcher, userAgent, clock, logger, apiKey, random, retry, limits, callBudget, ...recorded });
    this.#client.use(this.#settings.current);
    // Warnings and air quality have queues of their own: they can never hold up the forecast. Air
    // quality spends from the forecast's Open-Meteo call budget: both count against one address.
    this.#extrasClient = new PlaceExtrasHolder({ dispatcher, userAgent, clock, logger, random, retry, callBudget, ...recorded });
    const settings = (): Settings => this.#settings.current;
    this.#favourites = new FavouriteList(this.#store, (favourites) => {
      // A new place is due at once: the scheduler fetches it, together with anything added alongside.
      this.#refresh.favouritesChanged();
      this.#extras.favouritesChanged();
      this.#events.emit({ type: 'favourites-changed', favourites });
    });
    this.#extras = new ExtrasRefresh({ clock, logger, store: this.#store, favourites: this.#favourites, holder: this.#extrasClient, settings });
    this.#refresh = new WeatherRefresh({
      clock,
      logger,
      store: this.#store,
      favourites: this.#favourites,
      client: this.#client,
      settings,
      emit: (event) => this.#events.emit(event),
      random,
      alongside: options.refreshExtras ? (ids, run) => void this.#extras.refresh(ids, run) : undefined,
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
  async searchPlaces(query: string, language: LocaleCode = 'en', signal?: AbortSignal): Promise<Place[]> {
    this.#open();
    const { places, fromCache } = await searchPlaces({ query, language, signal }, () => this.#client.require(), this.#store, this.#options.clock.now());
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

  /** Warnings and air quality for these favourites (default: all), asked now, saved, and returned as `getExtras` gives them. */
  async placeExtras(ids?: readonly number[]): Promise<FavouriteExtras[]> {
    this.#open();
    const wanted = ids === undefined ? this.#favourites.all().map((f) => f.id) : ids.map((id) => this.#favourites.require(id));
    await this.#extras.refresh(wanted, { priority: 'user' });
    return this.#extras.view(ids === undefined ? undefined : wanted);
  }

  /** Every favourite's last good warnings and air quality, at once, without asking anyone. */
  getExtras(): FavouriteExtras[] {
    return this.#extras.view();
  }

  /** Listens for favourites whose warnings or air quality changed; returns the function that stops. */
  onExtrasUpdated(listener: (ids: readonly number[]) => void): () => void {
    return this.#extras.subscribe(listener);
  }

  /** The notifications due now in the person's language (English without `wording`), recorded as shown (across restarts too): call it only when they will be shown. */
  takeDueNotices(userTimeZone: string, wording?: Wording): Notice[] {
    this.#open();
    const { clock } = this.#options;
    return takeDueNotices(this.#store, {
      snapshots: this.getSnapshots(),
      warnings: this.#extras.warnings(),
      settings: this.#settings.current.notifications,
      now: clock.now(),
      userTimeZone,
      ...(wording ? { wording } : {}),
    });
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
    const settings = this.#settings.current;
    return {
      status: this.status(),
      provider: providerState(this.#client, settings),
      providers: this.#store.providerStats(),
      recentEvents: this.#store.recentFetchEvents(50),
      cacheHits: { ...this.#cacheHits },
      oldestSnapshotAgeMs: this.#refresh.oldestAgeMs(),
      callBudget: callBudgetUsage(billedBudget(this.#client, settings), this.#store, settings, this.#options.clock.now()),
    };
  }

  /** Whether the places kept, refreshed as often as the settings say, fit in a day's calls; null when no budget applies. */
  refreshAdvice(): RefreshAdvice | null {
    return adviceFor(billedBudget(this.#client, this.#settings.current), this.#favourites.all().length, this.#settings.current);
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
    this.#extrasClient.close();
    await this.#refresh.close();
    await this.#extras.close();
    this.#events.clear();
    await this.#store.close();
  }

  #open(): void {
    if (this.#closed) throw new WeatherError('aborted', 'Skytray is shutting down.');
  }
}
