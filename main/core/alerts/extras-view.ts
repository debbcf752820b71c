// Warnings and air quality as plain data: what `weather --json` prints and what the window gets.
// Types only, from files that import no package, so the window's program can take them in.
import type { WeatherErrorInfo } from '../errors.ts';
import type { AirQuality } from '../providers/air-quality.ts';
import type { AirQualityIndex } from '../providers/air-quality-index.ts';
import type { AlertSourceId, WeatherAlert } from './alert.ts';

/** A place's warnings: the service that covers it (null: none does), those in force, worst first. */
export type AlertsJson = Readonly<{
  source: AlertSourceId | null;
  active: readonly WeatherAlert[];
  /** Warnings of the same country-wide feed for other areas. */
  elsewhere: number;
  error: WeatherErrorInfo | null;
}>;

/** `attribution`: the credit the data's licence asks for (Open-Meteo, from Copernicus CAMS; CC BY 4.0). */
export type AirQualityJson = Readonly<{ reading: AirQuality | null; attribution: string; error: WeatherErrorInfo | null }>;

/** When what is shown arrived; both null when nothing ever has. */
export type ExtrasAge = Readonly<{ fetchedAt: number | null; ageMs: number | null }>;

/**
 * One favourite's warnings and air quality, as the window and the tray get them: the last good
 * data, kept from the store across restarts. When a kind's `error` is set, its last attempt failed
 * ("warnings unavailable (reason)") and what is shown is the last good data, as old as its age says
 * (none at all when `fetchedAt` is null). Warnings past their `expires` are never shown.
 */
export type FavouriteExtras = Readonly<{
  favouriteId: number;
  alerts: AlertsJson;
  airQuality: AirQualityJson;
  /** The index to show, from the `airQualityScale` setting and (with 'auto') the place's country. */
  airQualityIndex: AirQualityIndex;
  alertsAge: ExtrasAge;
  airQualityAge: ExtrasAge;
}>;
