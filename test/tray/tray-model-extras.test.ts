// The tray's share of official warnings and air quality: which warning marks the icon and is said
// in the tooltip, the event on a place's menu line, and each place's air quality in a submenu.
import { describe, expect, it } from 'vitest';
import type { CapSeverity, WeatherAlert } from '../../main/core/alerts/alert.ts';
import type { FavouriteExtras } from '../../main/core/alerts/extras-view.ts';
import { europeanAqiCategory, usAqiCategory } from '../../main/core/providers/air-quality-index.ts';
import type { AirQuality } from '../../main/core/providers/air-quality.ts';
import { buildTrayModel, type TrayMenuItem } from '../../main/tray/tray-model.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

function alert(event: string, severity: CapSeverity): WeatherAlert {
  return {
    source: 'meteoalarm',
    id: `${event}-1`,
    messageType: 'Alert',
    references: [],
    event,
    severity,
    urgency: 'Expected',
    certainty: 'Likely',
    awareness: null,
    headline: null,
    description: null,
    instruction: null,
    sent: null,
    onset: null,
    expires: null,
    ends: null,
    area: null,
    issuer: null,
    link: null,
  };
}

function air(europeanAqi: number, usAqi: number): AirQuality {
  return {
    latitude: 0,
    longitude: 0,
    time: '2026-11-25T12:00:00.000Z',
    europeanAqi,
    europeanCategory: europeanAqiCategory(europeanAqi),
    usAqi,
    usCategory: usAqiCategory(usAqi),
    pm2_5: 10,
    pm10: 20,
    ozone: 50,
    nitrogenDioxide: 15,
    pollen: {},
  };
}

/** Worst first, as the engine hands them over. */
function extras(
  favouriteId: number,
  alerts: WeatherAlert[],
  reading: AirQuality | null = null,
  airQualityIndex: 'european' | 'us' = 'european',
): FavouriteExtras {
  return {
    favouriteId,
    alerts: { source: 'meteoalarm', active: alerts, elsewhere: 0, error: null },
    airQuality: { reading, attribution: 'Air quality by Open-Meteo.com', error: null },
    airQualityIndex,
    alertsAge: { fetchedAt: 0, ageMs: 60_000 },
    airQualityAge: { fetchedAt: reading ? 0 : null, ageMs: reading ? 60_000 : null },
  };
}

const labels = (items: readonly TrayMenuItem[]): string[] => items.map((i) => (i.kind === 'separator' ? '---' : i.label));

describe('tray model: warnings', () => {
  it('without warnings: no mark, the tooltip and menu as before', () => {
    const snapshots = snapshotsFor(2);
    const plain = buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH });
    const model = buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH, extras: [extras(1, []), extras(2, [])] });
    expect(model.icon.warning).toBeNull();
    expect(model.tooltip).toBe(plain.tooltip);
    expect(labels(model.menu)).toEqual(labels(plain.menu));
  });

  it('a Severe warning anywhere marks the icon and is said in the tooltip, for the place it is at', () => {
    const snapshots = snapshotsFor(3);
    const model = buildTrayModel({
      snapshots,
      status: STATUS,
      hasTitle: false,
      wording: ENGLISH,
      extras: [extras(1, [alert('Yellow wind warning', 'Moderate')]), extras(3, [alert('Orange flood warning', 'Severe')])],
    });
    expect(model.icon.warning).toBe('severe');
    const [weatherLine, warningLine] = model.tooltip.split('\n');
    expect(weatherLine).toMatch(/^Berlin: -?\d+°C, .+ \(updated 4 min\. ago\)$/);
    expect(warningLine).toBe(`⚠ Orange flood warning (${snapshots[2]!.favourite.place.name})`);
  });

  it('Extreme outranks Severe, wherever each is', () => {
    const model = buildTrayModel({
      snapshots: snapshotsFor(2),
      status: STATUS,
      hasTitle: false,
      wording: ENGLISH,
      extras: [extras(1, [alert('Orange storm warning', 'Severe')]), extras(2, [alert('Red storm warning', 'Extreme')])],
    });
    expect(model.icon.warning).toBe('extreme');
    expect(model.tooltip.split('\n')[1]).toMatch(/^⚠ Red storm warning \(/);
  });

  it("names the worst warning on each place's menu line, from Moderate up; Minor ones stay in the window", () => {
    const snapshots = snapshotsFor(3);
    const plain = labels(buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH }).menu);
    const model = buildTrayModel({
      snapshots,
      status: STATUS,
      hasTitle: false,
      wording: ENGLISH,
      extras: [
        extras(1, [alert('Yellow wind warning', 'Moderate'), alert('Frost advisory', 'Minor')]),
        extras(2, [alert('Special weather statement', 'Minor')]),
      ],
    });
    expect(model.icon.warning).toBeNull();
    expect(labels(model.menu).slice(0, 3)).toEqual([`${plain[0]}  ⚠ Yellow wind warning`, plain[1], plain[2]]);
  });
});

describe('tray model: air quality on demand', () => {
  it('lists each place with a reading in an "Air quality" submenu, on the index its extras name', () => {
    const snapshots = snapshotsFor(3);
    const names = snapshots.map((s) => s.favourite.place.name);
    const submenu = (model: ReturnType<typeof buildTrayModel>): TrayMenuItem | undefined => model.menu.find((i) => i.kind === 'submenu');
    const european = submenu(
      buildTrayModel({
        snapshots,
        status: STATUS,
        hasTitle: false,
        wording: ENGLISH,
        extras: [extras(1, [], air(32, 75)), extras(2, [], null), extras(3, [], air(85, 160))],
      }),
    );
    expect(european?.kind === 'submenu' && european.label).toBe('Air quality');
    // The EEA's index and bands…
    expect(european?.kind === 'submenu' && labels(european.items)).toEqual([`${names[0]}: European AQI 32, Fair`, `${names[2]}: European AQI 85, Very poor`]);
    // …or the EPA's, as the settings and the place's country chose (the engine says which).
    const us = submenu(
      buildTrayModel({
        snapshots,
        status: STATUS,
        hasTitle: false,
        wording: ENGLISH,
        extras: [extras(1, [], air(32, 75), 'us'), extras(3, [], air(85, 160), 'us')],
      }),
    );
    expect(us?.kind === 'submenu' && labels(us.items)).toEqual([`${names[0]}: US AQI 75, Moderate`, `${names[2]}: US AQI 160, Unhealthy`]);
    // Choosing a line opens that place, as the place's own line does.
    expect(us?.kind === 'submenu' && us.items.map((i) => (i.kind === 'place' ? i.favouriteId : 0))).toEqual([1, 3]);
  });

  it('has no submenu while no place has a reading, and the tooltip never carries air quality', () => {
    const snapshots = snapshotsFor(2);
    const model = buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH, extras: [extras(1, [], null)] });
    expect(model.menu.some((i) => i.kind === 'submenu')).toBe(false);
    const withAir = buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH, extras: [extras(1, [], air(32, 75))] });
    expect(withAir.tooltip).toBe(model.tooltip);
  });
});
