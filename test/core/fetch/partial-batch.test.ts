// One place in a batch that the provider answers badly must not cost the others their weather:
// the good ones are kept, the bad one is asked for again on its own, once.
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/core/clock.ts';
import { WeatherError } from '../../../main/core/errors.ts';
import { createHttpAgent } from '../../../main/core/http/http-agent.ts';
import { createLogger } from '../../../main/core/logger.ts';
import type { Place } from '../../../main/core/model/model.ts';
import { ProviderQueue } from '../../../main/core/fetch/provider-queue.ts';
import { WeatherFetcher } from '../../../main/core/fetch/weather-fetcher.ts';
import { createOpenMeteo } from '../../../main/core/providers/open-meteo.ts';
import type { WeatherProvider } from '../../../main/core/providers/provider.ts';
import { startFakeProvider, type FakeProvider } from '../../provider/fake-provider.ts';
import { place } from '../../support/engine.ts';

let server: FakeProvider | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  await server?.close();
  close = server = undefined;
});

/**
 * The real Open-Meteo provider, except that the entry for `badName` does not parse, the way
 * forecast() reports one unreadable entry of a batch: a WeatherError in its place.
 */
function withBadEntry(real: WeatherProvider, badName: string, badTimes: number): WeatherProvider {
  let left = badTimes;
  return {
    ...real,
    async forecast(places, units, get, fetchedAt) {
      const results = await real.forecast(places, units, get, fetchedAt);
      return results.map((r, i) => {
        if (places[i]?.name !== badName || left === 0) return r;
        left--;
        return new WeatherError('malformed', 'Open-Meteo sent data Skytray does not understand.', {
          provider: 'Open-Meteo',
          status: 200,
          cause: `response[${i}].hourly.time: missing`,
        });
      });
    },
  };
}

async function fetcherWith(badTimes: number): Promise<{ fetcher: WeatherFetcher; warnings: string[] }> {
  server = await startFakeProvider();
  const agent = createHttpAgent();
  const warnings: string[] = [];
  const logger = createLogger((record) => {
    if (record.level === 'warn') warnings.push(record.message);
  }, 'debug');
  const real = createOpenMeteo({ forecastOrigin: server.origin, geocodingOrigin: server.origin });
  const queue = new ProviderQueue({ provider: 'Open-Meteo', limits: real.limits, clock: systemClock, logger, random: () => 0 });
  const fetcher = new WeatherFetcher({
    provider: withBadEntry(real, 'Paris', badTimes),
    queue,
    dispatcher: agent,
    userAgent: 'Skytray-test',
    clock: systemClock,
    logger,
  });
  close = async () => {
    queue.close();
    await agent.close();
  };
  return { fetcher, warnings };
}

const trio = (): Place[] => [place('Berlin'), place('Paris'), place('Rome')];
const batchSizes = (): number[] => (server?.requests ?? []).map((r) => r.query.get('latitude')?.split(',').length ?? 0);

describe('one bad entry in a batch', () => {
  it('keeps the good ones and asks for the bad one again on its own', async () => {
    const { fetcher, warnings } = await fetcherWith(1);
    const results = await fetcher.getWeather(trio(), { units: 'metric' });
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(batchSizes()).toEqual([3, 1]);
    expect(warnings.join('\n')).toContain('Paris');
  });

  it('asks only once more, and reports the place that still fails', async () => {
    const { fetcher } = await fetcherWith(Infinity);
    const results = await fetcher.getWeather(trio(), { units: 'metric' });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'malformed', 'ok']);
    expect(batchSizes()).toEqual([3, 1]);
  });
});
