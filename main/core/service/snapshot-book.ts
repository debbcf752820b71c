// What the service knows about each favourite's weather: the last good snapshot (mirrored from
// SQLite so reads never wait), why the last attempt failed, and whether a fetch is under way.
import type { WeatherErrorInfo } from '../errors.ts';
import type { Favourite } from '../model/favourite.ts';
import { unitsKey, type Weather } from '../model/model.ts';
import { staleAfterMs } from './refresh-scheduler.ts';
import type { PlaceSnapshot } from './service-types.ts';
import { unitsOfSettings, type Settings } from '../model/settings.ts';
import type { StoredSnapshot } from '../model/snapshot.ts';

export class SnapshotBook {
  #snapshots: Map<number, StoredSnapshot>;
  #errors = new Map<number, WeatherErrorInfo>();
  #refreshing = new Set<number>();

  constructor(stored: readonly StoredSnapshot[]) {
    this.#snapshots = new Map(stored.map((s) => [s.favouriteId, s]));
  }

  get busy(): boolean {
    return this.#refreshing.size > 0;
  }

  started(id: number): void {
    this.#refreshing.add(id);
  }

  finished(id: number): void {
    this.#refreshing.delete(id);
  }

  accepted(id: number, weather: Weather, validUntil: number): void {
    this.#snapshots.set(id, { favouriteId: id, weather, fetchedAt: weather.fetchedAt, validUntil });
    this.#errors.delete(id);
  }

  failed(id: number, error: WeatherErrorInfo): void {
    this.#errors.set(id, error);
  }

  lastError(id: number): WeatherErrorInfo | null {
    return this.#errors.get(id) ?? null;
  }

  /** Forgets every place but these: a removed favourite's data is gone with it. */
  retain(ids: ReadonlySet<number>): void {
    for (const id of this.#snapshots.keys()) if (!ids.has(id)) this.#snapshots.delete(id);
    for (const id of this.#errors.keys()) if (!ids.has(id)) this.#errors.delete(id);
  }

  /** The snapshot, if it is in the units and from the provider chosen now; anything else is stale. */
  usable(id: number, settings: Settings): StoredSnapshot | null {
    const s = this.#snapshots.get(id);
    return s && unitsKey(s.weather.units) === unitsKey(unitsOfSettings(settings)) && s.weather.provider === settings.provider ? s : null;
  }

  view(favourite: Favourite, now: number, intervalMs: number, settings: Settings): PlaceSnapshot {
    const stored = this.#snapshots.get(favourite.id) ?? null;
    const usable = this.usable(favourite.id, settings);
    return {
      favourite,
      weather: stored?.weather ?? null,
      fetchedAt: stored?.fetchedAt ?? null,
      ageMs: stored ? now - stored.fetchedAt : null,
      stale: !usable || now - usable.fetchedAt > staleAfterMs(intervalMs),
      refreshing: this.#refreshing.has(favourite.id),
      lastError: this.lastError(favourite.id),
    };
  }

  oldestAgeMs(now: number): number | null {
    const ages = [...this.#snapshots.values()].map((s) => now - s.fetchedAt);
    return ages.length ? Math.max(...ages) : null;
  }
}
