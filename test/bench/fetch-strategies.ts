// Ways to fetch 100 places from a provider that, like Open-Meteo, serves one request per client at
// a time: naive in sequence, naive all at once, naive in sequence with Skytray's batches of 10 and
// its parsing (what the queue itself costs is the difference to the last), and Skytray's queue.
// The last two report the median of several runs taken in turns.
import { request, type Dispatcher } from 'undici';
import { systemClock } from '../../main/core/clock.ts';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import type { Place } from '../../main/core/model/model.ts';
import { forecastUrl } from '../../main/core/providers/open-meteo-forecast.ts';
import { createOpenMeteo } from '../../main/core/providers/open-meteo.ts';
import type { JsonGet } from '../../main/core/providers/provider.ts';
import { createWeatherClient } from '../../main/core/service/weather-client.ts';
import { places } from '../support/engine.ts';
import type { Metric } from './metric.ts';
import { startProviderProcess, type ProviderProcess } from './provider-process.ts';

type Outcome = Readonly<{ wallMs: number; requests: number; tooMany: number; placesOk: number }>;

const BATCH = 10;
const COMPARED_ROUNDS = 7;

/** The run with the median wall time. */
function median(runs: readonly Outcome[]): Outcome {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor(sorted.length / 2)] as Outcome;
}

async function measure(server: ProviderProcess, run: (statuses: number[]) => Promise<number>): Promise<Outcome> {
  const before = await server.requestCount();
  const statuses: number[] = [];
  const start = performance.now();
  const placesOk = await run(statuses);
  const wallMs = Math.round(performance.now() - start);
  return { wallMs, requests: (await server.requestCount()) - before, tooMany: statuses.filter((s) => s === 429).length, placesOk };
}

/** Skytray's whole engine with Open-Meteo's published limits, not test ones. */
async function viaQueue(server: ProviderProcess, agent: Dispatcher, targets: readonly Place[], statuses: number[]): Promise<number> {
  const client = createWeatherClient({
    config: { provider: 'open-meteo', forecastUrl: server.origin, geocodingUrl: server.origin, apiKey: null },
    dispatcher: agent,
    userAgent: 'Skytray-bench',
    clock: systemClock,
    logger: silentLogger,
    onAttempt: (a) => statuses.push(a.status ?? 0),
  });
  try {
    const results = await client.fetcher.getWeather(targets, { units: 'metric' });
    return results.filter((r) => r.ok).length;
  } finally {
    client.close();
  }
}

export async function benchFetchStrategies(placeCount = 100, latencyMs = 50): Promise<Metric[]> {
  const server = await startProviderProcess(latencyMs, 1);
  const targets = places(placeCount);
  const agent = createHttpAgent();
  const origin = new URL(server.origin);
  const provider = createOpenMeteo({ forecastOrigin: server.origin, geocodingOrigin: server.origin });

  const one = async (index: number, statuses: number[]): Promise<boolean> => {
    const target = targets[index];
    if (!target) return false;
    const res = await request(forecastUrl(origin, [target], 'metric'), { dispatcher: agent });
    const text = await res.body.text();
    statuses.push(res.statusCode);
    return res.statusCode === 200 && typeof JSON.parse(text) === 'object';
  };
  // No queue, no retries: one plain GET, and the same parsing the engine does.
  const plainGet =
    (statuses: number[]): JsonGet =>
    async (url, parse) => {
      const res = await request(url, { dispatcher: agent });
      const text = await res.body.text();
      statuses.push(res.statusCode);
      if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
      return parse(JSON.parse(text));
    };

  try {
    const sequential = await measure(server, async (statuses) => {
      let ok = 0;
      for (let i = 0; i < targets.length; i++) if (await one(i, statuses)) ok++;
      return ok;
    });
    const unbounded = await measure(server, async (statuses) => (await Promise.all(targets.map((_, i) => one(i, statuses)))).filter(Boolean).length);
    const batchedRun = async (statuses: number[]): Promise<number> => {
      let ok = 0;
      for (let i = 0; i < targets.length; i += BATCH) {
        const results = await provider.forecast(targets.slice(i, i + BATCH), 'metric', plainGet(statuses), () => Date.now()).catch(() => []);
        ok += results.filter((r) => !(r instanceof Error)).length;
      }
      return ok;
    };
    // The two that are compared run in turns, several times: one run on a shared machine is noise.
    const batchedRuns: Outcome[] = [];
    const queuedRuns: Outcome[] = [];
    for (let round = 0; round < COMPARED_ROUNDS; round++) {
      batchedRuns.push(await measure(server, batchedRun));
      queuedRuns.push(await measure(server, (statuses) => viaQueue(server, agent, targets, statuses)));
    }
    const batched = median(batchedRuns);
    const queued = median(queuedRuns);

    return [
      ...outcomeMetrics('fetch.sequential', sequential),
      ...outcomeMetrics('fetch.unbounded', unbounded),
      ...outcomeMetrics('fetch.sequential_batched', batched),
      ...outcomeMetrics('fetch.skytray_queue', queued),
    ];
  } finally {
    await agent.close();
    await server.close();
  }
}

/** 1,000 distinct places: the gazetteer's cities, each repeated a little further north-east. */
function manyPlaces(count: number): Place[] {
  const cities = places(200);
  return Array.from({ length: count }, (_, i) => {
    const city = cities[i % cities.length] as Place;
    const step = Math.floor(i / cities.length) * 0.05;
    const latitude = Math.min(89, city.latitude + step);
    const longitude = Math.min(179, city.longitude + step);
    return { ...city, id: `coords:${latitude},${longitude}`, latitude, longitude };
  });
}

/** Skytray's queue with 1,000 places under Open-Meteo's published budget; RSS is the process peak so far. */
export async function benchThousandPlaces(placeCount = 1_000, latencyMs = 50): Promise<Metric[]> {
  const server = await startProviderProcess(latencyMs, 1);
  const agent = createHttpAgent();
  try {
    const outcome = await measure(server, (statuses) => viaQueue(server, agent, manyPlaces(placeCount), statuses));
    const prefix = `fetch.skytray_queue_${placeCount}_places`;
    return [...outcomeMetrics(prefix, outcome), { metric: `${prefix}.peak_rss`, value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MiB' }];
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
