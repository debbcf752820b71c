// A real WeatherService on a real SQLite file, against the local provider, on a fake clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Agent } from 'undici';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import type { ServiceEvent } from '../../main/core/service/service-types.ts';
import { WeatherService, type WeatherServiceOptions } from '../../main/core/service/weather-service.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import type { FaultSettings } from '../provider/faults.ts';
import { FakeClock, flush } from './fake-clock.ts';

export type TestService = Readonly<{
  service: WeatherService;
  server: FakeProvider;
  clock: FakeClock;
  agent: Agent;
  events: ServiceEvent[];
  dir: string;
  dbPath: string;
  /** Lets everything due now run to the end, without moving fake time. */
  settle(): Promise<void>;
  /** Moves fake time forward timer by timer, letting each refresh finish before the next. */
  run(ms: number): Promise<void>;
  /** A second service on the same database file, as after a restart. */
  reopen(overrides?: Partial<WeatherServiceOptions>): WeatherService;
  close(): Promise<void>;
}>;

export async function startTestService(
  options: Readonly<{ faults?: Partial<FaultSettings>; service?: Partial<WeatherServiceOptions>; dir?: string }> = {},
): Promise<TestService> {
  const server = await startFakeProvider({ faults: options.faults ?? {} });
  const clock = new FakeClock(Date.now());
  const agent = createHttpAgent({ headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000 });
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'skytray-service-'));
  const dbPath = join(dir, 'skytray.db');
  const events: ServiceEvent[] = [];
  const build = (overrides: Partial<WeatherServiceOptions> = {}): WeatherService =>
    new WeatherService({
      databasePath: dbPath,
      clock,
      dispatcher: agent,
      userAgent: 'Skytray-test',
      logger: silentLogger,
      random: () => 0.5,
      retry: { maxAttempts: 2, backoff: { baseMs: 100, capMs: 1_000 }, maxRetryAfterMs: 5_000 },
      // The provider's rate budget runs on the real clock: keep it out of the way of fake days.
      limits: { intervalCap: 100_000, intervalMs: 1_000 },
      overrides: { openMeteoForecastUrl: server.origin, openMeteoGeocodingUrl: server.origin, openWeatherMapUrl: server.origin },
      ...options.service,
      ...overrides,
    });
  const service = build();
  service.subscribe((e) => events.push(e));
  const run = fakeTimeRunner(service, server, clock);
  return {
    service,
    server,
    clock,
    agent,
    events,
    dir,
    dbPath,
    settle: () => run(0),
    run,
    reopen: build,
    async close() {
      await service.close();
      await agent.destroy();
      await server.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const realTick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs fake time up to `ms` ahead. While a fetch is on the wire, real time passes; while work
 * waits on the clock (a retry back-off, the next refresh), the clock jumps to that timer.
 */
function fakeTimeRunner(service: WeatherService, server: FakeProvider, clock: FakeClock): (ms: number) => Promise<void> {
  return async (ms) => {
    const end = clock.now() + ms;
    const started = Date.now();
    let quiet = 0;
    for (;;) {
      if (Date.now() - started > 15_000) throw new Error('fake time did not settle');
      await flush();
      if (service.status().busy) {
        if (server.openResponses() > 0) quiet = 0;
        // Busy with nothing on the wire for a while: it is waiting on the clock.
        if (server.openResponses() > 0 || quiet++ < 3) {
          await realTick(3);
          continue;
        }
      }
      quiet = 0;
      const next = clock.nextAt();
      if (next === null || next > end) break;
      await clock.advance(Math.max(0, next - clock.now()));
    }
    await clock.advance(Math.max(0, end - clock.now()));
    await flush();
  };
}
