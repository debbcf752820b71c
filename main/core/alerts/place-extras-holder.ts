// The service's warnings and air-quality client, built for where the settings say those services
// live, and rebuilt only when that changes: other settings changes keep its fresh answers and queues.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { CallBudgetLimits } from '../fetch/call-budget.ts';
import { callBudgetFor, type SpendCalls } from '../fetch/call-budget-provider.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import type { Logger } from '../logger.ts';
import type { Settings } from '../model/settings.ts';
import { extrasOrigins, PlaceExtrasClient } from './place-extras.ts';

export type PlaceExtrasHolderOptions = Readonly<{
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  logger: Logger;
  random?: (() => number) | undefined;
  retry?: RetryOptions | undefined;
  onAttempt: (record: AttemptRecord) => void;
  /** Spends air-quality calls from Open-Meteo's budget, the one the forecast spends from. */
  spendCalls: SpendCalls;
  /** Test and benchmark override of that budget; with it, every request counts. */
  callBudget?: CallBudgetLimits | undefined;
}>;

export class PlaceExtrasHolder {
  #options: PlaceExtrasHolderOptions;
  #client: PlaceExtrasClient | null = null;
  #builtFor = '';

  constructor(options: PlaceExtrasHolderOptions) {
    this.#options = options;
  }

  /** The client for `settings`: the same one while the services' URLs stay the same. */
  use(settings: Settings): PlaceExtrasClient {
    const origins = extrasOrigins(settings);
    const key = JSON.stringify(origins);
    if (this.#client && key === this.#builtFor) return this.#client;
    this.close();
    const { random, retry, spendCalls, callBudget, ...rest } = this.#options;
    const airQualityBudget = callBudgetFor('open-meteo', spendCalls, callBudget);
    this.#client = new PlaceExtrasClient({ ...rest, ...origins, airQualityBudget, ...(random ? { random } : {}), ...(retry ? { retry } : {}) });
    this.#builtFor = key;
    return this.#client;
  }

  close(): void {
    this.#client?.close();
    this.#client = null;
  }
}
