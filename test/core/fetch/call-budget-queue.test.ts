// The call budget in the queue: the local provider on a real socket, the budget in a real SQLite
// file, time on the fake clock. Each place costs 2.7 of Open-Meteo's weighted calls (27 variables).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { OverBudgetError } from '../../../main/core/fetch/call-budget-gate.ts';
import { callBudgetFor } from '../../../main/core/fetch/call-budget-provider.ts';
import { createHttpAgent } from '../../../main/core/http/http-agent.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { createWeatherClient, type WeatherClient } from '../../../main/core/service/weather-client.ts';
import { spendCalls } from '../../../main/core/store/call-budget-repo.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';
import { place } from '../../support/engine.ts';
import { FakeClock } from '../../support/fake-clock.ts';
import { startFakeProvider, type FakeProvider } from '../../provider/fake-provider.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** Room for two places' forecasts in a day (5.4 calls), not a third. */
const TINY = { minute: 100, hour: 100, day: 6 };

type Rig = { server: FakeProvider; agent: Agent; db: Database.Database; clock: FakeClock; client: WeatherClient; dir: string };
let rig: Rig | undefined;

afterEach(async () => {
  if (!rig) return;
  rig.client.close();
  await rig.agent.destroy();
  await rig.server.close();
  rig.db.close();
  rmSync(rig.dir, { recursive: true, force: true });
  rig = undefined;
});

async function start(): Promise<Rig> {
  const server = await startFakeProvider();
  const agent = createHttpAgent({ headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000 });
  const dir = mkdtempSync(join(tmpdir(), 'skytray-budget-'));
  const db = new Database(join(dir, 'skytray.db'));
  migrate(db);
  const clock = new FakeClock();
  const client = createWeatherClient({
    config: { provider: 'open-meteo', forecastUrl: server.origin, geocodingUrl: server.origin, apiKey: null },
    dispatcher: agent,
    userAgent: 'Skytray-test',
    clock,
    logger: silentLogger,
    limits: { intervalCap: 1_000, intervalMs: 1_000, minPlaceIntervalMs: 0 },
    random: () => 0, // retries come at once
    callBudget: callBudgetFor('open-meteo', (provider, weight, limits, now) => spendCalls(db, provider, weight, limits, now), TINY),
  });
  rig = { server, agent, db, clock, client, dir };
  return rig;
}

/** Lets fake timers due now (a retry's zero back-off) fire while the request runs on real sockets. */
async function onFakeTime<T>(clock: FakeClock, work: Promise<T>): Promise<T> {
  let done = false;
  void work.finally(() => (done = true)).catch(() => {});
  while (!done) {
    await clock.advance(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return work;
}

const forecasts = (r: Rig): number => r.server.requests.filter((q) => q.path === '/v1/forecast').length;

describe('call budget in the queue', () => {
  it("answers a person's request that would overspend at once, sending nothing, and says when to try again", async () => {
    const r = await start();
    const first = await r.client.fetcher.getWeather([place('Berlin'), place('Tokyo')], { units: 'metric', priority: 'user' });
    expect(first.every((x) => x.ok)).toBe(true);
    expect(forecasts(r)).toBe(1);
    await r.clock.advance(MIN);
    const [refused] = await r.client.fetcher.getWeather([place('Lima')], { units: 'metric', priority: 'user' });
    expect(refused?.ok).toBe(false);
    const error = refused && !refused.ok ? refused.error : null;
    expect(error).toBeInstanceOf(OverBudgetError);
    expect(error).toMatchObject({ code: 'rate-limited', window: 'day', retryAt: r.clock.now() - MIN + DAY });
    expect(error?.message).toMatch(/^Skytray has used the 6 Open-Meteo calls it allows itself in a day; next try (at|tomorrow at) \d\d:\d\d\.$/);
    expect(forecasts(r)).toBe(1);
  });

  it('holds a scheduled request back, sending nothing, until the calls it needs have aged out', async () => {
    const r = await start();
    await r.client.fetcher.getWeather([place('Berlin'), place('Tokyo')], { units: 'metric' });
    const spentAt = r.clock.now();
    let settled = false;
    const later = r.client.fetcher.getWeather([place('Lima')], { units: 'metric' }).finally(() => (settled = true));
    await r.clock.advance(DAY - MIN);
    expect(settled).toBe(false);
    expect(forecasts(r)).toBe(1);
    await r.clock.advance(MIN);
    const [lima] = await later;
    expect(lima?.ok).toBe(true);
    expect(forecasts(r)).toBe(2);
    expect(r.clock.now()).toBe(spentAt + DAY);
  });

  it('answers a person at once who asks for a place whose scheduled fetch waits for the budget', async () => {
    const r = await start();
    await r.client.fetcher.getWeather([place('Berlin'), place('Tokyo')], { units: 'metric' });
    void r.client.fetcher.getWeather([place('Lima')], { units: 'metric' });
    await r.clock.advance(MIN); // the scheduled fetch is now waiting for the day's budget
    // No fake time passes: the answer must not wait for the scheduled fetch.
    const [lima] = await r.client.fetcher.getWeather([place('Lima')], { units: 'metric', priority: 'user' });
    expect(lima?.ok).toBe(false);
    expect(lima && !lima.ok ? lima.error : null).toBeInstanceOf(OverBudgetError);
    expect(forecasts(r)).toBe(1);
  });

  it('counts every attempt sent, retries included', async () => {
    const r = await start();
    r.server.setFaults({ script: [{ status: 503 }], pathPrefix: '/v1/forecast' });
    const [berlin] = await onFakeTime(r.clock, r.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'user' }));
    expect(berlin?.ok).toBe(true);
    expect(forecasts(r)).toBe(2);
    // Two attempts of 2.7 calls: 5.4 of the day's 6 are gone.
    const spent = r.db.prepare('SELECT sum(hundredths) AS n FROM weighted_calls').get();
    expect(spent).toEqual({ n: 540 });
  });
});
