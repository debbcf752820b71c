// Warnings and air quality as the store keeps them: the last good answer per favourite and when it
// arrived. Only answers that arrived are kept; a failure never replaces them.
import type { AirQuality } from '../providers/air-quality.ts';
import type { AlertSourceId, WeatherAlert } from './alert.ts';

export type CachedAlerts = Readonly<{
  favouriteId: number;
  source: AlertSourceId | null;
  /** Every warning that has not expired, as fetched; `activeAlerts` orders them. */
  alerts: readonly WeatherAlert[];
  elsewhere: number;
  fetchedAt: number;
}>;

export type CachedAirQuality = Readonly<{ favouriteId: number; reading: AirQuality; fetchedAt: number }>;
