// Warnings and air quality kept in the store: shown at once on start, kept with the reason when a
// source fails, never shown past their expiry, and fetched with the forecast's refreshes.
import { afterEach, describe, expect, it } from 'vitest';
import { place } from '../../support/engine.ts';
import { HOUR, MIN, nextExtras, startExtrasTest, story, type ExtrasTest } from './extras-service.ts';

let x: ExtrasTest | undefined;
afterEach(async () => {
  await x?.close();
  x = undefined;
});

describe('cached warnings and air quality', () => {
  it('a scheduled refresh fetches them with the forecast, and the next start shows them at once', async () => {
    x = await startExtrasTest((now) => [story(now)], { autoRefresh: true });
    const { t, warnings } = x;
    const arrived = nextExtras(t.service);
    const anchorage = t.service.addFavourite(place('Anchorage'));
    await t.settle();
    expect(await arrived).toEqual([anchorage.id]);
    const [fresh] = t.service.getExtras();
    expect(fresh?.alerts.active.map((a) => a.id)).toEqual(['ak-alert']);
    expect(fresh?.airQuality.reading).not.toBeNull();
    expect(fresh?.alertsAge).toEqual({ fetchedAt: t.clock.now(), ageMs: 0 });

    await t.service.close();
    const asked = warnings.requests.length;
    await t.clock.advance(10 * MIN);
    const again = t.reopen({ autoRefresh: false });
    try {
      const [kept] = again.getExtras();
      expect(kept?.alerts).toEqual({ ...fresh?.alerts });
      expect(kept?.airQuality.reading).toEqual(fresh?.airQuality.reading);
      expect(kept?.alertsAge.ageMs).toBe(10 * MIN);
      expect(warnings.requests.length).toBe(asked);
    } finally {
      await again.close();
    }
  });

  it('a failing warnings service keeps the last good warnings, with their age and the reason; the forecast is fine', async () => {
    x = await startExtrasTest((now) => [story(now)]);
    const { t, warnings } = x;
    const anchorage = t.service.addFavourite(place('Anchorage'));
    await t.service.placeExtras();
    warnings.setFaults({ always: { status: 404 } });
    await t.clock.advance(5 * MIN); // past the two minutes an NWS answer is reused
    const [extras] = await t.service.placeExtras();
    expect(extras?.alerts.active.map((a) => a.id)).toEqual(['ak-alert']);
    expect(extras?.alerts.error).toMatchObject({ code: 'not-found', provider: 'National Weather Service' });
    expect(extras?.alertsAge.ageMs).toBe(5 * MIN);
    expect(extras?.airQuality.error).toBeNull();
    expect((await t.service.refresh([anchorage.id])).succeeded).toEqual([anchorage.id]);
    // Once the service answers again, the reason goes.
    warnings.setFaults({ always: null });
    await t.clock.advance(5 * MIN);
    const [recovered] = await t.service.placeExtras();
    expect([recovered?.alerts.error, recovered?.alertsAge.ageMs]).toEqual([null, 0]);
  });

  it('a warning past its expiry never comes back from the cache', async () => {
    x = await startExtrasTest((now) => [story(now, { expiresAt: now + HOUR })]);
    const { t } = x;
    t.service.addFavourite(place('Anchorage'));
    await t.service.placeExtras();
    await t.clock.advance(HOUR - 1);
    expect(t.service.getExtras()[0]?.alerts.active.map((a) => a.id)).toEqual(['ak-alert']);
    await t.clock.advance(1);
    // Nothing was asked again: the running service stops showing it as its expiry passes, too.
    expect(t.service.getExtras()[0]?.alerts.active).toEqual([]);
    await t.service.close();
    const again = t.reopen({ autoRefresh: false });
    try {
      const [kept] = again.getExtras();
      expect(kept?.alerts.active).toEqual([]);
      expect(kept?.alertsAge.ageMs).toBe(HOUR);
    } finally {
      await again.close();
    }
  });

  it('follows an update, then a cancel, as the service publishes them', async () => {
    x = await startExtrasTest((now) => [story(now, { updatedAt: now + 10 * MIN, cancelledAt: now + 20 * MIN })]);
    const { t } = x;
    t.service.addFavourite(place('Anchorage'));
    const ids = async (): Promise<string[] | undefined> => (await t.service.placeExtras())[0]?.alerts.active.map((a) => a.id);
    expect(await ids()).toEqual(['ak-alert']);
    await t.clock.advance(11 * MIN);
    expect(await ids()).toEqual(['ak-update']);
    await t.clock.advance(10 * MIN);
    expect(await ids()).toEqual([]);
    expect(t.service.getExtras()[0]?.alerts.active).toEqual([]);
  });

  it('a place no warnings service covers says so; the air-quality index follows the setting and the place', async () => {
    x = await startExtrasTest(() => []);
    const { t } = x;
    t.service.addFavourite(place('Tokyo'));
    const [tokyo] = await t.service.placeExtras();
    expect(tokyo?.alerts).toEqual({ source: null, active: [], elsewhere: 0, error: null });
    expect(tokyo?.airQualityIndex).toBe('european');
    t.service.addFavourite(place('Anchorage'));
    expect(t.service.getExtras().map((e) => e.airQualityIndex)).toEqual(['european', 'us']);
    t.service.updateSettings({ airQualityScale: 'us' });
    expect(t.service.getExtras().map((e) => e.airQualityIndex)).toEqual(['us', 'us']);
  });
});
