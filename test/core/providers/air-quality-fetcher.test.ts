// Air quality for favourites through its own queue, against the local provider: batched ten a
// request and split by pollen, shared and reused while fresh, failures kept per place.
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, type Clock } from '../../../main/core/clock.ts';
import { ProviderQueue } from '../../../main/core/fetch/provider-queue.ts';
import { createHttpAgent } from '../../../main/core/http/http-agent.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import type { Place } from '../../../main/core/model/model.ts';
import { AIR_QUALITY_LIMITS, AirQualityFetcher } from '../../../main/core/providers/air-quality-fetcher.ts';
import { startFakeProvider, type FakeProvider } from '../../provider/fake-provider.ts';
import type { FaultSettings } from '../../provider/faults.ts';
import { place, places } from '../../support/engine.ts';

const T0 = Date.parse('2026-04-20T10:05:00Z');
type Rig = { server: FakeProvider; fetcher: AirQualityFetcher; setNow(ms: number): void; close(): Promise<void> };
let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function start(faults: Partial<FaultSettings> = {}): Promise<Rig> {
  let now = T0;
  const clock: Clock = { ...systemClock, now: () => now };
  const server = await startFakeProvider({ now: () => now, faults });
  const agent = createHttpAgent({ headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000 });
  const queue = new ProviderQueue({
    provider: 'Open-Meteo air quality',
    limits: AIR_QUALITY_LIMITS,
    clock,
    logger: silentLogger,
    random: () => 0,
    retry: { maxAttempts: 2, backoff: { baseMs: 100, capMs: 1_000 }, maxRetryAfterMs: 10_000 },
  });
  const fetcher = new AirQualityFetcher({ queue, origin: new URL(server.origin), dispatcher: agent, userAgent: 'Skytray-test', clock });
  return {
    server,
    fetcher,
    setNow: (ms) => void (now = ms),
    async close() {
      queue.close();
      await agent.destroy();
      await server.close();
    },
  };
}

const european = (): Place[] =>
  places(200)
    .filter((p) => ['DE', 'AT', 'CH', 'FR', 'GB', 'IT', 'ES', 'NL', 'BE', 'PL', 'SE', 'NO'].includes(p.countryCode ?? ''))
    .slice(0, 12);
const sizes = (server: FakeProvider): number[] => server.requests.map((r) => r.query.get('latitude')?.split(',').length ?? 0);

describe('AirQualityFetcher', () => {
  it('asks ten places a request at most, pollen only for the European ones, and answers each place', async () => {
    rig = await start();
    const asked = [...european(), place('Sydney'), place('Delhi'), place('Tokyo')];
    expect(asked).toHaveLength(15);
    const results = await rig.fetcher.airQualityFor(asked);
    expect(results.map((r) => r.error)).toEqual(Array(15).fill(null));
    expect(results.map((r) => r.place)).toEqual(asked);
    expect(sizes(rig.server)).toEqual([10, 2, 3]);
    expect(rig.server.requests.map((r) => r.query.get('current')?.includes('birch_pollen'))).toEqual([true, true, false]);
    expect(Object.keys(results[0]?.airQuality?.pollen ?? {}).length).toBe(6);
    expect(results[12]?.airQuality?.pollen).toEqual({});
  });

  it('reuses a reading for half an hour, shares concurrent asks, then asks again', async () => {
    rig = await start();
    const berlin = [place('Berlin')];
    await Promise.all([rig.fetcher.airQualityFor(berlin), rig.fetcher.airQualityFor(berlin)]);
    rig.setNow(T0 + 29 * 60_000);
    await rig.fetcher.airQualityFor(berlin);
    expect(rig.server.requests).toHaveLength(1);
    rig.setNow(T0 + 31 * 60_000);
    await rig.fetcher.airQualityFor([place('Berlin'), place('Paris')]);
    expect(sizes(rig.server)).toEqual([1, 2]);
  });

  it('a failing service gives every place of the batch the error, and nothing failed is reused', async () => {
    rig = await start({ always: { status: 503 }, pathPrefix: '/v1/air-quality' });
    const [berlin, paris] = await rig.fetcher.airQualityFor([place('Berlin'), place('Paris')]);
    expect([berlin?.error?.code, paris?.error?.code]).toEqual(['server', 'server']);
    expect(berlin?.error?.message).toBe('Open-Meteo air quality is having trouble (HTTP 503). Skytray will try again later.');
    rig.server.resetFaults();
    const [again] = await rig.fetcher.airQualityFor([place('Berlin')]);
    expect(again?.error).toBeNull();
  });

  it('one unreadable entry costs its place only; the next ask asks for that place alone', async () => {
    rig = await start({ script: [{ fault: 'bad-entry' }], pathPrefix: '/v1/air-quality' });
    const results = await rig.fetcher.airQualityFor([place('Berlin'), place('Paris'), place('Vienna')]);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'malformed']);
    await rig.fetcher.airQualityFor([place('Berlin'), place('Paris'), place('Vienna')]);
    expect(sizes(rig.server)).toEqual([3, 1]);
  });

  it('a whole answer cut off is retried before it counts as a failure', async () => {
    rig = await start({ script: [{ fault: 'truncated' }], pathPrefix: '/v1/air-quality' });
    const [berlin] = await rig.fetcher.airQualityFor([place('Berlin')]);
    expect(berlin?.error).toBeNull();
    expect(rig.server.requests).toHaveLength(2);
  });
});
