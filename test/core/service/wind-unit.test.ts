// The wind unit as a setting: a change makes the weather held stale and refetches it in the new
// unit, the choice survives a restart, and a database from before the setting shows wind as before.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnosticsReport } from '../../../main/core/service/diagnostics-report.ts';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

const MIN = 60_000;
let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const windAsked = (s: TestService): Array<string | null> =>
  s.server.requests.filter((r) => r.path === '/v1/forecast').map((r) => r.query.get('wind_speed_unit'));

describe('wind unit', () => {
  it('a change to m/s: the km/h snapshot is stale at once and is fetched again in m/s', async () => {
    t = await startTestService();
    t.service.addFavourite(place('Helsinki'));
    await t.settle();
    expect(t.service.getSnapshots()[0]).toMatchObject({ stale: false, weather: { units: { windSpeed: 'km/h' } } });

    t.server.clearLog();
    t.service.updateSettings({ windUnit: 'm/s' });
    // Until the new answer is in, the old one is shown for what it is: km/h, and out of date.
    expect(t.service.getSnapshots()[0]).toMatchObject({ stale: true, weather: { units: { windSpeed: 'km/h' } } });
    await t.run(MIN);
    expect(windAsked(t)).toEqual(['ms']);
    expect(t.service.getSnapshots()[0]).toMatchObject({ stale: false, weather: { units: { system: 'metric', windSpeed: 'm/s' } } });
  });

  it('keeps the person’s wind unit across a restart', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    t.service.updateSettings({ units: 'imperial', windUnit: 'km/h' });
    await t.service.close();
    const reopened = t.reopen({ autoRefresh: false });
    expect(reopened.getSettings()).toMatchObject({ units: 'imperial', windUnit: 'km/h', unitsChosen: true });
    await reopened.close();
  });

  it('a database from before the wind unit keeps everything as it was: the system’s own wind', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    t.service.updateSettings({ units: 'metric', refreshIntervalMinutes: 30 });
    await t.service.close();
    const db = new Database(t.dbPath);
    db.exec("DELETE FROM settings WHERE key IN ('windUnit', 'unitsChosen')");
    db.close();
    const reopened = t.reopen({ autoRefresh: false });
    expect(reopened.getSettings()).toMatchObject({ units: 'metric', windUnit: null, unitsChosen: true, refreshIntervalMinutes: 30 });
    await reopened.close();
  });

  it('a stored wind unit that no longer reads falls back to the system’s own', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    t.service.updateSettings({ windUnit: 'm/s' });
    await t.service.close();
    const db = new Database(t.dbPath);
    db.exec(`UPDATE settings SET value = '"knots"' WHERE key = 'windUnit'`);
    db.close();
    const reopened = t.reopen({ autoRefresh: false });
    expect(reopened.getSettings()).toMatchObject({ windUnit: null, unitsChosen: true });
    await reopened.close();
  });

  it('the diagnostics report says which wind unit is in force', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    const report = (): string => diagnosticsReport(t!.service.diagnostics(), t!.service.getSettings(), { version: '0', platform: 'linux', versions: {} });
    expect(report()).toContain('Units: metric, wind in km/h;');
    t.service.updateSettings({ windUnit: 'm/s' });
    expect(report()).toContain('Units: metric, wind in m/s;');
  });
});
