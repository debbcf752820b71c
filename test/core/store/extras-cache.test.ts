// The last good warnings and air quality in a real SQLite file: kept across a reopen, expired
// warnings left out on read (which changes nothing) and deleted on the next write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WeatherAlert } from '../../../main/core/alerts/alert.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import type { AirQuality } from '../../../main/core/providers/air-quality.ts';
import { Store } from '../../../main/core/store/store.ts';
import { place } from '../../support/engine.ts';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const HOUR = 3_600_000;

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-extras-'));
  dirs.push(dir);
  return join(dir, 'skytray.db');
}

function open(path: string): Store {
  const store = new Store({ path, logger: silentLogger, now: () => NOW });
  stores.push(store);
  return store;
}

function alert(id: string, expires: string | null): WeatherAlert {
  return {
    source: 'nws',
    id,
    messageType: 'Alert',
    references: [],
    event: 'Flood Watch',
    severity: 'Severe',
    urgency: 'Expected',
    certainty: 'Likely',
    awareness: null,
    headline: `Flood Watch ${id}`,
    description: null,
    instruction: null,
    sent: null,
    onset: null,
    expires,
    ends: null,
    area: 'Anchorage',
    issuer: 'NWS Anchorage AK',
    link: null,
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

const reading: AirQuality = {
  latitude: 61.2,
  longitude: -149.9,
  time: iso(NOW),
  europeanAqi: 12,
  europeanCategory: { level: 'good', label: 'Good', colour: '#50f0e6' },
  usAqi: 20,
  usCategory: { level: 'good', label: 'Good', colour: '#00e400' },
  pm2_5: 3,
  pm10: 5,
  ozone: 40,
  nitrogenDioxide: 2,
  pollen: {},
};

describe('cached warnings and air quality', () => {
  it('come back after a reopen, as saved', async () => {
    const path = tempPath();
    const first = open(path);
    const { favourite } = first.addFavourite(place('Anchorage'), NOW);
    const alerts = [alert('a', iso(NOW + 2 * HOUR)), alert('b', null)];
    first.saveAlerts({ favouriteId: favourite.id, source: 'nws', alerts, elsewhere: 1, fetchedAt: NOW }, NOW);
    first.saveAirQuality({ favouriteId: favourite.id, reading, fetchedAt: NOW - 60_000 });
    await first.close();

    const again = open(path);
    expect(again.cachedAlerts(NOW)).toEqual([{ favouriteId: favourite.id, source: 'nws', alerts, elsewhere: 1, fetchedAt: NOW }]);
    expect(again.cachedAirQuality()).toEqual([{ favouriteId: favourite.id, reading, fetchedAt: NOW - 60_000 }]);
  });

  it('leave out a warning past its expiry on read, without deleting it; the next write does', () => {
    const path = tempPath();
    const store = open(path);
    const { favourite: anchorage } = store.addFavourite(place('Anchorage'), NOW);
    const { favourite: berlin } = store.addFavourite(place('Berlin'), NOW);
    store.saveAlerts(
      { favouriteId: anchorage.id, source: 'nws', alerts: [alert('soon', iso(NOW + HOUR)), alert('later', iso(NOW + 5 * HOUR))], elsewhere: 0, fetchedAt: NOW },
      NOW,
    );

    const later = NOW + 2 * HOUR;
    expect(store.cachedAlerts(later)[0]?.alerts.map((a) => a.id)).toEqual(['later']);
    const rows = (): number => (new Database(path, { readonly: true }).prepare('SELECT count(*) AS n FROM cached_alerts').get() as { n: number }).n;
    expect(rows()).toBe(2);
    // A write for another place clears what has expired everywhere.
    store.saveAlerts({ favouriteId: berlin.id, source: 'meteoalarm', alerts: [], elsewhere: 3, fetchedAt: later }, later);
    expect(rows()).toBe(1);
  });

  it('keep a warning whose message expired while its hazard runs, across a reopen, until it ends', async () => {
    const path = tempPath();
    const first = open(path);
    const { favourite } = first.addFavourite(place('Anchorage'), NOW);
    const watch: WeatherAlert = { ...alert('watch', iso(NOW + HOUR)), ends: iso(NOW + 6 * HOUR) };
    first.saveAlerts({ favouriteId: favourite.id, source: 'nws', alerts: [watch], elsewhere: 0, fetchedAt: NOW }, NOW);
    await first.close();

    const again = open(path);
    const between = NOW + 3 * HOUR;
    expect(again.cachedAlerts(between)[0]?.alerts).toEqual([watch]);
    // A write in that window keeps it too.
    const { favourite: berlin } = again.addFavourite(place('Berlin'), between);
    again.saveAlerts({ favouriteId: berlin.id, source: 'meteoalarm', alerts: [], elsewhere: 0, fetchedAt: between }, between);
    expect(again.cachedAlerts(between)[0]?.alerts).toEqual([watch]);
    expect(again.cachedAlerts(NOW + 6 * HOUR)[0]?.alerts).toEqual([]);
  });

  it('replace a favourite’s warnings with each answer, and go with the favourite', () => {
    const store = open(tempPath());
    const { favourite } = store.addFavourite(place('Anchorage'), NOW);
    store.saveAlerts({ favouriteId: favourite.id, source: 'nws', alerts: [alert('old', null)], elsewhere: 0, fetchedAt: NOW }, NOW);
    store.saveAlerts({ favouriteId: favourite.id, source: 'nws', alerts: [alert('new', null)], elsewhere: 0, fetchedAt: NOW + 1 }, NOW + 1);
    expect(store.cachedAlerts(NOW + 1)[0]?.alerts.map((a) => a.id)).toEqual(['new']);
    store.removeFavourite(favourite.id);
    expect([store.cachedAlerts(NOW + 1), store.cachedAirQuality()]).toEqual([[], []]);
  });

  it('notices shown are kept across a reopen, for a month', async () => {
    const path = tempPath();
    const first = open(path);
    first.recordNoticesShown(['1:warning:nws:a:Severe'], NOW);
    await first.close();
    const again = open(path);
    expect(again.noticesShown(NOW + HOUR)).toEqual(new Map([['1:warning:nws:a:Severe', NOW]]));
    expect(again.noticesShown(NOW + 31 * 24 * HOUR).size).toBe(0);
  });
});
