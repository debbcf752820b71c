// Official warnings for places: each place asks the one service that covers it, through that
// service's own queue and budget. Places that need the same answer share one request (every place
// in a country shares MeteoAlarm's feed), and an answer is reused while it is fresh.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { abortedError, toWeatherError, type WeatherError } from '../errors.ts';
import type { Priority, ProviderQueue } from '../fetch/provider-queue.ts';
import { getJson } from '../http/get-json.ts';
import type { Logger } from '../logger.ts';
import type { Place } from '../model/model.ts';
import { activeAlerts, type AlertSourceId, type WeatherAlert } from './alert.ts';
import type { ParsedAlerts } from './alert-shape.ts';
import { ALERT_SOURCES, explainAlertStatus } from './alert-sources.ts';
import type { AtomEntry } from './atom-entries.ts';
import { alertSourceFor } from './coverage.ts';
import { getFeed } from './get-feed.ts';
import { metAlertsUrl, parseMetAlerts, type MetAlertsLanguage } from './metalerts.ts';
import { meteoAlarmAlertsFor, meteoAlarmFeedUrl, readMeteoAlarmFeed } from './meteoalarm.ts';
import { nwsAlertsUrl, parseNwsAlerts } from './nws.ts';

export type PlaceAlerts = Readonly<{
  place: Place;
  /** The service that covers the place; null when none does. */
  source: AlertSourceId | null;
  /** The warnings in force, worst first: empty when there are none, or when they could not be had. */
  alerts: readonly WeatherAlert[];
  /** Warnings of the same country-wide feed for other areas. */
  elsewhere: number;
  /** Messages in the answer that could not be read (logged). */
  unreadable: number;
  /** Why the covering service could not be asked or understood; null when it answered. */
  error: WeatherError | null;
}>;

export type AlertFetcherOptions = Readonly<{
  queues: Readonly<Record<AlertSourceId, ProviderQueue>>;
  origins: Readonly<Record<AlertSourceId, URL>>;
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  /** Told about messages that could not be read. */
  logger: Logger;
  /** MET Norway's text language. @default 'en' */
  language?: MetAlertsLanguage;
}>;

type Answer = ParsedAlerts | readonly AtomEntry[];
type Shared = { settledAt: number | null; readonly answer: Promise<Answer> };

const SHARED_LIMIT = 200;

export class AlertFetcher {
  #options: AlertFetcherOptions;
  #shared = new Map<string, Shared>();

  constructor(options: AlertFetcherOptions) {
    this.#options = options;
  }

  /** The warnings of every place, in order. Never rejects: a place whose service failed carries the error. */
  async alertsFor(places: readonly Place[], options: Readonly<{ priority?: Priority; signal?: AbortSignal }> = {}): Promise<PlaceAlerts[]> {
    return Promise.all(places.map((place) => this.#placeAlerts(place, options.priority ?? 'scheduled', options.signal)));
  }

  async #placeAlerts(place: Place, priority: Priority, signal: AbortSignal | undefined): Promise<PlaceAlerts> {
    const source = alertSourceFor(place.countryCode);
    const none = { place, source, alerts: [], elsewhere: 0, unreadable: 0, error: null };
    if (source === null) return none;
    try {
      const answer = await untilAborted(this.#answer(source, place, priority), signal, ALERT_SOURCES[source].label);
      const parsed = 'messages' in answer ? answer : meteoAlarmAlertsFor(answer, place, this.#options.clock.now());
      // Set aside rather than shown half-read; the log keeps why, for a bug report.
      for (const why of parsed.unreadable) this.#options.logger.warn(`${ALERT_SOURCES[source].label}: a warning for ${place.name} could not be read`, { why });
      return { ...none, alerts: activeAlerts(parsed.messages, this.#options.clock.now()), elsewhere: parsed.elsewhere, unreadable: parsed.unreadable.length };
    } catch (error) {
      return { ...none, error: toWeatherError(error, ALERT_SOURCES[source].label) };
    }
  }

  /** The shared answer for the place's request: fresh from memory, in flight, or asked for now. */
  #answer(source: AlertSourceId, place: Place, priority: Priority): Promise<Answer> {
    const url = this.#urlFor(source, place);
    const now = this.#options.clock.now();
    const known = this.#shared.get(url.href);
    if (known && (known.settledAt === null || now - known.settledAt < ALERT_SOURCES[source].limits.freshForMs)) return known.answer;
    const shared: Shared = { settledAt: null, answer: this.#ask(source, url, priority) };
    this.#remember(url.href, shared);
    shared.answer.then(
      () => void (shared.settledAt = this.#options.clock.now()),
      // A failure is never reused: the next ask tries again (through the queue's back-off).
      () => void (this.#shared.get(url.href) === shared && this.#shared.delete(url.href)),
    );
    return shared.answer;
  }

  #urlFor(source: AlertSourceId, place: Place): URL {
    const { origins, language } = this.#options;
    if (source === 'nws') return nwsAlertsUrl(origins.nws, place);
    if (source === 'metalerts') return metAlertsUrl(origins.metalerts, place, language ?? 'en');
    return meteoAlarmFeedUrl(origins.meteoalarm, place.countryCode ?? '');
  }

  /** One request through the source's queue; an answer that does not parse fails the attempt and is retried. */
  #ask(source: AlertSourceId, url: URL, priority: Priority): Promise<Answer> {
    const { dispatcher, userAgent, clock } = this.#options;
    const label = ALERT_SOURCES[source].label;
    const http = { dispatcher, userAgent, providerLabel: label, now: () => clock.now() };
    const queue = this.#options.queues[source];
    if (source === 'meteoalarm') return queue.run((signal) => getFeed(url, { ...http, signal }), readMeteoAlarmFeed, { url, priority });
    const attempt = (signal: AbortSignal): Promise<unknown> =>
      getJson(url, { ...http, signal, explain: (status, body) => explainAlertStatus(label, status, body) });
    return queue.run(attempt, source === 'nws' ? parseNwsAlerts : parseMetAlerts, { url, priority });
  }

  #remember(key: string, shared: Shared): void {
    this.#shared.delete(key);
    this.#shared.set(key, shared);
    // Oldest first: Map keeps insertion order, and every use re-inserts.
    for (const oldest of this.#shared.keys()) {
      if (this.#shared.size <= SHARED_LIMIT) break;
      this.#shared.delete(oldest);
    }
  }
}

/** The shared request goes on for the others; this caller stops waiting when its signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, label: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortedError(label));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortedError(label));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
