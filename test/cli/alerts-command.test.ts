// `weather alerts` and the warnings and air quality of `weather --json`, against the local stand-ins.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { alertsText } from '../../main/cli/alerts-command.ts';
import { main } from '../../main/cli/weather.ts';
import { Agent } from 'undici';
import { systemClock } from '../../main/core/clock.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { WeatherService } from '../../main/core/service/weather-service.ts';
import { startWarningServices, type WarningServices } from '../provider/alerts/warning-services.ts';
import type { WarningStory } from '../provider/alerts/warning-lifecycle.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { createWording } from '../../main/wording/wording.ts';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const HOUR = 3_600_000;
const around = (lat: number, lon: number): WarningStory['area']['box'] => ({ south: lat - 0.5, west: lon - 0.5, north: lat + 0.5, east: lon + 0.5 });
const STORIES: readonly WarningStory[] = [
  {
    key: 'ak',
    event: 'Winter Storm Warning',
    severity: 'Severe',
    colour: 'orange',
    country: 'US',
    area: { name: 'Anchorage', box: around(61.22, -149.9) },
    issuedAt: NOW - HOUR,
    expiresAt: NOW + 6 * HOUR,
    instruction: 'Travel could be very difficult.',
  },
  {
    key: 'hh',
    event: 'Wind',
    severity: 'Moderate',
    colour: 'yellow',
    country: 'DE',
    area: { name: 'Hamburg', box: around(53.55, 9.99) },
    issuedAt: NOW - HOUR,
    expiresAt: NOW + 6 * HOUR,
  },
];

let provider: FakeProvider;
let warnings: WarningServices;
let dir: string;
beforeAll(async () => {
  provider = await startFakeProvider({ now: () => NOW });
  warnings = await startWarningServices({ now: () => NOW, stories: STORIES });
  dir = mkdtempSync(join(tmpdir(), 'skytray-alerts-cli-'));
});
afterAll(async () => {
  await Promise.all([provider.close(), warnings.close()]);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  warnings.setFaults({});
  provider.resetFaults();
});

async function weather(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const urls = [
    '--forecast-url',
    provider.origin,
    '--geocoding-url',
    provider.origin,
    '--air-quality-url',
    provider.origin,
    '--nws-url',
    warnings.origin,
    '--metalerts-url',
    warnings.origin,
    '--meteoalarm-url',
    warnings.origin,
  ];
  const clock = { ...systemClock, now: () => NOW };
  const code = await main([...urls, ...args], {}, { out: (t) => (out += t), err: (t) => (err += t) }, clock);
  return { code, out, err };
}

describe('weather alerts', () => {
  it("prints each place's warnings from the service that covers it, or says none covers it", async () => {
    const { code, out, err } = await weather('alerts', 'Anchorage', 'Hamburg', 'Oslo', 'Tokyo');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Anchorage, Alaska, US (National Weather Service)',
        '  SEVERE  Winter Storm Warning, until 2026-11-25 06:00',
        '    Winter Storm Warning issued',
        '    Area: Anchorage',
        '    Travel could be very difficult.',
        '    https://api.weather.gov/alerts/ak-alert',
        '',
        'Hamburg, DE (MeteoAlarm)',
        '  MODERATE  Yellow wind warning, until 2026-11-25 16:00',
        '    Wind warning issued for Hamburg',
        '    Area: Hamburg',
        `    https://feeds.meteoalarm.org/api/v1/warnings/feeds-germany/hh-alert`,
        '',
        'Oslo, NO (MET Norway)',
        '  No warnings in force.',
        '',
        'Tokyo, JP',
        '  No official warnings service covers this place.',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 and says which service failed, still printing the places that answered', async () => {
    warnings.setFaults({ pathPrefix: '/alerts', always: { status: 503 } });
    const { code, out, err } = await weather('alerts', 'Anchorage', 'Hamburg');
    expect(code).toBe(1);
    expect(out).toContain(
      'Anchorage, Alaska, US (National Weather Service)\n  Warnings could not be had: National Weather Service is having trouble (HTTP 503). Try again in a few minutes.',
    );
    expect(out).toContain('Yellow wind warning');
    expect(err).toBe('weather: Anchorage: National Weather Service is having trouble (HTTP 503). Try again in a few minutes.\n');
  });

  it('--json gives the source, the warnings in force and the error of each place', async () => {
    const { code, out } = await weather('--json', 'alerts', 'Hamburg', 'Tokyo', 'Atlantis');
    expect(code).toBe(1);
    const entries = JSON.parse(out) as {
      query: string;
      alerts: { source: string | null; active: { id: string; awareness: string }[]; error: unknown } | null;
      error: { code: string } | null;
    }[];
    expect(entries.map((e) => [e.query, e.alerts?.source ?? null, e.alerts?.active.map((a) => [a.id, a.awareness]) ?? null, e.error?.code ?? null])).toEqual([
      ['Hamburg', 'meteoalarm', [['hh-alert', 'yellow']], null],
      ['Tokyo', null, [], null],
      ['Atlantis', null, null, 'not-found'],
    ]);
  });

  it('with no place, reads the favourites from the database', async () => {
    const db = join(dir, 'f.db');
    expect((await weather('--db', db, 'favourites', 'add', 'Anchorage')).code).toBe(0);
    const { code, out } = await weather('--db', db, 'alerts');
    expect(code).toBe(0);
    expect(out).toMatch(/^Anchorage, Alaska, US \(National Weather Service\)\n {2}SEVERE {2}Winter Storm Warning/);
    expect((await weather('--db', join(dir, 'empty.db'), 'alerts')).out).toBe('No favourites yet. Name places: weather alerts "Berlin" "Denver"\n');
  });

  it('for favourites, asks the services where the saved settings say', async () => {
    const db = join(dir, 's.db');
    expect((await weather('--db', db, 'favourites', 'add', 'Anchorage')).code).toBe(0);
    const agent = new Agent();
    const service = new WeatherService({
      databasePath: db,
      clock: systemClock,
      dispatcher: agent,
      userAgent: 'Skytray-test',
      logger: silentLogger,
      autoRefresh: false,
    });
    service.updateSettings({ nwsUrl: warnings.origin });
    await service.close();
    await agent.close();
    const before = warnings.requests.length;
    let out = '';
    const code = await main(['--db', db, 'alerts'], {}, { out: (t) => (out += t), err: () => {} }, { ...systemClock, now: () => NOW });
    expect(code).toBe(0);
    expect(out).toContain('Winter Storm Warning');
    expect(warnings.requests.slice(before).map((r) => r.path)).toEqual(['/alerts/active']);
  });

  it('refuses a base URL that is not http(s)', async () => {
    const { code, err } = await weather('--nws-url', 'ftp://example.org', 'alerts', 'Anchorage');
    expect(code).toBe(2);
    expect(err).toContain('weather: --nws-url must use http or https, got "ftp:".');
  });
});

