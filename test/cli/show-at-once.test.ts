// `weather` with no places prints the saved favourites at once, then refreshes what is stale;
// a provider that never answers delays only the refresh, and a person hears back within 15 s.
// Fake time: the 20 minutes of ageing and the 15 s are the fake clock's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { FakeClock } from '../support/fake-clock.ts';

let server: FakeProvider;
let dir: string;
beforeAll(async () => {
  server = await startFakeProvider();
  dir = mkdtempSync(join(tmpdir(), 'skytray-cli-show-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

type Run = { out: string; err: string; code: number | null; settledAt: number | null };

function start(clock: FakeClock, db: string, ...args: string[]): Run {
  const run: Run = { out: '', err: '', code: null, settledAt: null };
  const argv = ['--db', join(dir, db), '--forecast-url', server.origin, '--geocoding-url', server.origin, ...args];
  void main(argv, {}, { out: (t) => (run.out += t), err: (t) => (run.err += t) }, clock).then((code) => {
    run.code = code;
    run.settledAt = clock.now();
  });
  return run;
}

async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<boolean> {
  const startedAt = Date.now();
  while (!condition()) {
    if (Date.now() - startedAt > timeoutMs) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

/** A database with Berlin saved, its data 20 minutes old, and a provider that now never answers. */
async function staleBerlinAndHangingProvider(clock: FakeClock, db: string): Promise<void> {
  server.resetFaults();
  const added = start(clock, db, 'favourites', 'add', 'Berlin');
  expect(await waitFor(() => added.code !== null)).toBe(true);
  expect(added.code).toBe(0);
  await clock.advance(20 * 60_000);
  server.setFaults({ always: { fault: 'hang' }, pathPrefix: '/v1/forecast' });
}

describe('weather with no places', () => {
  it('prints the saved favourites at once, then ends the refresh within 15 s', async () => {
    const clock = new FakeClock(Date.now());
    await staleBerlinAndHangingProvider(clock, 'a.db');
    const startedAt = clock.now();
    const shown = start(clock, 'a.db');
    expect(await waitFor(() => shown.out.includes('Berlin, Land Berlin, DE'))).toBe(true);
    expect(shown.out).toContain('★ Berlin, Land Berlin, DE: 20 min. ago');
    expect(shown.out).toContain('Refreshing 1 of 1');
    expect(shown.code).toBeNull();
    await waitFor(() => server.openResponses() > 0);
    await clock.advance(15_000);
    expect(await waitFor(() => shown.code !== null)).toBe(true);
    server.resetFaults();
    expect((shown.settledAt ?? Infinity) - startedAt).toBeLessThanOrEqual(15_000);
    expect(shown.code).toBe(1);
    expect(shown.err).toBe('weather: Berlin: Open-Meteo did not answer in time.\n');
  });

  it('with --json prints one JSON document at once: the saved snapshots, marked refreshing', async () => {
    const clock = new FakeClock(Date.now());
    await staleBerlinAndHangingProvider(clock, 'b.db');
    const shown = start(clock, 'b.db', '--json');
    expect(await waitFor(() => shown.out.length > 0)).toBe(true);
    const snapshots = JSON.parse(shown.out) as {
      favourite: { place: { name: string } };
      stale: boolean;
      refreshing: boolean;
      weather: { current: { uvIndex: number } } | null;
      uvIndex: number | null;
      nextHour: { source: string; precipitation: { time: string }[] } | null;
    }[];
    expect(snapshots.map((s) => [s.favourite.place.name, s.stale, s.refreshing, s.weather !== null])).toEqual([['Berlin', true, true, true]]);
    // The saved quarter-hours, read 20 minutes on: only those not yet over.
    const [berlin] = snapshots;
    expect(berlin?.uvIndex).toBe(berlin?.weather?.current.uvIndex);
    expect(berlin?.nextHour?.source).toBe('minutely');
    expect(berlin?.nextHour?.precipitation.length).toBeGreaterThan(0);
    expect(berlin?.nextHour?.precipitation.every((p) => Date.parse(p.time) > clock.now())).toBe(true);
    await waitFor(() => server.openResponses() > 0);
    await clock.advance(15_000);
    expect(await waitFor(() => shown.code !== null)).toBe(true);
    server.resetFaults();
    expect(shown.code).toBe(1);
    expect(() => JSON.parse(shown.out) as unknown).not.toThrow();
  });
});
