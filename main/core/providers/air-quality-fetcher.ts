// Air quality for places: the places not fresh in memory go out together, up to ten a request and
// split by whether pollen is worth asking for, through the air-quality queue. Concurrent asks for a
// place share its request; a reading is reused while the hourly data cannot have changed.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { abortedError, toWeatherError, WeatherError } from '../errors.ts';
import type { Priority, ProviderQueue } from '../fetch/provider-queue.ts';
import { getJson } from '../http/get-json.ts';
import type { Place } from '../model/model.ts';
import { AIR_QUALITY_LABEL, airQualityUrl, inPollenDomain, parseAirQualityBatch, type AirQuality } from './air-quality.ts';
import { coord, type QueueLimits } from './provider.ts';

export type AirQualityLimits = QueueLimits &
  Readonly<{
    /** Most places in one request. */
    maxBatch: number;
    /** A reading younger than this is used again instead of asking. */
    freshForMs: number;
  }>;

/**
 * Open-Meteo's free use is under 600 calls a minute from one address, all its APIs together, and the
 * forecast already takes up to 30 requests of 10 places a minute. Air quality is hourly data: ten
 * requests a minute at most, and a place asked again after half an hour.
 */
export const AIR_QUALITY_LIMITS: AirQualityLimits = { concurrency: 1, intervalCap: 10, intervalMs: 60_000, maxBatch: 10, freshForMs: 30 * 60_000 };

export type PlaceAirQuality = Readonly<{ place: Place; airQuality: AirQuality | null; error: WeatherError | null }>;

export type AirQualityFetcherOptions = Readonly<{
  queue: ProviderQueue;
  origin: URL;
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  limits?: AirQualityLimits;
}>;

type Reading = AirQuality | WeatherError;
type Shared = { settledAt: number | null; readonly reading: Promise<Reading> };

const SHARED_LIMIT = 500;

export class AirQualityFetcher {
  #options: AirQualityFetcherOptions;
  #limits: AirQualityLimits;
  #shared = new Map<string, Shared>();

  constructor(options: AirQualityFetcherOptions) {
    this.#options = options;
    this.#limits = options.limits ?? AIR_QUALITY_LIMITS;
  }

  /** A reading or an error for every place, in order. Never rejects. */
  async airQualityFor(places: readonly Place[], options: Readonly<{ priority?: Priority; signal?: AbortSignal }> = {}): Promise<PlaceAirQuality[]> {
    const missing = new Map<string, Place>();
    const now = this.#options.clock.now();
    for (const place of places) {
      const known = this.#shared.get(keyOf(place));
      const usable = known && (known.settledAt === null || now - known.settledAt < this.#limits.freshForMs);
      if (!usable) missing.set(keyOf(place), place);
    }
    this.#request([...missing.values()], options.priority ?? 'scheduled');
    return Promise.all(
      places.map(async (place) => {
        const shared = this.#shared.get(keyOf(place));
        const reading = shared ? await untilAborted(shared.reading, options.signal) : abortedError(AIR_QUALITY_LABEL);
        return reading instanceof WeatherError ? { place, airQuality: null, error: reading } : { place, airQuality: reading, error: null };
      }),
    );
  }

  /** Starts the requests for `places`, in batches, and records each place's share of them. */
  #request(places: readonly Place[], priority: Priority): void {
    for (const pollen of [true, false]) {
      const group = places.filter((p) => inPollenDomain(p) === pollen);
      for (let i = 0; i < group.length; i += this.#limits.maxBatch) {
        const batch = group.slice(i, i + this.#limits.maxBatch);
        const answer = this.#ask(batch, pollen, priority);
        batch.forEach((place, index) => {
          const shared: Shared = { settledAt: null, reading: answer.then((readings) => readings[index] ?? missingReading(place)) };
          this.#remember(keyOf(place), shared);
          void shared.reading.then((reading) => {
            if (reading instanceof WeatherError) this.#forget(keyOf(place), shared);
            else shared.settledAt = this.#options.clock.now();
          });
        });
      }
    }
  }

  /** One request for the batch; a whole answer that does not parse is retried, then costs every place in it. */
  async #ask(batch: readonly Place[], pollen: boolean, priority: Priority): Promise<Reading[]> {
    const { queue, origin, dispatcher, userAgent, clock } = this.#options;
    const url = airQualityUrl(origin, batch, { pollen });
    const attempt = (signal: AbortSignal): Promise<unknown> =>
      getJson(url, { dispatcher, signal, userAgent, providerLabel: AIR_QUALITY_LABEL, now: () => clock.now(), explain });
    try {
      return await queue.run(attempt, (json) => parseAirQualityBatch(json, batch), { url, priority });
    } catch (error) {
      return batch.map(() => toWeatherError(error, AIR_QUALITY_LABEL));
    }
  }

  #remember(key: string, shared: Shared): void {
    this.#shared.delete(key);
    this.#shared.set(key, shared);
    for (const oldest of this.#shared.keys()) {
      if (this.#shared.size <= SHARED_LIMIT) break;
      this.#shared.delete(oldest);
    }
  }

  #forget(key: string, shared: Shared): void {
    if (this.#shared.get(key) === shared) this.#shared.delete(key);
  }
}

const keyOf = (place: Place): string => `${coord(place.latitude)},${coord(place.longitude)}`;

function missingReading(place: Place): WeatherError {
  return new WeatherError('malformed', `${AIR_QUALITY_LABEL} sent no reading for ${place.name}.`, { provider: AIR_QUALITY_LABEL });
}

function explain(status: number, body: unknown): string {
  const reason = typeof body === 'object' && body !== null && 'reason' in body && typeof body.reason === 'string' ? body.reason.slice(0, 200) : null;
  if (status === 429) return `${AIR_QUALITY_LABEL} is limiting requests right now. Skytray will try again later.`;
  if (status >= 500) return `${AIR_QUALITY_LABEL} is having trouble (HTTP ${status}). Skytray will try again later.`;
  return `${AIR_QUALITY_LABEL} answered HTTP ${status}${reason ? `: ${reason}` : ''}.`;
}

function untilAborted(reading: Promise<Reading>, signal: AbortSignal | undefined): Promise<Reading> {
  if (!signal) return reading;
  if (signal.aborted) return Promise.resolve(abortedError(AIR_QUALITY_LABEL));
  return new Promise<Reading>((resolve) => {
    const onAbort = (): void => resolve(abortedError(AIR_QUALITY_LABEL));
    signal.addEventListener('abort', onAbort, { once: true });
    void reading.then(resolve).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
