// `weather PLACE`: the UV index and the next two hours in --json, and the table's UV column and
// warning line, against the local stand-ins.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { systemClock } from '../../main/core/clock.ts';
import { startWarningServices, type WarningServices } from '../provider/alerts/warning-services.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

const NOW = Date.parse('2026-11-25T09:05:00Z');
const HOUR = 3_600_000;
/** What both the stand-ins and the CLI take for now. */
let at = NOW;

let provider: FakeProvider;
let warnings: WarningServices;
beforeAll(async () => {
  provider = await startFakeProvider({ now: () => at });
  warnings = await startWarningServices({
    now: () => NOW,
    stories: [
      {
        key: 'ak',
        event: 'Winter Storm Warning',
        severity: 'Severe',
        colour: 'orange',
        country: 'US',
        area: { name: 'Anchorage', box: { south: 60.7, west: -150.4, north: 61.7, east: -149.4 } },
        issuedAt: NOW - HOUR,
        expiresAt: NOW + 6 * HOUR,
      },
    ],
  });
});
afterAll(async () => {
  await Promise.all([provider.close(), warnings.close()]);
});
afterEach(() => {
  warnings.setFaults({});
  at = NOW;
});

async function weather(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const urls = ['--forecast-url', provider.origin, '--geocoding-url', provider.origin, '--air-quality-url', provider.origin];
  const alerts = ['--nws-url', warnings.origin, '--metalerts-url', warnings.origin, '--meteoalarm-url', warnings.origin];
  const clock = { ...systemClock, now: () => at };
  const code = await main([...urls, ...alerts, ...args], {}, { out: (t) => (out += t), err: (t) => (err += t) }, clock);
  return { code, out, err };
}

type Entry = Readonly<{
  uvIndex: number | null;
  uvIndexMax: number | null;
  weather: { current: { uvIndex: number | null }; daily: { uvIndexMax: number | null }[] } | null;
  nextHour: {
    source: string;
    interval: number;
    minutely: string | null;
    unit: string;
    precipitation: { time: string; amount: number | null }[];
    rainStarts: string | null;
    intensity: string | null;
  } | null;
}>;

describe('weather --json: UV and the next two hours', () => {
  it('gives the UV index now and today, and eight quarter-hours from a regional model in Berlin', async () => {
    const { code, out } = await weather('--json', 'Berlin');
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as Entry[];
    expect(entry?.uvIndex).toBe(entry?.weather?.current.uvIndex);
    expect(entry?.uvIndexMax).toBe(entry?.weather?.daily[0]?.uvIndexMax);
    expect(entry?.nextHour).toMatchObject({ source: 'minutely', interval: 15, minutely: 'regional-model', unit: 'mm' });
    // 10:05 in Berlin: the quarter-hours ending 10:15 to 12:00.
    expect(entry?.nextHour?.precipitation.map((p) => p.time.slice(11, 16))).toEqual(['10:15', '10:30', '10:45', '11:00', '11:15', '11:30', '11:45', '12:00']);
  });

  it('names the start of the first wet quarter-hour as when rain starts, with its intensity', async () => {
    // 08:05 in New York: the synthetic weather is dry until 09:00 and wet in the quarter-hour after.
    at = NOW + 4 * HOUR;
    const [entry] = JSON.parse((await weather('--json', 'New York')).out) as Entry[];
    const steps = entry?.nextHour?.precipitation ?? [];
    expect(steps.slice(0, 4).map((p) => p.amount)).toEqual([0, 0, 0, 0]);
    expect(steps[4]?.time).toBe('2026-11-25T09:15:00-05:00');
    expect(steps[4]?.amount).toBeGreaterThanOrEqual(0.1);
    expect(entry?.nextHour).toMatchObject({ minutely: 'regional-model', rainStarts: '2026-11-25T09:00:00-05:00', intensity: 'light' });
  });

  it('no start while it is dry for two hours', async () => {
    const [entry] = JSON.parse((await weather('--json', 'Denver')).out) as Entry[];
    expect(entry?.nextHour?.precipitation.every((p) => p.amount === 0)).toBe(true);
    expect(entry?.nextHour).toMatchObject({ rainStarts: null, intensity: null });
  });

  it('says the quarter-hours are interpolated outside the regional models', async () => {
    const [entry] = JSON.parse((await weather('--json', 'Tokyo')).out) as Entry[];
    expect(entry?.nextHour?.minutely).toBe('interpolated');
  });

  it('OpenWeatherMap: no UV, and the 3-hour steps instead of quarter-hours', async () => {
    const { code, out } = await weather('--provider', 'openweathermap', '--api-key', 'any-key', '--json', 'Berlin');
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as Entry[];
    expect(entry).toMatchObject({ uvIndex: null, uvIndexMax: null });
    expect(entry?.nextHour).toMatchObject({ source: 'hourly', interval: 180, minutely: null });
    expect(entry?.nextHour?.precipitation.length).toBeGreaterThan(0);
  });
});

describe('weather table: UV and warnings', () => {
  it('has a UV column and a warning line under a place with a warning in force, none under the others', async () => {
    const { code, out, err } = await weather('Anchorage', 'Tokyo');
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/Precip\s+UV \(max\)\s+Today$/);
    expect(lines[1]).toMatch(/^Anchorage/);
    expect(lines[2]).toBe('  Warning: Winter Storm Warning (Severe) until Wed 6:05 AM');
    expect(lines[3]).toMatch(/^Tokyo/);
    expect(lines[4]).toBe('');
  });

  it('says so under the place when its warnings service failed, and the weather still counts', async () => {
    warnings.setFaults({ pathPrefix: '/alerts', always: { status: 503 } });
    const { code, out } = await weather('Anchorage');
    expect(code).toBe(0);
    expect(out.split('\n')[2]).toBe('  Warnings could not be had: National Weather Service is having trouble (HTTP 503). Try again in a few minutes.');
  });
});
