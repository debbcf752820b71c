// The weather client for the provider the settings choose, rebuilt when they change. A provider
// that cannot be set up (OpenWeatherMap without a key) is not a crash: the reason is kept and
// given to whoever asks for the client.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { WeatherError, toWeatherError } from '../errors.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { CallBudgetLimits } from '../fetch/call-budget.ts';
import { callBudgetFor, type SpendCalls } from '../fetch/call-budget-provider.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import type { Logger } from '../logger.ts';
import { providerConfigFor, type Settings } from '../model/settings.ts';
import type { ProviderLimits } from '../providers/provider.ts';
import { createWeatherClient, type WeatherClient } from './weather-client.ts';

export type ProviderClientOptions = Readonly<{
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  logger: Logger;
  /** The user's OpenWeatherMap key, read each time the client is built. */
  apiKey?: (() => string | null) | undefined;
  random?: (() => number) | undefined;
  retry?: RetryOptions | undefined;
  limits?: Partial<ProviderLimits> | undefined;
  onAttempt: (record: AttemptRecord) => void;
  /** Spends from the call budget kept in the store. */
  spendCalls: SpendCalls;
  /** Test and benchmark override of Open-Meteo's call budget. */
  callBudget?: CallBudgetLimits | undefined;
}>;

export class ProviderClient {
  #options: ProviderClientOptions;
  #client: WeatherClient | null = null;
  #error: WeatherError | null = null;

  constructor(options: ProviderClientOptions) {
    this.#options = options;
  }

  /** The client, or null when the provider could not be set up. */
  get current(): WeatherClient | null {
    return this.#client;
  }

  /** The client, or the reason there is none. */
  require(): WeatherClient {
    if (this.#client) return this.#client;
    throw this.#error ?? new WeatherError('invalid-input', 'No weather provider is set up.');
  }

  /** Closes the current client and builds the one `settings` choose. */
  use(settings: Settings): void {
    this.close();
    this.#error = null;
    const { apiKey, random, retry, limits, dispatcher, userAgent, clock, logger, onAttempt, spendCalls, callBudget } = this.#options;
    try {
      this.#client = createWeatherClient({
        config: providerConfigFor(settings, () => apiKey?.() ?? null),
        dispatcher,
        userAgent,
        clock,
        logger,
        onAttempt,
        callBudget: callBudgetFor(settings.provider, spendCalls, callBudget),
        ...(random ? { random } : {}),
        ...(retry ? { retry } : {}),
        ...(limits ? { limits } : {}),
      });
    } catch (error) {
      this.#error = toWeatherError(error);
      this.#options.logger.warn(this.#error.message);
    }
  }

  close(): void {
    this.#client?.close();
    this.#client = null;
  }
}
