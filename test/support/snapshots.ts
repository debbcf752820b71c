// PlaceSnapshots built from the local provider's real response shape, without a network.
import type { Favourite } from '../../main/core/model/favourite.ts';
import type { Place, UnitSystem, Weather } from '../../main/core/model/model.ts';
import { forecastUrl, parseForecast } from '../../main/core/providers/open-meteo-forecast.ts';
import type { PlaceSnapshot, ServiceStatus } from '../../main/core/service/service-types.ts';
import { forecast } from '../provider/open-meteo-routes.ts';
import { places } from './engine.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0);

export function weatherFor(place: Place, units: UnitSystem = 'metric', now = NOW): Weather {
  const url = forecastUrl(new URL('http://127.0.0.1'), [place], units);
  return parseForecast(forecast(url.searchParams, now).body, units, now);
}

export function snapshotsFor(count: number, options: Partial<Pick<PlaceSnapshot, 'stale' | 'ageMs'>> & { primaryIndex?: number } = {}): PlaceSnapshot[] {
  return places(count).map((place, i): PlaceSnapshot => {
    const favourite: Favourite = { id: i + 1, place, position: i, primary: i === (options.primaryIndex ?? 0), notify: false, addedAt: 0 };
    return {
      favourite,
      weather: weatherFor(place),
      fetchedAt: NOW,
      ageMs: options.ageMs ?? 4 * 60_000,
      stale: options.stale ?? false,
      refreshing: false,
      lastError: null,
    };
  });
}

export const STATUS: ServiceStatus = {
  online: true,
  paused: false,
  refresh: { running: false, done: 0, total: 0 },
  busy: false,
  databasePath: '/tmp/skytray.db',
  recovery: null,
  diskProblem: null,
};
