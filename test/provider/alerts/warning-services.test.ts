// The warnings stand-ins over a real socket, read by Skytray's own parsers: a warning issued, updated
// and cancelled as the clock moves, each service's refusals, and the fault knobs.
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { activeAlerts } from '../../../main/core/alerts/alert.ts';
import { metAlertsUrl, parseMetAlerts } from '../../../main/core/alerts/metalerts.ts';
import { meteoAlarmFeedUrl, parseMeteoAlarmFeed } from '../../../main/core/alerts/meteoalarm.ts';
import { nwsAlertsUrl, parseNwsAlerts } from '../../../main/core/alerts/nws.ts';
import { startWarningServices, type WarningServices } from './warning-services.ts';
import type { WarningStory } from './warning-lifecycle.ts';

const T0 = Date.parse('2026-11-25T06:00:00Z');
const HOUR = 3_600_000;
let clock = T0;
let services: WarningServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
  clock = T0;
});

const story = (over: Partial<WarningStory> = {}): WarningStory => ({
  key: 'storm',
  event: 'High Wind Warning',
  severity: 'Severe',
  colour: 'orange',
  area: { name: 'Bergen', box: { south: 60, west: 5, north: 61, east: 6 } },
  issuedAt: T0,
  updatedAt: T0 + 2 * HOUR,
  cancelledAt: T0 + 4 * HOUR,
  expiresAt: T0 + 12 * HOUR,
  ...over,
});
const bergen = { name: 'Bergen', region: 'Vestland', country: 'Norway', latitude: 60.39, longitude: 5.32 };

async function get(url: URL, userAgent: string | null = 'Skytray-test (stand-in)'): Promise<{ status: number; text: string; type: string }> {
  const res = await request(url, { headers: userAgent ? { 'user-agent': userAgent } : {} });
  return { status: res.statusCode, text: await res.body.text(), type: String(res.headers['content-type']) };
}

async function start(stories: readonly WarningStory[]): Promise<URL> {
  services = await startWarningServices({ now: () => clock, stories });
  return new URL(services.origin);
}

describe('warnings stand-ins: one warning issued, updated, cancelled', () => {
  it('NWS lists the Alert, then the Update referencing it, then the Cancel; in force: one, one, none', async () => {
    const origin = await start([story()]);
    const inForce = async (): Promise<string[]> => {
      const { text } = await get(nwsAlertsUrl(origin, bergen));
      return activeAlerts(parseNwsAlerts(JSON.parse(text)).messages, clock).map((a) => `${a.id} ${a.messageType}`);
    };
    clock = T0 - 1;
    expect(await inForce()).toEqual([]);
    clock = T0 + HOUR;
    expect(await inForce()).toEqual(['storm-alert Alert']);
    clock = T0 + 3 * HOUR;
    expect(await inForce()).toEqual(['storm-update Update']);
    clock = T0 + 5 * HOUR;
    const { text } = await get(nwsAlertsUrl(origin, bergen));
    expect(parseNwsAlerts(JSON.parse(text)).messages.map((m) => [m.messageType, m.references])).toEqual([['Cancel', ['storm-update']]]);
    expect(await inForce()).toEqual([]);
  });

  it('MetAlerts and MeteoAlarm list the Alert, then the Update in its place, then nothing', async () => {
    const origin = await start([story({ country: 'NO' })]);
    const read = async (): Promise<string[][]> => {
      const met = parseMetAlerts(JSON.parse((await get(metAlertsUrl(origin, bergen))).text)).messages;
      const ma = parseMeteoAlarmFeed((await get(meteoAlarmFeedUrl(origin, 'NO'))).text, bergen).messages;
      return [met, ma].map((list) => activeAlerts(list, clock).map((a) => a.messageType));
    };
    clock = T0 + HOUR;
    expect(await read()).toEqual([['Alert'], ['Alert']]);
    clock = T0 + 3 * HOUR;
    expect(await read()).toEqual([['Update'], ['Update']]);
    clock = T0 + 5 * HOUR;
    expect(await read()).toEqual([[], []]);
  });

  it('a warning for another area is not listed for the point, and expiry ends it everywhere', async () => {
    const origin = await start([story({ cancelledAt: undefined, updatedAt: undefined })]);
    clock = T0 + HOUR;
    const oslo = { ...bergen, name: 'Oslo', latitude: 59.91, longitude: 10.75 };
    expect(parseNwsAlerts(JSON.parse((await get(nwsAlertsUrl(origin, oslo))).text)).messages).toEqual([]);
    expect(parseMeteoAlarmFeed((await get(meteoAlarmFeedUrl(origin, 'DE'))).text, { ...oslo, country: 'Germany' }).messages).toEqual([]);
    clock = T0 + 12 * HOUR;
    expect(parseNwsAlerts(JSON.parse((await get(nwsAlertsUrl(origin, bergen))).text)).messages).toEqual([]);
  });
});

