// Open-Meteo: keyless, open source and self-hostable, so both origins are settings.
import { WeatherError } from '../errors.ts';
import type { Place, UnitsWanted, Weather } from '../model/model.ts';
import { ShapeError } from './json-shape.ts';
import { forecastUrl, OPEN_METEO_ATTRIBUTION, parseForecast, splitForecastResponse } from './open-meteo-forecast.ts';
import { parseSearch, searchUrl } from './open-meteo-geocoding.ts';
import type { ProviderLimits, WeatherProvider } from './provider.ts';

export const OPEN_METEO_FORECAST_ORIGIN = 'https://api.open-meteo.com';
const OPEN_METEO_GEOCODING_ORIGIN = 'https://geocoding-api.open-meteo.com';

/**
 * Open-Meteo runs one request per client IP at a time and answers 429 from the sixth concurrent one;
 * free use is under 600 calls a minute, and each place in a batch counts as a call. Ten places a
 * request and 30 requests a minute keep us at half that, whatever else the user does.
 */
const OPEN_METEO_LIMITS: ProviderLimits = {
  concurrency: 1,
  intervalCap: 30,
  intervalMs: 60_000,
  maxBatch: 10,
  // Current conditions are 15-minute data: asking more often than once a minute gains nothing.
  minPlaceIntervalMs: 60_000,
};

export type OpenMeteoOptions = Readonly<{
  forecastOrigin?: string;
  geocodingOrigin?: string;
  limits?: ProviderLimits;
}>;

export function createOpenMeteo(options: OpenMeteoOptions = {}): WeatherProvider {
  const forecastOrigin = new URL(options.forecastOrigin ?? OPEN_METEO_FORECAST_ORIGIN);
  const geocodingOrigin = new URL(options.geocodingOrigin ?? OPEN_METEO_GEOCODING_ORIGIN);
  const label = 'Open-Meteo';
  return {
    id: 'open-meteo',
    label,
    attribution: OPEN_METEO_ATTRIBUTION,
    limits: options.limits ?? OPEN_METEO_LIMITS,
    async forecast(places, units, get, fetchedAt) {
      return get(forecastUrl(forecastOrigin, places, units), (json) => {
        // An answer that is not one entry per place fails (and is retried) as a whole; so does the one
        // entry of a single place, which is the whole answer.
        const items = splitForecastResponse(json, places.length);
        const at = fetchedAt();
        if (places.length === 1) return [parseForecast(items[0], units, at)];
        return items.map((item, i) => parseEntry(item, places[i], i, units, at));
      });
    },
    async search(query, { count, language }, get): Promise<Place[]> {
      // One-character queries match nothing at Open-Meteo: do not spend a call on them.
      if (query.trim().length < 2) return [];
      return get(searchUrl(geocodingOrigin, query.trim(), count, language), parseSearch);
    },
    explain(status, body) {
      const reason = reasonOf(body);
      if (status === 429) return `${label} is limiting requests right now${reason ? ` (${reason})` : ''}. Skytray will try again later.`;
      if (status === 400) return `${label} rejected the request${reason ? `: ${reason}` : ''}.`;
      if (status >= 500) return `${label} is having trouble (HTTP ${status}). Skytray will try again later.`;
      return `${label} answered HTTP ${status}${reason ? `: ${reason}` : ''}.`;
    },
  };
}

/** One place's entry, or why just that place could not be read: the others in the batch still count. */
function parseEntry(item: unknown, place: Place | undefined, index: number, units: UnitsWanted, at: number): Weather | WeatherError {
  try {
    return parseForecast(item, units, at, `response[${index}]`);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const name = place?.name ?? `place ${index + 1}`;
    return new WeatherError('malformed', `Open-Meteo sent data Skytray does not understand for ${name}.`, {
      provider: 'Open-Meteo',
      status: 200,
      cause: error.message,
    });
  }
}

function reasonOf(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'reason' in body && typeof body.reason === 'string') {
    return body.reason.slice(0, 200);
  }
  return null;
}
