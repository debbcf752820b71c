// What the service knows about each favourite's warnings and air quality: the last good answers
// (mirrored from SQLite so reads never wait) and why the last attempt failed. A failure never
// replaces good data: the window shows it with its age and the reason beside it.
import type { CachedAirQuality, CachedAlerts } from '../alerts/cached-extras.ts';
import { activeAlerts, type WeatherAlert } from '../alerts/alert.ts';
import { alertSourceFor } from '../alerts/coverage.ts';
import type { ExtrasAge, FavouriteExtras } from '../alerts/extras-view.ts';
import type { WeatherErrorInfo } from '../errors.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Settings } from '../model/settings.ts';
import { AIR_QUALITY_ATTRIBUTION } from '../providers/air-quality.ts';
import { airQualityIndexFor } from '../providers/air-quality-index.ts';

export class ExtrasBook {
  #alerts: Map<number, CachedAlerts>;
  #air: Map<number, CachedAirQuality>;
  #alertErrors = new Map<number, WeatherErrorInfo>();
  #airErrors = new Map<number, WeatherErrorInfo>();

  constructor(alerts: readonly CachedAlerts[], air: readonly CachedAirQuality[]) {
    this.#alerts = new Map(alerts.map((a) => [a.favouriteId, a]));
    this.#air = new Map(air.map((a) => [a.favouriteId, a]));
  }

  acceptedAlerts(entry: CachedAlerts): void {
    this.#alerts.set(entry.favouriteId, entry);
    this.#alertErrors.delete(entry.favouriteId);
  }

  failedAlerts(id: number, error: WeatherErrorInfo): void {
    this.#alertErrors.set(id, error);
  }

  acceptedAirQuality(entry: CachedAirQuality): void {
    this.#air.set(entry.favouriteId, entry);
    this.#airErrors.delete(entry.favouriteId);
  }

  failedAirQuality(id: number, error: WeatherErrorInfo): void {
    this.#airErrors.set(id, error);
  }

  /** Forgets every favourite but these. */
  retain(ids: ReadonlySet<number>): void {
    for (const map of [this.#alerts, this.#air, this.#alertErrors, this.#airErrors]) for (const id of map.keys()) if (!ids.has(id)) map.delete(id);
  }

  /** The last good warnings still in force at `now`, worst first. */
  alertsOf(id: number, now: number): WeatherAlert[] {
    return activeAlerts(this.#alerts.get(id)?.alerts ?? [], now);
  }

  view(favourite: Favourite, now: number, scale: Settings['airQualityScale']): FavouriteExtras {
    const id = favourite.id;
    const alerts = this.#alerts.get(id);
    const air = this.#air.get(id);
    return {
      favouriteId: id,
      alerts: {
        source: alertSourceFor(favourite.place.countryCode),
        active: this.alertsOf(id, now),
        elsewhere: alerts?.elsewhere ?? 0,
        error: this.#alertErrors.get(id) ?? null,
      },
      airQuality: { reading: air?.reading ?? null, attribution: AIR_QUALITY_ATTRIBUTION, error: this.#airErrors.get(id) ?? null },
      airQualityIndex: airQualityIndexFor(scale, favourite.place.countryCode),
      alertsAge: age(alerts?.fetchedAt, now),
      airQualityAge: age(air?.fetchedAt, now),
    };
  }
}

function age(fetchedAt: number | undefined, now: number): ExtrasAge {
  return fetchedAt === undefined ? { fetchedAt: null, ageMs: null } : { fetchedAt, ageMs: Math.max(0, now - fetchedAt) };
}
