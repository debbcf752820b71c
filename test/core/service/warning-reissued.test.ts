// Warnings from services that reissue a warning under a new identifier at each update, with no
// `references` (MET Norway's MetAlerts 2.0; MeteoAlarm's versioned identifiers, "...v3.0.SI"):
// told once while the warning is in force, across a restart too, however long it runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CapSeverity, WeatherAlert } from '../../../main/core/alerts/alert.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import type { Favourite } from '../../../main/core/model/favourite.ts';
import { DEFAULT_SETTINGS } from '../../../main/core/model/settings.ts';
import { takeDueNotices } from '../../../main/core/service/notices-shown.ts';
import { Store } from '../../../main/core/store/store.ts';
import { place } from '../../support/engine.ts';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const HOUR = 3_600_000;
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(path: string): Store {
  const store = new Store({ path, logger: silentLogger, now: () => NOW });
  stores.push(store);
  return store;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function gale(id: string, severity: CapSeverity, ends: number, source: WeatherAlert['source'] = 'metalerts'): WeatherAlert {
  return {
    source,
    id,
    messageType: 'Alert',
    references: [],
    event: 'Kuling',
    severity,
    urgency: 'Expected',
    certainty: 'Likely',
    awareness: 'orange',
    headline: 'Kuling',
    description: null,
    instruction: null,
    sent: null,
    onset: iso(NOW),
    expires: iso(ends),
    ends: null,
    area: 'Vestland',
    issuer: 'MET Norway',
    link: null,
  };
}

describe('warnings reissued under a new id', () => {
  it('are told once while in force, across a restart; again when worse, or once ended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skytray-reissued-'));
    dirs.push(dir);
    const path = join(dir, 'skytray.db');
    let store = open(path);
    const { favourite } = store.addFavourite(place('Bergen'), NOW);
    const fav: Favourite = { ...favourite, notify: true };
    const settings = { ...DEFAULT_SETTINGS.notifications, enabled: true };
    const take = (alerts: WeatherAlert[], now: number): string[] =>
      takeDueNotices(store, { snapshots: [], settings, now, userTimeZone: 'UTC', warnings: [{ favourite: fav, alerts }] }).map((n) => n.key);

    expect(take([gale('v1', 'Severe', NOW + 30 * HOUR)], NOW)).toHaveLength(1);
    await store.close();
    store = open(path);
    // 4 hours on, past the 3-hour cooldown, reissued as v2 and still in force: already told.
    expect(take([gale('v2', 'Severe', NOW + 30 * HOUR)], NOW + 4 * HOUR)).toEqual([]);
    // Reissued again to run longer; told neither now nor when the first issue would have ended.
    expect(take([gale('v3', 'Severe', NOW + 40 * HOUR)], NOW + 8 * HOUR)).toEqual([]);
    expect(take([gale('v4', 'Severe', NOW + 40 * HOUR)], NOW + 32 * HOUR)).toEqual([]);
    // Worse: told at once.
    expect(take([gale('v5', 'Extreme', NOW + 40 * HOUR)], NOW + 33 * HOUR)).toHaveLength(1);
    // After it ended, a new one is a new warning.
    expect(take([gale('w1', 'Severe', NOW + 60 * HOUR)], NOW + 48 * HOUR)).toHaveLength(1);
  });

  it('for MeteoAlarm too, and only for the same area', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skytray-reissued-'));
    dirs.push(dir);
    const store = open(join(dir, 'skytray.db'));
    const { favourite } = store.addFavourite(place('Bergen'), NOW);
    const fav: Favourite = { ...favourite, notify: true };
    const settings = { ...DEFAULT_SETTINGS.notifications, enabled: true };
    const take = (alerts: WeatherAlert[], now: number): number =>
      takeDueNotices(store, { snapshots: [], settings, now, userTimeZone: 'UTC', warnings: [{ favourite: fav, alerts }] }).length;
    expect(take([gale('a.v1.0.SI', 'Severe', NOW + 30 * HOUR, 'meteoalarm')], NOW)).toBe(1);
    expect(take([gale('a.v2.0.SI', 'Severe', NOW + 30 * HOUR, 'meteoalarm')], NOW + 5 * HOUR)).toBe(0);
    expect(take([{ ...gale('b.v1.0.SI', 'Severe', NOW + 30 * HOUR, 'meteoalarm'), area: 'Norway' }], NOW + 6 * HOUR)).toBe(1);
  });
});
