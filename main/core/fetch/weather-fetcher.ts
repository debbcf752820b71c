// Turns "these places" into weather through one provider: places asked for in the same tick go out
// together in batches, concurrent asks for the same place share one request, and a place fetched
// moments ago is answered from memory instead of asking the provider again.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { WeatherError, abortedError, toWeatherError } from '../errors.ts';
import { getJson } from '../http/get-json.ts';
import type { Logger } from '../logger.ts';
import { unitsKey, unitsOf, type Place, type Units, type UnitsWanted, type Weather } from '../model/model.ts';
import { ShapeError } from '../providers/json-shape.ts';
import { coord } from '../providers/provider.ts';
import type { JsonGet, SearchOptions, WeatherProvider } from '../providers/provider.ts';
import type { Priority, ProviderQueue } from './provider-queue.ts';

export type PlaceResult = Readonly<{ ok: true; place: Place; weather: Weather }> | Readonly<{ ok: false; place: Place; error: WeatherError }>;

export type FetchOptions = Readonly<{
  units: UnitsWanted;
  /** @default 'scheduled' */
  priority?: Priority;
  signal?: AbortSignal;
}>;

export type WeatherFetcherOptions = Readonly<{
  provider: WeatherProvider;
  queue: ProviderQueue;
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  logger: Logger;
}>;

/** One in-flight place: every caller waiting for it, and the way to cancel it once nobody is. */
type Flight = {
  readonly key: string;
  readonly place: Place;
  readonly units: Units;
  readonly promise: Promise<Weather>;
  readonly resolve: (weather: Weather) => void;
  readonly reject: (error: WeatherError) => void;
  readonly controller: AbortController;
  waiters: number;
  user: boolean;
};

const RECENT_LIMIT = 500;

export class WeatherFetcher {
  readonly provider: WeatherProvider;
  #queue: ProviderQueue;
  #dispatcher: Dispatcher;
  #userAgent: string;
  #clock: Clock;
  #logger: Logger;
  #inFlight = new Map<string, Flight>();
  #pending: Flight[] = [];
  #flushScheduled = false;
  #recent = new Map<string, Weather>();

  constructor(options: WeatherFetcherOptions) {
    this.provider = options.provider;
    this.#queue = options.queue;
    this.#dispatcher = options.dispatcher;
    this.#userAgent = options.userAgent;
    this.#clock = options.clock;
    this.#logger = options.logger;
  }

