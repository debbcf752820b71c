// Warnings and air quality, refreshed with the forecast: every refresh of a favourite (timed or
// "Refresh now") also asks for its extras, on their own queues, so notifications and the tray's
// mark work with the window closed. Good answers are saved; a failure is noted beside the last
// good data and never replaces it.
import type { PlaceExtrasHolder } from '../alerts/place-extras-holder.ts';
import type { PlaceAlerts } from '../alerts/alert-fetcher.ts';
import type { FavouriteExtras } from '../alerts/extras-view.ts';
import type { Clock } from '../clock.ts';
import type { Priority } from '../fetch/provider-queue.ts';
import type { Logger } from '../logger.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Settings } from '../model/settings.ts';
import type { PlaceAirQuality } from '../providers/air-quality-fetcher.ts';
import type { Store } from '../store/store.ts';
import { ExtrasBook } from './extras-book.ts';
import type { FavouriteList } from './favourite-list.ts';
import type { PlaceWarnings } from './warning-notices.ts';

export type ExtrasRefreshOptions = Readonly<{
  clock: Clock;
  logger: Logger;
  store: Store;
  favourites: FavouriteList;
  holder: PlaceExtrasHolder;
  settings: () => Settings;
}>;

export type ExtrasRun = Readonly<{ priority: Priority; signal?: AbortSignal | undefined }>;

export class ExtrasRefresh {
  #options: ExtrasRefreshOptions;
  #book: ExtrasBook;
  #running = new Set<Promise<void>>();
  #listeners = new Set<(ids: readonly number[]) => void>();
  #closed = false;

  constructor(options: ExtrasRefreshOptions) {
    this.#options = options;
    const now = options.clock.now();
    this.#book = new ExtrasBook(options.store.cachedAlerts(now), options.store.cachedAirQuality());
  }

  /** Fetches these favourites' extras; resolves when they are saved. Never rejects. */
  refresh(ids: readonly number[], run: ExtrasRun): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const wanted = ids.flatMap((id) => this.#options.favourites.find(id) ?? []);
    if (wanted.length === 0) return Promise.resolve();
    const work = this.#fetch(wanted, run).catch((error: unknown) => this.#options.logger.error(`warnings and air quality: ${(error as Error).message}`));
    this.#running.add(work);
    void work.finally(() => this.#running.delete(work));
    return work;
  }

  /** The last good extras of these favourites (default: all), with their age and any failure. */
  view(ids?: readonly number[]): FavouriteExtras[] {
    const now = this.#options.clock.now();
    const all = this.#options.favourites.all();
    const wanted = ids === undefined ? all : ids.flatMap((id) => all.find((f) => f.id === id) ?? []);
    const scale = this.#options.settings().airQualityScale;
    return wanted.map((f) => this.#book.view(f, now, scale));
  }

  /** Each favourite's warnings in force now, for the notification policy. */
  warnings(): PlaceWarnings[] {
    const now = this.#options.clock.now();
    return this.#options.favourites.all().map((favourite) => ({ favourite, alerts: this.#book.alertsOf(favourite.id, now) }));
  }

  /** Told which favourites' extras changed (arrived or failed); returns the function that stops it. */
  subscribe(listener: (ids: readonly number[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  favouritesChanged(): void {
    this.#book.retain(new Set(this.#options.favourites.all().map((f) => f.id)));
  }

  /** No fetch of ours still writes once this resolves. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
    await Promise.all(this.#running);
  }

  async #fetch(wanted: readonly Favourite[], run: ExtrasRun): Promise<void> {
    const client = this.#options.holder.use(this.#options.settings());
    const extras = await client.extrasFor(
      wanted.map((f) => f.place),
      { priority: run.priority, ...(run.signal ? { signal: run.signal } : {}) },
    );
    if (this.#closed) return;
    const changed: number[] = [];
    extras.forEach((e, i) => {
      const favourite = wanted[i];
      if (!favourite || !this.#options.favourites.has(favourite.id)) return;
      const alerts = this.#acceptAlerts(favourite.id, e.alerts);
      const air = this.#acceptAirQuality(favourite.id, e.airQuality);
      if (alerts || air) changed.push(favourite.id);
    });
    if (changed.length === 0) return;
    for (const listener of this.#listeners) {
      try {
        listener(changed);
      } catch (error) {
        this.#options.logger.error(`a listener failed on new warnings: ${(error as Error).message}`);
      }
    }
  }

  /** Whether anything worth telling happened: an answer, or a failure that is not a cancellation. */
  #acceptAlerts(id: number, answer: PlaceAlerts): boolean {
    const now = this.#options.clock.now();
    if (answer.error) {
      if (answer.error.code === 'aborted') return false;
      this.#book.failedAlerts(id, answer.error.toInfo());
      return true;
    }
    const entry = { favouriteId: id, source: answer.source, alerts: answer.alerts, elsewhere: answer.elsewhere, fetchedAt: now };
    this.#options.store.saveAlerts(entry, now);
    this.#book.acceptedAlerts(entry);
    return true;
  }

  #acceptAirQuality(id: number, answer: PlaceAirQuality): boolean {
    if (answer.error) {
      if (answer.error.code === 'aborted') return false;
      this.#book.failedAirQuality(id, answer.error.toInfo());
      return true;
    }
    if (!answer.airQuality) return false;
    const entry = { favouriteId: id, reading: answer.airQuality, fetchedAt: this.#options.clock.now() };
    this.#options.store.saveAirQuality(entry);
    this.#book.acceptedAirQuality(entry);
    return true;
  }
}
