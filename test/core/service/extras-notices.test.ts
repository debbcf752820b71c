// Notices for official warnings over the whole engine: once per warning across updates and
// restarts; the requests identify Skytray; air quality spends from the forecast's call budget.
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../main/core/app-version.ts';
import { place } from '../../support/engine.ts';
import { HOUR, MIN, startExtrasTest, story, type ExtrasTest } from './extras-service.ts';

let x: ExtrasTest | undefined;
afterEach(async () => {
  await x?.close();
  x = undefined;
});

describe('warning notices over the engine', () => {
  it('tell of a warning once: not for its update, not after a restart; again when it turns Extreme', async () => {
    x = await startExtrasTest((now) => [story(now, { updatedAt: now + 10 * MIN })]);
    const { t, warnings } = x;
    const anchorage = t.service.addFavourite(place('Anchorage'));
    t.service.setNotify(anchorage.id, true);
    await t.service.placeExtras();
    expect(t.service.takeDueNotices('UTC').map((n) => n.title)).toEqual(['Blizzard Warning in Anchorage']);
    expect(t.service.takeDueNotices('UTC')).toEqual([]);

    await t.clock.advance(11 * MIN);
    await t.service.placeExtras();
    expect(t.service.getExtras()[0]?.alerts.active[0]?.references).toEqual(['ak-alert']);
    expect(t.service.takeDueNotices('UTC')).toEqual([]);

    await t.service.close();
    await t.clock.advance(4 * HOUR); // past the cooldown: only the record of what was told holds it back
    const again = t.reopen({ autoRefresh: false });
    try {
      expect(again.takeDueNotices('UTC')).toEqual([]);
      warnings.setStories([story(t.clock.now() - 5 * HOUR, { updatedAt: t.clock.now() - MIN, severity: 'Extreme', expiresAt: t.clock.now() + HOUR })]);
      await again.placeExtras();
      expect(again.takeDueNotices('UTC').map((n) => n.title)).toEqual(['Blizzard Warning in Anchorage']);
    } finally {
      await again.close();
    }
  });

  it('a place not opted in is never told', async () => {
    x = await startExtrasTest((now) => [story(now, { severity: 'Extreme' })]);
    const { t } = x;
    t.service.addFavourite(place('Anchorage'));
    await t.service.placeExtras();
    expect(t.service.takeDueNotices('UTC')).toEqual([]);
  });
});

describe('requests for warnings', () => {
  it('identify Skytray with its version and homepage, which the services require', async () => {
    x = await startExtrasTest((now) => [story(now)]);
    const { t, warnings } = x;
    t.service.addFavourite(place('Anchorage'));
    t.service.addFavourite(place('Oslo'));
    t.service.addFavourite(place('Berlin'));
    await t.service.placeExtras();
    const agents = new Set(warnings.requests.map((r) => `${r.path.split('/')[1]} ${r.userAgent}`));
    const expected = `Skytray/${APP_VERSION} (+https://github.com/skytray/skytray)`;
    expect([...agents].sort()).toEqual([`alerts ${expected}`, `feeds ${expected}`, `weatherapi ${expected}`]);
  });

  it('without a User-Agent, NWS refuses them and the warnings say so', async () => {
    x = await startExtrasTest((now) => [story(now)], { userAgent: '' });
    const { t } = x;
    t.service.addFavourite(place('Anchorage'));
    const [extras] = await t.service.placeExtras();
    expect(extras?.alerts.error).toMatchObject({ provider: 'National Weather Service', status: 403 });
  });
});

describe('air quality and the call budget', () => {
  it('spends the weighted calls of each request: 1.2 a place with pollen (12 variables), 1 without; places share requests', async () => {
    const budget = { minute: 100, hour: 100, day: 100 };
    x = await startExtrasTest(() => [], { callBudget: budget });
    const { t } = x;
    t.service.addFavourite(place('Berlin'));
    t.service.addFavourite(place('Paris'));
    t.service.addFavourite(place('Anchorage'));
    const extras = await t.service.placeExtras();
    expect(extras.map((e) => e.airQuality.error)).toEqual([null, null, null]);
    const asked = t.server.requests.filter((r) => r.path === '/v1/air-quality').map((r) => r.query.get('latitude'));
    expect(new Set(asked)).toEqual(new Set(['52.5244,48.8534', '61.2181']));
    // Berlin and Paris in one request with pollen (2 x 1.2), Anchorage in one without (1).
    expect(t.service.diagnostics().callBudget?.windows.find((w) => w.window === 'day')?.used).toBe(3.4);
  });
});