  /** Places being fetched right now. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Weather for every place, in order. Never rejects: a place that failed carries its error. */
  async getWeather(places: readonly Place[], options: FetchOptions): Promise<PlaceResult[]> {
    return Promise.all(
      places.map(async (place): Promise<PlaceResult> => {
        try {
          return { ok: true, place, weather: await this.#weatherFor(place, options) };
        } catch (error) {
          return { ok: false, place, error: toWeatherError(error, this.provider.label) };
        }
      }),
    );
  }

  async search(query: string, options: SearchOptions & Readonly<{ signal?: AbortSignal }>): Promise<Place[]> {
    return this.provider.search(query, options, this.#getter('user', options.signal));
  }

  /** The key two asks must share to be the same request. */
  #key(place: Place, units: Units): string {
    return `${unitsKey(units)}|${coord(place.latitude)},${coord(place.longitude)}|${place.timezone}`;
  }

  #weatherFor(place: Place, options: FetchOptions): Promise<Weather> {
    const { signal } = options;
    const units = unitsOf(options.units);
    if (signal?.aborted) return Promise.reject(abortedError(this.provider.label));
    const key = this.#key(place, units);

    const recent = this.#recent.get(key);
    if (recent && this.#clock.now() - recent.fetchedAt < this.provider.limits.minPlaceIntervalMs) {
      return Promise.resolve(recent);
    }

    let flight = this.#inFlight.get(key);
    if (!flight) {
      flight = this.#startFlight(key, place, units);
      this.#pending.push(flight);
      this.#scheduleFlush();
    } else if (options.priority === 'user' && this.#queue.heldBack) {
      // Scheduled work is waiting for the call budget: a person hears why at once instead of joining it.
      return Promise.reject(this.#queue.heldBack);
    }
    if (options.priority === 'user') flight.user = true;
    return this.#wait(flight, signal);
  }

  #startFlight(key: string, place: Place, units: Units): Flight {
    let resolve!: (weather: Weather) => void;
    let reject!: (error: WeatherError) => void;
    const promise = new Promise<Weather>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const flight: Flight = { key, place, units, promise, resolve, reject, controller: new AbortController(), waiters: 0, user: false };
    flight.controller.signal.addEventListener('abort', () => reject(abortedError(this.provider.label)), { once: true });
    this.#inFlight.set(key, flight);
    promise
      .then(
        (weather) => this.#remember(key, weather),
        () => {},
      )
      .finally(() => this.#inFlight.delete(key));
    return flight;
  }

  /** Joins `flight` for one caller; the flight is cancelled only when every caller has gone. */
  #wait(flight: Flight, signal: AbortSignal | undefined): Promise<Weather> {
    flight.waiters++;
    if (!signal) return flight.promise;
    return new Promise<Weather>((resolve, reject) => {
      const onAbort = (): void => {
        reject(abortedError(this.provider.label));
        if (--flight.waiters === 0) flight.controller.abort();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // Everything asked for in the same synchronous run goes out together. A microtask, not a timer,
    // so a fake clock in tests cannot hold it back.
    queueMicrotask(() => {
      this.#flushScheduled = false;
      const pending = this.#pending.filter((f) => !f.controller.signal.aborted);
      this.#pending = [];
      for (const batch of this.#batches(pending)) void this.#fetchBatch(batch);
    });
  }

  /** Same units together, a person's asks first, at most `maxBatch` places each. */
  #batches(flights: readonly Flight[]): Flight[][] {
    const ordered = [...flights].sort((a, b) => Number(b.user) - Number(a.user));
    const groups = new Map<string, Flight[]>();
    for (const f of ordered) {
      const group = `${f.user}|${unitsKey(f.units)}`;
      groups.set(group, [...(groups.get(group) ?? []), f]);
    }
    const batches: Flight[][] = [];
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i += this.provider.limits.maxBatch) {
        batches.push(group.slice(i, i + this.provider.limits.maxBatch));
      }
    }
    return batches;
  }

  /** `alone` marks a place asked for again on its own after its batch answered it badly: no third try. */
  async #fetchBatch(batch: readonly Flight[], alone = false): Promise<void> {
    // The batch's request is cancelled once every place in it has been cancelled.
    const controller = new AbortController();
    let live = batch.length;
    for (const f of batch) {
      f.controller.signal.addEventListener(
        'abort',
        () => {
          if (--live === 0) controller.abort();
        },
        { once: true },
      );
    }
    const priority: Priority = batch.some((f) => f.user) ? 'user' : 'scheduled';
    const first = batch[0];
    if (!first) return;
    try {
      const get = this.#getter(priority, controller.signal);
      const results = await this.provider.forecast(
        batch.map((f) => f.place),
        first.units,
        get,
        () => this.#clock.now(),
      );
      const again: Flight[] = [];
      batch.forEach((f, i) => {
        const result =
          results[i] ?? new WeatherError('malformed', `${this.provider.label} sent no weather for ${f.place.name}.`, { provider: this.provider.label });
        if (!(result instanceof WeatherError)) f.resolve(result);
        else if (result.retryable && !alone) again.push(f);
        else f.reject(result);
      });
      if (again.length) {
        // The others are kept; a bad entry may be a fault of that response, so ask once more, alone.
        this.#logger.warn(`batch of ${batch.length}: no usable weather for ${again.map((f) => f.place.name).join(', ')}; asking for each on its own`);
        await Promise.all(again.map((f) => this.#fetchBatch([f], true)));
      }
    } catch (thrown) {
      const error = toWeatherError(thrown, this.provider.label);
      if (error.code === 'bad-request' && batch.length > 1) {
        // One bad place must not sink the others: ask for each on its own.
        this.#logger.warn(`batch of ${batch.length} rejected (${error.describe()}); retrying one by one`);
        await Promise.all(batch.map((f) => this.#fetchBatch([f])));
        return;
      }
      for (const f of batch) f.reject(error);
    }
  }

  /** A JsonGet bound to this provider's queue: every attempt queued, parse faults retried. */
  #getter(priority: Priority, signal: AbortSignal | undefined): JsonGet {
    const provider = this.provider;
    return (url, parse) =>
      this.#queue.run(
        (attemptSignal) =>
          getJson(url, {
            dispatcher: this.#dispatcher,
            signal: attemptSignal,
            userAgent: this.#userAgent,
            providerLabel: provider.label,
            now: () => this.#clock.now(),
            explain: (status, body) => provider.explain(status, body),
          }),
        (json) => {
          try {
            return parse(json);
          } catch (error) {
            if (!(error instanceof ShapeError)) throw error;
            throw new WeatherError('malformed', `${provider.label} sent data Skytray does not understand.`, {
              provider: provider.label,
              status: 200,
              cause: error.message,
            });
          }
        },
        { url, priority, signal },
      );
  }

  #remember(key: string, weather: Weather): void {
    if (this.provider.limits.minPlaceIntervalMs <= 0) return;
    this.#recent.delete(key);
    this.#recent.set(key, weather);
    // Map iteration is insertion order: the first key is the least recently fetched.
    if (this.#recent.size > RECENT_LIMIT) this.#recent.delete(this.#recent.keys().next().value as string);
  }
}
