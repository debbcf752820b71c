// Three ways to fetch 100 places from a provider that, like Open-Meteo, serves one request per
// client at a time: naive in sequence, naive all at once, and Skytray's queue.
import { request } from 'undici';
import { systemClock } from '../../main/core/clock.ts';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { forecastUrl } from '../../main/core/providers/open-meteo-forecast.ts';
import { createWeatherClient } from '../../main/core/service/weather-client.ts';
import { places } from '../support/engine.ts';
import { startFakeProvider } from '../provider/fake-provider.ts';
import type { Metric } from './metric.ts';

type Outcome = Readonly<{ wallMs: number; requests: number; tooMany: number; placesOk: number }>;

export async function benchFetchStrategies(placeCount = 100, latencyMs = 50): Promise<Metric[]> {
  const server = await startFakeProvider({ faults: { latencyMs, concurrency: 1, queueLimit: 4 } });
  const targets = places(placeCount);
  const agent = createHttpAgent();
  const origin = new URL(server.origin);

  const measure = async (run: () => Promise<number>): Promise<Outcome> => {
    server.clearLog();
    const start = performance.now();
    const placesOk = await run();
    return {
      wallMs: Math.round(performance.now() - start),
      requests: server.requests.length,
      tooMany: server.requests.filter((r) => r.outcome === 429).length,
      placesOk,
    };
  };

  const one = async (index: number): Promise<boolean> => {
    const target = targets[index];
    if (!target) return false;
    const res = await request(forecastUrl(origin, [target], 'metric'), { dispatcher: agent });
    const text = await res.body.text();
    return res.statusCode === 200 && typeof JSON.parse(text) === 'object';
  };

  try {
    const sequential = await measure(async () => {
      let ok = 0;
      for (let i = 0; i < targets.length; i++) if (await one(i)) ok++;
      return ok;
    });
    const unbounded = await measure(async () => (await Promise.all(targets.map((_, i) => one(i)))).filter(Boolean).length);
    const queued = await measure(async () => {
      // The real published limits, not test ones.
      const client = createWeatherClient({
        config: { provider: 'open-meteo', forecastUrl: server.origin, geocodingUrl: server.origin, apiKey: null },
        dispatcher: agent,
        userAgent: 'Skytray-bench',
        clock: systemClock,
        logger: silentLogger,
      });
      const results = await client.fetcher.getWeather(targets, { units: 'metric' });
      client.close();
      return results.filter((r) => r.ok).length;
    });

    return [
      ...outcomeMetrics('fetch.sequential', sequential),
      ...outcomeMetrics('fetch.unbounded', unbounded),
      ...outcomeMetrics('fetch.skytray_queue', queued),
    ];
  } finally {
    await agent.close();
    await server.close();
  }
}

function outcomeMetrics(prefix: string, o: Outcome): Metric[] {
  return [
    { metric: `${prefix}.wall_time`, value: o.wallMs, unit: 'ms' },
    { metric: `${prefix}.requests`, value: o.requests, unit: 'requests' },
    { metric: `${prefix}.http_429`, value: o.tooMany, unit: 'responses' },
    { metric: `${prefix}.places_ok`, value: o.placesOk, unit: 'places' },
  ];
}