describe('warnings stand-ins: NWS product expiration before the event ends', () => {
  it('a warning stays in force past its message’s expires, until its ends', async () => {
    const origin = await start([story({ cancelledAt: undefined, updatedAt: undefined })]);
    const read = async () => parseNwsAlerts(JSON.parse((await get(nwsAlertsUrl(origin, bergen))).text)).messages;
    for (const hour of [1, 5, 7, 11]) {
      clock = T0 + hour * HOUR;
      const messages = await read();
      expect(messages.map((m) => [m.expires, m.ends])).toEqual([['2026-11-25T12:00:00+00:00', '2026-11-25T18:00:00+00:00']]);
      expect(activeAlerts(messages, clock).map((a) => a.id)).toEqual(['storm-alert']);
    }
    clock = T0 + 12 * HOUR;
    expect(await read()).toEqual([]);
  });
});

describe('warnings stand-ins: refusals as the services refuse', () => {
  it('NWS and MET Norway refuse a request with no User-Agent', async () => {
    const origin = await start([]);
    const nws = await get(nwsAlertsUrl(origin, bergen), null);
    expect([nws.status, nws.type, (JSON.parse(nws.text) as { title: string }).title]).toEqual([403, 'application/problem+json', 'Forbidden']);
    expect((await get(metAlertsUrl(origin, bergen), null)).status).toBe(403);
  });

  it('NWS answers a bad point with a problem document; MeteoAlarm an unknown feed with 404', async () => {
    const origin = await start([]);
    const bad = await get(new URL('/alerts/active?point=north,pole', origin));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ status: 400, title: 'Invalid Parameter' });
    expect((await get(new URL('/feeds/meteoalarm-legacy-atom-atlantis', origin))).status).toBe(404);
  });
});

describe('warnings stand-ins: faults', () => {
  it('scripted statuses first, then the answer; a truncated or HTML body reads as malformed', async () => {
    const origin = await start([story()]);
    clock = T0 + HOUR;
    services?.setFaults({ pathPrefix: '/alerts', script: [{ status: 503 }, { fault: 'truncated' }, { fault: 'html' }] });
    expect((await get(nwsAlertsUrl(origin, bergen))).status).toBe(503);
    const truncated = (await get(nwsAlertsUrl(origin, bergen))).text;
    expect((): unknown => JSON.parse(truncated)).toThrow(SyntaxError);
    const html = await get(nwsAlertsUrl(origin, bergen));
    expect([html.status, html.type]).toEqual([200, 'text/html']);
    expect((await get(nwsAlertsUrl(origin, bergen))).status).toBe(200);
    // The path prefix keeps the other services out of the script.
    services?.setFaults({ pathPrefix: '/feeds', always: { fault: 'truncated' } });
    expect(() => parseMeteoAlarmFeed('', bergen)).toThrow('MeteoAlarm sent warnings Skytray does not understand.');
    const cut = (await get(meteoAlarmFeedUrl(origin, 'DE'))).text;
    expect(() => parseMeteoAlarmFeed(cut, bergen)).toThrow('MeteoAlarm sent warnings Skytray does not understand.');
    expect((await get(metAlertsUrl(origin, bergen))).status).toBe(200);
    expect(services?.requests.map((r) => r.status)).toEqual([503, 200, 200, 200, 200, 200]);
  });
});