describe('weather --json PLACE', () => {
  it("carries each place's warnings and air quality beside its weather", async () => {
    const { code, out } = await weather('--json', 'Hamburg', '52.52,13.41');
    expect(code).toBe(0);
    const [hamburg, coords] = JSON.parse(out) as {
      weather: unknown;
      alerts: { source: string | null; active: unknown[] };
      airQuality: { reading: { europeanAqi: number } | null; error: unknown };
    }[];
    expect(hamburg?.alerts).toMatchObject({ source: 'meteoalarm', active: [{ id: 'hh-alert' }], elsewhere: 0, error: null });
    expect(hamburg?.airQuality.reading?.europeanAqi).toBeGreaterThanOrEqual(0);
    // Coordinates name no country: no warnings service can be chosen.
    expect(coords?.alerts).toEqual({ source: null, active: [], elsewhere: 0, error: null });
    expect(coords?.weather).not.toBeNull();
  });

  it('a failing warnings service or air-quality API never fails the forecast', async () => {
    warnings.setFaults({ always: { status: 500 } });
    provider.setFaults({ always: { status: 503 }, pathPrefix: '/v1/air-quality' });
    const { code, out } = await weather('--json', 'Anchorage');
    expect(code).toBe(0);
    const [anchorage] = JSON.parse(out) as { weather: unknown; alerts: { error: { code: string } }; airQuality: { reading: null; error: { code: string } } }[];
    expect(anchorage?.weather).not.toBeNull();
    expect([anchorage?.alerts.error.code, anchorage?.airQuality.error.code]).toEqual(['server', 'server']);
  });
});

describe('alertsText', () => {
  it('shows the times of a place with no time zone yet in UTC, and counts warnings elsewhere', () => {
    const place = {
      id: 'coords:61.2,-149.9',
      name: '61.2, -149.9',
      region: null,
      country: null,
      countryCode: 'US',
      latitude: 61.2,
      longitude: -149.9,
      timezone: 'auto',
      population: null,
    };
    const alert = {
      source: 'nws',
      id: 'x',
      messageType: 'Alert',
      references: [],
      event: 'Gale Warning',
      severity: 'Severe',
      urgency: 'Expected',
      certainty: 'Likely',
      awareness: null,
      headline: null,
      description: null,
      instruction: null,
      sent: null,
      onset: '2026-11-25T12:00:00Z',
      expires: '2026-11-25T18:00:00Z',
      ends: null,
      area: null,
      issuer: null,
      link: null,
    } as const;
    const text = alertsText({ place, source: 'nws', alerts: [alert], elsewhere: 2, unreadable: 0, error: null }, NOW, createWording('en'));
    expect(text).toBe(
      '61.2, -149.9, US (National Weather Service)\n  SEVERE  Gale Warning, from 2026-11-25 12:00 until 2026-11-25 18:00\n  2 more in force elsewhere in the country.',
    );
  });
});
