// The service's warnings and air quality for favourites: from the services the settings name, on
// queues of their own, recorded in the diagnostics like every other request.
import { afterEach, describe, expect, it } from 'vitest';
import { WeatherError } from '../../../main/core/errors.ts';
import { startWarningServices, type WarningServices } from '../../provider/alerts/warning-services.ts';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

let t: TestService | undefined;
let warnings: WarningServices | undefined;
afterEach(async () => {
  await t?.close();
  await warnings?.close();
  t = undefined;
  warnings = undefined;
});

async function start(): Promise<{ t: TestService; warnings: WarningServices }> {
  t = await startTestService({ service: { autoRefresh: false } });
  const clock = t.clock;
  warnings = await startWarningServices({
    now: () => clock.now(),
    stories: [
      {
        key: 'ak',
        event: 'High Wind Warning',
        severity: 'Severe',
        colour: 'orange',
        country: 'US',
        area: { name: 'Anchorage', box: { south: 60, west: -151, north: 62, east: -149 } },
        issuedAt: clock.now() - 60_000,
        expiresAt: clock.now() + 3_600_000,
      },
    ],
  });
  t.service.updateSettings({ nwsUrl: warnings.origin, metAlertsUrl: warnings.origin, meteoAlarmUrl: warnings.origin, airQualityUrl: t.server.origin });
  return { t, warnings };
}

describe('WeatherService.placeExtras', () => {
  it('answers every favourite, in order, from the services the settings name', async () => {
    const { t, warnings } = await start();
    t.service.addFavourite(place('Anchorage'));
    t.service.addFavourite(place('Tokyo'));
    const [anchorage, tokyo] = await t.service.placeExtras();
    expect([anchorage?.favouriteId, tokyo?.favouriteId]).toEqual(t.service.listFavourites().map((f) => f.id));
    expect(anchorage?.alerts.active.map((a) => a.id)).toEqual(['ak-alert']);
    expect(tokyo?.alerts).toEqual({ source: null, active: [], elsewhere: 0, error: null });
    expect([anchorage?.airQuality.error, tokyo?.airQuality.error]).toEqual([null, null]);
    // Plain data, as the window gets it over IPC.
    expect(JSON.parse(JSON.stringify(anchorage))).toEqual(anchorage);
    expect(warnings.requests.map((r) => r.path)).toEqual(['/alerts/active']);
    const providers = new Set(t.service.diagnostics().recentEvents.map((e) => e.provider));
    expect(providers.has('National Weather Service') && providers.has('Open-Meteo air quality')).toBe(true);
  });

  it('a change to other settings keeps the fresh answers: nothing is asked again', async () => {
    const { t, warnings } = await start();
    const anchorage = t.service.addFavourite(place('Anchorage'));
    await t.service.placeExtras([anchorage.id]);
    t.service.updateSettings({ units: 'imperial' });
    await t.service.placeExtras([anchorage.id]);
    expect(warnings.requests).toHaveLength(1);
  });

  it('a failing warnings service leaves the forecast refresh untouched', async () => {
    const { t, warnings } = await start();
    warnings.setFaults({ always: { status: 404 } });
    const anchorage = t.service.addFavourite(place('Anchorage'));
    const [extras] = await t.service.placeExtras();
    expect(extras?.alerts.error?.code).toBe('not-found');
    const summary = await t.service.refresh([anchorage.id]);
    expect(summary.succeeded).toEqual([anchorage.id]);
  });

  it('an unknown favourite is refused', async () => {
    const { t } = await start();
    await expect(t.service.placeExtras([999])).rejects.toBeInstanceOf(WeatherError);
  });
});
