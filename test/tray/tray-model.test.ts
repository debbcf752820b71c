import { describe, expect, it } from 'vitest';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const labels = (model: ReturnType<typeof buildTrayModel>): string[] =>
  model.menu.map((i) => (i.kind === 'separator' ? '---' : i.kind === 'action' ? `[${i.label}${i.enabled ? '' : ' (disabled)'}]` : i.label));

describe('tray model', () => {
  it('with no favourites: invites to add one; refresh is disabled', () => {
    const model = buildTrayModel({ snapshots: [], status: STATUS, hasTitle: false, wording: ENGLISH });
    expect(model.icon).toEqual({ temperature: null, condition: null, night: false, state: 'empty', warning: null });
    expect(model.tooltip).toBe('Skytray: no places yet. Open Skytray to add one.');
    expect(labels(model)).toEqual(['No data yet', '[Refresh now (disabled)]', '---', '[Open Skytray]', '[Settings…]', '---', '[Quit Skytray]']);
  });

  it('with one favourite: its temperature and condition in the icon, tooltip and menu', () => {
    const [s] = snapshotsFor(1);
    const model = buildTrayModel({ snapshots: [s!], status: STATUS, hasTitle: false, wording: ENGLISH });
    const w = s!.weather!;
    const t = Math.round(w.current.temperature!);
    expect(model.icon).toMatchObject({ temperature: t, condition: w.current.condition.code, state: 'ok' });
    expect(model.title).toBeNull();
    expect(model.tooltip).toBe(`Berlin: ${t}°C, ${w.current.condition.text} (updated 4 min. ago)`);
    expect(labels(model)[0]).toBe(`★ Berlin, Land Berlin, DE: ${t}°C, ${w.current.condition.text}`);
    expect(labels(model)).toContain('Updated 4 min. ago');
  });

  it("night at the place, from the condition's icon name, goes to the icon", () => {
    const [s] = snapshotsFor(1);
    const w = s!.weather!;
    const at = (icon: string): boolean => {
      const snapshot = { ...s!, weather: { ...w, current: { ...w.current, condition: { ...w.current.condition, code: 'clear' as const, icon } } } };
      return buildTrayModel({ snapshots: [snapshot], status: STATUS, hasTitle: false, wording: ENGLISH }).icon.night;
    };
    expect([at('clear-night'), at('clear-day'), at('rain')]).toEqual([true, false, false]);
  });

  it('on macOS the temperature is the tray title', () => {
    const [s] = snapshotsFor(1);
    expect(buildTrayModel({ snapshots: [s!], status: STATUS, hasTitle: true, wording: ENGLISH }).title).toBe(
      `${Math.round(s!.weather!.current.temperature!)}°`,
    );
  });

  it('with ten favourites: every one in the menu, in order, the primary starred', () => {
    const snapshots = snapshotsFor(10, { primaryIndex: 3 });
    const model = buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH });
    const places = model.menu.filter((i) => i.kind === 'place');
    expect(places).toHaveLength(10);
    expect(places.map((p) => (p.kind === 'place' ? p.favouriteId : 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(places.filter((p) => p.kind === 'place' && p.label.startsWith('★ '))).toHaveLength(1);
    expect(model.tooltip.startsWith(`${snapshots[3]!.favourite.place.name}:`)).toBe(true);
  });

  it('offline: grey icon, the age of what is shown, said in the tooltip', () => {
    const snapshots = snapshotsFor(2, { ageMs: 3 * 3600_000 });
    const model = buildTrayModel({ snapshots, status: { ...STATUS, online: false }, hasTitle: false, wording: ENGLISH });
    expect(model.icon.state).toBe('offline');
    expect(model.tooltip).toMatch(/\(updated 3 hr\. ago, offline\)$/);
    expect(labels(model)).toContain('Offline: showing data from 3 hr. ago');
  });

  it('stale: marked in the icon, tooltip and menu', () => {
    const snapshots = snapshotsFor(2, { stale: true, ageMs: 50 * 60_000 });
    const model = buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH });
    expect(model.icon.state).toBe('stale');
    expect(model.tooltip).toMatch(/\(updated 50 min\. ago, out of date\)$/);
    expect(labels(model)[0]).toMatch(/\(stale\)$/);
    expect(labels(model)).toContain('Updated 50 min. ago (some places out of date)');
  });

  it('a temperature that rounds to zero has no minus sign: icon, title, tooltip and menu', () => {
    const [s] = snapshotsFor(1);
    const w = s!.weather!;
    const cold = { ...s!, weather: { ...w, current: { ...w.current, temperature: -0.4 } } };
    const model = buildTrayModel({ snapshots: [cold], status: STATUS, hasTitle: true, wording: ENGLISH });
    expect(Object.is(model.icon.temperature, 0)).toBe(true);
    expect(model.title).toBe('0°');
    expect(model.tooltip).toMatch(/^Berlin: 0°C, /);
    expect(labels(model)[0]).toMatch(/^★ Berlin, Land Berlin, DE: 0°C, /);
  });

  it('while refreshing: "Refresh now" shows progress and is disabled', () => {
    const model = buildTrayModel({
      snapshots: snapshotsFor(3),
      status: { ...STATUS, refresh: { running: true, done: 1, total: 3 } },
      hasTitle: false,
      wording: ENGLISH,
    });
    expect(labels(model)).toContain('[Refreshing… 1/3 (disabled)]');
  });

  it('in Polish and German formats: ages, temperatures, the refresh count and the macOS title', () => {
    const polish = createWording('pl', { formatLocale: 'pl-PL' });
    const offline = buildTrayModel({
      snapshots: snapshotsFor(2, { ageMs: 3 * 3600_000 }),
      status: { ...STATUS, online: false },
      hasTitle: true,
      wording: polish,
    });
    expect(offline.tooltip).toMatch(/^Berlin: -?\d+°C, .+ \(zaktualizowano 3 godz\. temu, offline\)$/);
    expect(labels(offline)).toContain('Offline, ostatnie dane: 3 godz. temu');
    const [s] = snapshotsFor(1);
    const w = s!.weather!;
    const cold = { ...s!, weather: { ...w, current: { ...w.current, temperature: -6.6 } } };
    const german = createWording('de', { formatLocale: 'de-DE' });
    const model = buildTrayModel({ snapshots: [cold], status: { ...STATUS, refresh: { running: true, done: 1, total: 12 } }, hasTitle: true, wording: german });
    expect(model.title).toBe('-7°');
    expect(model.tooltip).toMatch(/^Berlin: -7 °C, .+ \(aktualisiert vor 4 Min\.\)$/);
    expect(labels(model)).toContain('[Wird aktualisiert … 1/12 (disabled)]');
  });

  it('no weather yet: the tooltip says why in words for a person, not the log’s message', () => {
    const [s] = snapshotsFor(1);
    const lastError = { code: 'network', message: 'fetch failed: ECONNREFUSED 127.0.0.1:9', provider: 'Open-Meteo', status: null } as const;
    const failed = buildTrayModel({ snapshots: [{ ...s!, weather: null, lastError }], status: STATUS, hasTitle: false, wording: ENGLISH });
    expect(failed.tooltip).toBe('Skytray: Berlin, no weather yet. Could not reach Open-Meteo. Check your internet connection.');
    expect(labels(failed)[0]).toBe('★ Berlin, Land Berlin, DE: unavailable');
    const loading = buildTrayModel({ snapshots: [{ ...s!, weather: null }], status: STATUS, hasTitle: false, wording: ENGLISH });
    expect(loading.tooltip).toBe('Skytray: Berlin, no weather yet.');
  });
});
