// Warnings for favourites through each source's own queue, against the local stand-ins: the right
// service per place, one request per shared answer, reuse while fresh, failures kept per place.
import { afterEach, describe, expect, it } from 'vitest';
import { place } from '../../support/engine.ts';
import type { WarningStory } from '../../provider/alerts/warning-lifecycle.ts';
import { startAlertEngine, type AlertEngine } from './alert-engine.ts';

const T0 = Date.parse('2026-11-25T06:00:00Z');
const MINUTE = 60_000;
let engine: AlertEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

const everywhere = { south: -90, west: -180, north: 90, east: 180 };
const story = (over: Partial<WarningStory>): WarningStory => ({
  key: 'w',
  event: 'Wind',
  severity: 'Severe',
  colour: 'orange',
  area: { name: 'Hamburg', box: everywhere },
  issuedAt: T0,
  expiresAt: T0 + 600 * MINUTE,
  ...over,
});

describe('AlertFetcher', () => {
  it("asks each place's own service; places in one country share its feed; elsewhere none is asked", async () => {
    const around = (lat: number, lon: number): WarningStory['area']['box'] => ({ south: lat - 0.5, west: lon - 0.5, north: lat + 0.5, east: lon + 0.5 });
    engine = await startAlertEngine({
      now: T0 + MINUTE,
      stories: [
        story({ key: 'de', area: { name: 'Hamburg', box: around(53.55, 9.99) } }),
        story({ key: 'no', country: 'NO', area: { name: 'Oslo', box: around(59.91, 10.75) } }),
        story({ key: 'us', country: 'US', area: { name: 'Anchorage', box: around(61.22, -149.9) } }),
      ],
    });
    const [hamburg, berlin, oslo, anchorage, tokyo] = await engine.fetcher.alertsFor(['Hamburg', 'Berlin', 'Oslo', 'Anchorage', 'Tokyo'].map(place));
    expect([hamburg, berlin, oslo, anchorage, tokyo].map((r) => r?.source)).toEqual(['meteoalarm', 'meteoalarm', 'metalerts', 'nws', null]);
    expect(hamburg?.alerts.map((a) => a.id)).toEqual(['de-alert']);
    // The feed's outline leaves Berlin out: the warning is counted, not listed.
    expect([berlin?.alerts.length, berlin?.elsewhere]).toEqual([0, 1]);
    expect(oslo?.alerts.map((a) => [a.source, a.event])).toEqual([['metalerts', 'Wind']]);
    expect(anchorage?.alerts.map((a) => a.id)).toEqual(['us-alert']);
    expect(tokyo).toMatchObject({ source: null, alerts: [], error: null });
    expect(engine.services.requests.map((r) => r.path).sort()).toEqual([
      '/alerts/active',
      '/feeds/meteoalarm-legacy-atom-germany',
      '/weatherapi/metalerts/2.0/current.json',
    ]);
    expect(new Set(engine.services.requests.map((r) => r.userAgent))).toEqual(new Set(['Skytray-test (https://example.org/skytray)']));
  });

  it('reuses a fresh answer, asks again once it is stale, and sees the warning updated then cancelled', async () => {
    const lifecycle = story({ key: 'nws', updatedAt: T0 + 30 * MINUTE, cancelledAt: T0 + 60 * MINUTE });
    engine = await startAlertEngine({ now: T0 + MINUTE, stories: [lifecycle] });
    const anchorage = [place('Anchorage')];
    const ids = async (): Promise<string[]> => ((await engine?.fetcher.alertsFor(anchorage))?.[0]?.alerts ?? []).map((a) => a.id);
    expect(await ids()).toEqual(['nws-alert']);
    engine.setNow(T0 + 2 * MINUTE);
    expect(await ids()).toEqual(['nws-alert']);
    expect(engine.services.requests).toHaveLength(1);
    engine.setNow(T0 + 31 * MINUTE);
    expect(await ids()).toEqual(['nws-update']);
    engine.setNow(T0 + 61 * MINUTE);
    expect(await ids()).toEqual([]);
    expect(engine.services.requests).toHaveLength(3);
  });

  it('concurrent asks for the same answer share one request', async () => {
    engine = await startAlertEngine({ now: T0 + MINUTE });
    const fetcher = engine.fetcher;
    await Promise.all([fetcher.alertsFor([place('Oslo')]), fetcher.alertsFor([place('Oslo')]), fetcher.alertsFor([place('Oslo'), place('Oslo')])]);
    expect(engine.services.requests).toHaveLength(1);
  });

  it('a failing service costs its own places only, with a typed error, and is asked again next time', async () => {
    engine = await startAlertEngine({ now: T0 + MINUTE, stories: [story({ key: 'de' })], maxAttempts: 2 });
    engine.services.setFaults({ pathPrefix: '/alerts', always: { status: 503 } });
    const [anchorage, hamburg] = await engine.fetcher.alertsFor([place('Anchorage'), place('Hamburg')]);
    expect(anchorage?.error?.code).toBe('server');
    expect(anchorage?.error?.message).toBe('National Weather Service is having trouble (HTTP 503). Skytray will try again later.');
    expect(hamburg?.error).toBeNull();
    expect(hamburg?.alerts).toHaveLength(1);
    expect(engine.attempts.filter((a) => a.provider === 'National Weather Service').map((a) => a.outcome)).toEqual(['retry', 'failed']);
    engine.services.setFaults({});
    expect((await engine.fetcher.alertsFor([place('Anchorage')]))[0]?.error).toBeNull();
  });

  it('an answer that does not parse is retried like any fault: an HTML page, then a cut-off feed, then the feed', async () => {
    engine = await startAlertEngine({ now: T0 + MINUTE, stories: [story({ key: 'de' })] });
    engine.services.setFaults({ pathPrefix: '/feeds', script: [{ fault: 'html' }, { fault: 'truncated' }] });
    const [hamburg] = await engine.fetcher.alertsFor([place('Hamburg')]);
    expect(hamburg?.alerts.map((a) => a.id)).toEqual(['de-alert']);
    expect(engine.attempts.map((a) => a.outcome)).toEqual(['retry', 'retry', 'ok']);
  });

  it('a message it cannot read is left out, counted and logged; the others are shown', async () => {
    engine = await startAlertEngine({ now: T0 + MINUTE, stories: [story({ key: 'a', country: 'US' }), story({ key: 'b', country: 'US' })] });
    engine.services.setFaults({ pathPrefix: '/alerts', script: [{ fault: 'unreadable-message' }] });
    const [anchorage] = await engine.fetcher.alertsFor([place('Anchorage')]);
    expect(anchorage?.alerts.map((a) => a.id)).toEqual(['b-alert']);
    expect([anchorage?.unreadable, anchorage?.error]).toEqual([1, null]);
    expect(engine.logged.map((r) => [r.level, r.message, r.fields['why']])).toEqual([
      ['warn', 'National Weather Service: a warning for Anchorage could not be read', 'response.features[0].properties.id should be a string, got 7'],
    ]);
  });

  it('gives up with "malformed" when every attempt is unreadable', async () => {
    engine = await startAlertEngine({ now: T0 + MINUTE, maxAttempts: 2 });
    engine.services.setFaults({ pathPrefix: '/weatherapi', always: { fault: 'html' } });
    const [oslo] = await engine.fetcher.alertsFor([place('Oslo')]);
    expect(oslo?.error?.code).toBe('malformed');
  });

  it('a caller that stops waiting gets "aborted"; the shared request still serves the others', async () => {
    engine = await startAlertEngine({ now: T0 + MINUTE });
    engine.services.setFaults({ script: [{ latencyMs: 150 }] });
    const controller = new AbortController();
    const leaving = engine.fetcher.alertsFor([place('Oslo')], { signal: controller.signal });
    const staying = engine.fetcher.alertsFor([place('Oslo')]);
    controller.abort();
    expect((await leaving)[0]?.error?.code).toBe('aborted');
    expect((await staying)[0]?.error).toBeNull();
    expect(engine.services.requests).toHaveLength(1);
  });
});
