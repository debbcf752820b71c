// The engine assembled for one provider configuration: provider, queue, fetcher. The CLI, the
// benchmark and the WeatherService build it the same way, with their own clock and dispatcher.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { WeatherError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Place } from '../model/model.ts';
import { matchesQualifiers, parseCoordinates, splitQuery } from '../model/place-query.ts';
import { createProvider, type ProviderConfig } from '../providers/provider-config.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import { ProviderQueue } from '../fetch/provider-queue.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import { WeatherFetcher } from '../fetch/weather-fetcher.ts';
import type { CallBudget } from '../fetch/call-budget-gate.ts';
import type { ProviderLimits } from '../providers/provider.ts';

export type WeatherClientOptions = Readonly<{
  config: ProviderConfig;
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  logger: Logger;
  random?: () => number;
  retry?: RetryOptions;
  /** Override the provider's published limits (tests and the benchmark). */
  limits?: Partial<ProviderLimits>;
  onAttempt?: (record: AttemptRecord) => void;
  /** The weighted calls the provider bills, spent before each request. @default null: none kept */
  callBudget?: CallBudget | null;
}>;

export type WeatherClient = Readonly<{
  fetcher: WeatherFetcher;
  queue: ProviderQueue;
  /** The first place matching `query`: coordinates as typed, or the best geocoding match. */
  /** `language`: the ISO 639-1 code names are asked in (searchLanguage); English unless given. */
  resolvePlace(query: string, signal?: AbortSignal, language?: string): Promise<Place>;
  close(): void;
}>;

export function createWeatherClient(options: WeatherClientOptions): WeatherClient {
  const base = createProvider(options.config);
  const provider = options.limits ? { ...base, limits: { ...base.limits, ...options.limits } } : base;
  const queue = new ProviderQueue({
    provider: provider.label,
    limits: provider.limits,
    clock: options.clock,
    logger: options.logger.child('queue'),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
    budget: options.callBudget ?? null,
  });
  const fetcher = new WeatherFetcher({
    provider,
    queue,
    dispatcher: options.dispatcher,
    userAgent: options.userAgent,
    clock: options.clock,
    logger: options.logger.child('fetch'),
  });
  return {
    fetcher,
    queue,
    async resolvePlace(query, signal, language = 'en') {
      const coordinates = parseCoordinates(query);
      if (coordinates) return coordinates;
      const { name, qualifiers } = splitQuery(query);
      const results = await fetcher.search(name, { count: qualifiers.length ? 20 : 1, language, ...(signal ? { signal } : {}) });
      const match = results.find((place) => matchesQualifiers(place, qualifiers));
      if (!match)
        throw new WeatherError('not-found', `No place called "${query.trim()}" was found.`, {
          provider: provider.label,
          detail: { kind: 'place-not-found', query: query.trim() },
        });
      return match;
    },
    close: () => queue.close(),
  };
}
