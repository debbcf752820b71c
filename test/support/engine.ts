// The real engine against the local provider, with the edges (clock, randomness, limits) set by the test.
import type { Agent } from 'undici';
import { systemClock, type Clock } from '../../main/core/clock.ts';
import { createHttpAgent, type HttpAgentOptions } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import type { Place, ProviderId } from '../../main/core/model/model.ts';
import type { AttemptRecord } from '../../main/core/fetch/attempt-record.ts';
import type { RetryOptions } from '../../main/core/http/retry-policy.ts';
import type { ProviderLimits } from '../../main/core/providers/provider.ts';
import { createWeatherClient, type WeatherClient } from '../../main/core/service/weather-client.ts';
import { CITIES } from '../provider/gazetteer.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import type { FaultSettings } from '../provider/faults.ts';

export type TestEngine = Readonly<{
  server: FakeProvider;
  client: WeatherClient;
  agent: Agent;
  attempts: AttemptRecord[];
  close(): Promise<void>;
}>;

export type TestEngineOptions = Readonly<{
  provider?: ProviderId;
  apiKey?: string;
  clock?: Clock;
  faults?: Partial<FaultSettings>;
  limits?: Partial<ProviderLimits>;
  retry?: Partial<RetryOptions>;
  http?: HttpAgentOptions;
  /** @default () => 0: retries come at once unless a test asks for real back-off */
  random?: () => number;
}>;

export async function startTestEngine(options: TestEngineOptions = {}): Promise<TestEngine> {
  const server = await startFakeProvider({ faults: options.faults ?? {} });
  const agent = createHttpAgent({ headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000, ...options.http });
  const attempts: AttemptRecord[] = [];
  const client = createWeatherClient({
    config: {
      provider: options.provider ?? 'open-meteo',
      forecastUrl: server.origin,
      geocodingUrl: server.origin,
      apiKey: options.apiKey ?? null,
    },
    dispatcher: agent,
    userAgent: 'Skytray-test',
    clock: options.clock ?? systemClock,
    logger: silentLogger,
    random: options.random ?? (() => 0),
    retry: { maxAttempts: 4, backoff: { baseMs: 100, capMs: 1_000 }, maxRetryAfterMs: 10_000, ...options.retry },
    limits: { intervalCap: 1_000, intervalMs: 1_000, minPlaceIntervalMs: 0, ...options.limits },
    onAttempt: (record) => attempts.push(record),
  });
  return {
    server,
    client,
    agent,
    attempts,
    async close() {
      client.close();
      await agent.destroy();
      await server.close();
    },
  };
}

/** Real cities from the gazetteer as places. */
export function places(count: number, offset = 0): Place[] {
  return CITIES.slice(offset, offset + count).map((c) => ({
    id: `open-meteo:${c.id}`,
    name: c.name,
    region: c.admin1,
    country: c.country,
    countryCode: c.countryCode,
    latitude: c.latitude,
    longitude: c.longitude,
    timezone: c.timezone,
    population: c.population,
  }));
}

export function place(name: string): Place {
  const found = places(CITIES.length).find((p) => p.name === name);
  if (!found) throw new Error(`no city ${name} in the gazetteer`);
  return found;
}
