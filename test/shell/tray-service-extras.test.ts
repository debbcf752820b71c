// Warnings and air quality as the OS tray gets them, through the fake that follows Electron's
// documentation: the event on the place's menu line, the tooltip's second line, and the air-quality
// submenu whose lines open their place.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FavouriteExtras } from '../../main/core/alerts/extras-view.ts';
import { europeanAqiCategory, usAqiCategory } from '../../main/core/providers/air-quality-index.ts';
import { TrayService } from '../../main/shell/tray-service.ts';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { Tray, resetElectron } from './fake-electron.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const factory = (image: unknown): never => new Tray(image as never) as never;

const BERLIN: FavouriteExtras = {
  favouriteId: 1,
  alerts: {
    source: 'meteoalarm',
    active: [
      {
        source: 'meteoalarm',
        id: 'storm-1',
        messageType: 'Alert',
        references: [],
        event: 'Orange storm warning',
        severity: 'Severe',
        urgency: 'Immediate',
        certainty: 'Likely',
        awareness: 'orange',
        headline: 'Storm gusts up to 100 km/h',
        description: null,
        instruction: null,
        sent: null,
        onset: null,
        expires: null,
        ends: null,
        area: 'Berlin',
        issuer: 'MeteoAlarm',
        link: null,
      },
    ],
    elsewhere: 0,
    error: null,
  },
  airQuality: {
    reading: {
      latitude: 52.5,
      longitude: 13.4,
      time: '2026-11-25T12:00:00.000Z',
      europeanAqi: 45,
      europeanCategory: europeanAqiCategory(45),
      usAqi: 60,
      usCategory: usAqiCategory(60),
      pm2_5: 12,
      pm10: 20,
      ozone: 40,
      nitrogenDioxide: 18,
      pollen: {},
    },
    attribution: 'Air quality by Open-Meteo.com',
    error: null,
  },
  airQualityIndex: 'european',
  alertsAge: { fetchedAt: 0, ageMs: 60_000 },
  airQualityAge: { fetchedAt: 0, ageMs: 60_000 },
};

beforeEach(() => resetElectron('linux'));

describe('tray service: warnings and air quality', () => {
  it('marks the icon, says the warning on the place’s menu line and in the tooltip, and opens a place from the air-quality submenu', () => {
    const opened: number[] = [];
    const tray = new TrayService({
      actions: { openPlace: (id) => opened.push(id), refresh: () => {}, open: () => {}, settings: () => {}, quit: () => {} },
      platform: 'linux',
      factory,
    });
    const snapshots = snapshotsFor(2);
    tray.render(buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH }));
    const fake = Tray.all[0]!;
    const before = { tooltip: fake.tooltip, first: fake.menu?.template[0]?.label };
    tray.render(buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH, extras: [BERLIN] }));
    expect(fake.menuSets).toBe(2);
    // The icon is drawn again, now with the warning's mark (main/tray/marks.ts).
    expect(fake.imageSets).toBe(1);
    expect(fake.menu?.template[0]?.label).toBe(`${before.first}  ⚠ Orange storm warning`);
    expect(fake.tooltip).toBe(`${before.tooltip}\n⚠ Orange storm warning (Berlin)`);
    const air = fake.menu?.template.find((item) => item.label === 'Air quality');
    expect(air?.submenu?.map((item) => item.label)).toEqual(['Berlin: European AQI 45, Moderate']);
    air?.submenu?.[0]?.click?.();
    expect(opened).toEqual([1]);
  });
});
