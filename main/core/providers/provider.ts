// What every weather service module provides: requests built from places, responses parsed and
// validated into the normalised model. The fetch queue does the I/O; providers never touch sockets.
import type { WeatherError } from '../errors.ts';
import type { Place, ProviderId, UnitsWanted, Weather } from '../model/model.ts';

/** Coordinates to 4 decimals (about 11 m): enough for weather, and stable as a cache key. */
export const coord = (value: number): string => String(Math.round(value * 1e4) / 1e4);

export type QueueLimits = Readonly<{
  /** Requests running at once. */
  concurrency: number;
  /** At most this many requests start in any `intervalMs` (a sliding window). */
  intervalCap: number;
  intervalMs: number;
}>;

/**
 * Fetches `url` through the provider's queue and hands the JSON to `parse` inside the same attempt,
 * so a response that does not parse is retried like any other fault.
 */
export type JsonGet = <T>(url: URL, parse: (json: unknown) => T) => Promise<T>;

export type ProviderLimits = QueueLimits &
  Readonly<{
    /** Most places in one forecast request. */
    maxBatch: number;
    /** Never ask for the same place again sooner than this; the provider's data changes no faster. */
    minPlaceIntervalMs: number;
  }>;

export type SearchOptions = Readonly<{ count: number; language: string }>;

export interface WeatherProvider {
  readonly id: ProviderId;
  /** "Open-Meteo" */
  readonly label: string;
  readonly attribution: string;
  readonly limits: ProviderLimits;
  /** One result per place, in order: its weather, or why it could not be had. */
  forecast(places: readonly Place[], units: UnitsWanted, get: JsonGet, fetchedAt: () => number): Promise<Array<Weather | WeatherError>>;
  search(query: string, options: SearchOptions, get: JsonGet): Promise<Place[]>;
  /** Words for a person about a failed HTTP status. */
  explain(status: number, body: unknown): string;
}
