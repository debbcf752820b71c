// OpenWeatherMap with the user's own key: current weather plus the 5 day / 3 hour forecast.
import { unitsOf, type Place } from '../model/model.ts';
import type { ProviderLimits, WeatherProvider } from './provider.ts';
import { combineOwm, OWM_ATTRIBUTION, parseOwmSearch } from './openweathermap-parse.ts';
import { readOwmCurrent, readOwmForecast } from './openweathermap-read.ts';
import { coord } from './provider.ts';
import { keyOrigin } from './key-transport.ts';

const OWM_ORIGIN = 'https://api.openweathermap.org';

/**
 * The free plan allows 60 calls a minute; a place costs two (current + forecast). Its data changes
 * every 10 minutes, so one place is never fetched more often than that.
 */
const OWM_LIMITS: ProviderLimits = {
  concurrency: 2,
  intervalCap: 50,
  intervalMs: 60_000,
  maxBatch: 1,
  minPlaceIntervalMs: 10 * 60_000,
};

export type OpenWeatherMapOptions = Readonly<{
  apiKey: string;
  /** Origin of both the data and geocoding APIs. */
  origin?: string;
  /** Origin of the geocoding API when it differs. */
  geocodingOrigin?: string;
  limits?: ProviderLimits;
}>;

export function createOpenWeatherMap(options: OpenWeatherMapOptions): WeatherProvider {
  const label = 'OpenWeatherMap';
  const origin = keyOrigin(options.origin ?? OWM_ORIGIN, label);
  const geocodingOrigin = keyOrigin(options.geocodingOrigin ?? options.origin ?? OWM_ORIGIN, label);
  const url = (base: URL, path: string, params: Record<string, string>): URL => {
    const u = new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    u.searchParams.set('appid', options.apiKey);
    return u;
  };
  return {
    id: 'openweathermap',
    label,
    attribution: OWM_ATTRIBUTION,
    limits: options.limits ?? OWM_LIMITS,
    async forecast(places, units, get, fetchedAt) {
      return Promise.all(
        places.map(async (place) => {
          const params = { lat: coord(place.latitude), lon: coord(place.longitude), units: unitsOf(units).system };
          // Each body is read inside its own attempt, so one that does not parse is retried as malformed.
          const [current, steps] = await Promise.all([
            get(url(origin, '/data/2.5/weather', params), (json) => readOwmCurrent(json, units)),
            get(url(origin, '/data/2.5/forecast', params), (json) => readOwmForecast(json, units)),
          ]);
          return combineOwm(place, current, steps, units, fetchedAt());
        }),
      );
    },
    async search(query, { count, language }, get): Promise<Place[]> {
      if (query.trim().length < 2) return [];
      const limit = String(Math.min(5, count));
      return get(url(geocodingOrigin, '/geo/1.0/direct', { q: query.trim(), limit, lang: language }), parseOwmSearch);
    },
    explain(status, body) {
      const message = messageOf(body);
      if (status === 401) {
        return `${label} rejected the API key (401). Check the key in Settings; new keys can take up to 2 hours to activate.`;
      }
      if (status === 404) return `${label} does not know this place (404)${message ? `: ${message}` : ''}.`;
      if (status === 429) return `${label} says this key is over its quota (429). Skytray will wait before asking again.`;
      if (status >= 500) return `${label} is having trouble (HTTP ${status}). Skytray will try again later.`;
      return `${label} answered HTTP ${status}${message ? `: ${message}` : ''}.`;
    },
  };
}

function messageOf(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return body.message.slice(0, 200);
  }
  return null;
}
