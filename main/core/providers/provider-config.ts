// Which provider to use and where it lives: settings, validated, turned into a provider.
import { WeatherError } from '../errors.ts';
import type { ProviderId } from '../model/model.ts';
import { createOpenMeteo } from './open-meteo.ts';
import { createOpenWeatherMap } from './openweathermap.ts';
import type { WeatherProvider } from './provider.ts';

export type ProviderConfig = Readonly<{
  provider: ProviderId;
  /** Origin of the forecast API (Open-Meteo) or of the data API (OpenWeatherMap); null for the public one. */
  forecastUrl: string | null;
  /** Origin of the geocoding API; null for the public one. */
  geocodingUrl: string | null;
  /** OpenWeatherMap only: the user's own key. */
  apiKey: string | null;
}>;

/** `scheme://host[:port][/prefix]` over http or https, or a clear error saying what is wrong. */
export function checkOrigin(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WeatherError('invalid-input', `${what} must be a URL like https://api.open-meteo.com, got "${value.slice(0, 80)}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WeatherError('invalid-input', `${what} must use http or https, got "${url.protocol}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new WeatherError('invalid-input', `${what} must be an origin (and optional path), without a query, fragment or credentials.`);
  }
  return url.toString().replace(/\/$/, '');
}

export function createProvider(config: ProviderConfig): WeatherProvider {
  const forecast = config.forecastUrl === null ? undefined : checkOrigin(config.forecastUrl, 'The forecast URL');
  const geocoding = config.geocodingUrl === null ? undefined : checkOrigin(config.geocodingUrl, 'The geocoding URL');
  switch (config.provider) {
    case 'open-meteo':
      return createOpenMeteo({
        ...(forecast ? { forecastOrigin: forecast } : {}),
        ...(geocoding ? { geocodingOrigin: geocoding } : {}),
      });
    case 'openweathermap': {
      const apiKey = config.apiKey?.trim();
      if (!apiKey) {
        throw new WeatherError('auth', 'OpenWeatherMap needs your own API key: get one free at openweathermap.org, then add it in Settings.', {
          provider: 'OpenWeatherMap',
          detail: { kind: 'api-key-missing' },
        });
      }
      return createOpenWeatherMap({
        apiKey,
        ...(forecast ? { origin: forecast } : {}),
        ...(geocoding ? { geocodingOrigin: geocoding } : {}),
      });
    }
  }
}
