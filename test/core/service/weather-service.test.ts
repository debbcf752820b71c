// The WeatherService as the tray, the window and the CLI use it: real provider sockets, a real
// SQLite file, a fake clock.
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlace } from '../../../main/core/model/place-check.ts';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

const MIN = 60_000;
let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const forecastRequests = (s: TestService): number => s.server.requests.filter((r) => r.path === '/v1/forecast').length;

/** A manual refresh, with fake time running so that retries and back-off can happen. */
async function refreshing(s: TestService): ReturnType<TestService['service']['refresh']> {
  const done = s.service.refresh();
  await s.run(MIN);
  return done;
}

async function withPlaces(names: string[], options: Parameters<typeof startTestService>[0] = {}): Promise<TestService> {
  t = await startTestService(options);
  for (const name of names) t.service.addFavourite(place(name));
  await t.settle();
  return t;
}

describe('WeatherService: favourites and snapshots', () => {
  it('adds places, fetches them at once, and serves the snapshots instantly with their age', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo', 'Lima']);
    expect(s.service.listFavourites().map((f) => [f.place.name, f.primary])).toEqual([
      ['Berlin', true],
      ['Tokyo', false],
      ['Lima', false],
    ]);
    await s.clock.advance(3 * MIN);
    const requestsBefore = s.server.requests.length;
    const snapshots = s.service.getSnapshots();
    expect(s.server.requests.length).toBe(requestsBefore); // from SQLite, not the network
    expect(snapshots.map((x) => [x.favourite.place.name, x.weather?.timezone, x.ageMs, x.stale])).toEqual([
      ['Berlin', 'Europe/Berlin', 3 * MIN, false],
      ['Tokyo', 'Asia/Tokyo', 3 * MIN, false],
      ['Lima', 'America/Lima', 3 * MIN, false],
    ]);
    expect(s.events.filter((e) => e.type === 'snapshot-updated')).toHaveLength(3);
  });

  it('shows the last good data at once after a restart, without asking the provider', async () => {
    const s = await withPlaces(['Oslo']);
    await s.service.close();
    const before = s.server.requests.length;
    const again = s.reopen({ autoRefresh: false });
    const [snapshot] = again.getSnapshots();
    expect(snapshot?.weather?.timezone).toBe('Europe/Oslo');
    expect(s.server.requests.length).toBe(before);
    await again.close();
  });

  it('never replaces good data with a failure, and says what went wrong', async () => {
    const s = await withPlaces(['Berlin']);
    const good = s.service.getSnapshots()[0]?.weather;
    await s.clock.advance(2 * MIN); // past the minute in which Open-Meteo's answer is reused
    s.server.setFaults({ always: { status: 503 } });
    const summary = await refreshing(s);
    expect(summary.succeeded).toEqual([]);
    expect(summary.failed[0]).toMatchObject({
      name: 'Berlin',
      error: { code: 'server', message: 'Open-Meteo is having trouble (HTTP 503). Skytray will try again later.' },
    });
    const [after] = s.service.getSnapshots();
    expect(after?.weather).toEqual(good);
    expect(after?.lastError?.code).toBe('server');
    s.server.setFaults({ always: { fault: 'append-text' } });
    await refreshing(s);
    expect(s.service.getSnapshots()[0]?.weather).toEqual(good);
    // And a restart still has it.
    await s.service.close();
    const again = s.reopen({ autoRefresh: false });
    expect(again.getSnapshots()[0]?.weather).toEqual(good);
    await again.close();
  });

  it('reorders, sets the primary and removes, keeping exactly one primary', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo', 'Lima']);
    const [, tokyo, lima] = s.service.listFavourites();
    if (!tokyo || !lima) throw new Error('expected three favourites');
    s.service.moveFavourite(lima.id, 0);
    s.service.setPrimary(tokyo.id);
    expect(s.service.listFavourites().map((f) => `${f.place.name}${f.primary ? '*' : ''}`)).toEqual(['Lima', 'Berlin', 'Tokyo*']);
    s.service.removeFavourite(tokyo.id);
    expect(s.service.listFavourites().map((f) => `${f.place.name}${f.primary ? '*' : ''}`)).toEqual(['Lima*', 'Berlin']);
    expect(() => s.service.removeFavourite(tokyo.id)).toThrow(/no favourite with id/);
    expect(s.events.filter((e) => e.type === 'favourites-changed').length).toBeGreaterThanOrEqual(6);
  });

  it('searches with a cache, so typing the same name again costs no request', async () => {
    t = await startTestService();
    const first = await t.service.searchPlaces('Springfield');
    expect(first.map((p) => p.region)).toEqual(['Missouri', 'Massachusetts', 'Illinois', 'Oregon']);
    const narrowed = await t.service.searchPlaces('springfield, ill');
    expect(narrowed.map((p) => p.region)).toEqual(['Illinois']);
    expect(t.server.requests.filter((r) => r.path === '/v1/search')).toHaveLength(1);
    expect(t.service.diagnostics().cacheHits.searches).toBe(1);
    expect(await t.service.searchPlaces('52.5,13.4')).toMatchObject([{ id: 'coords:52.5,13.4' }]);
  });
});

describe('WeatherService: refresh', () => {
  it('refreshes favourites on the interval for two days of fake time, all places in one request', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo', 'Lima']);
    const start = forecastRequests(s);
    await s.run(2 * 24 * 60 * MIN);
    const cycles = forecastRequests(s) - start;
    const later = s.server.requests.slice(start);
    // Every 15 minutes ±10%, sometimes pulled forward to batch: 48 h / (0.7 to 1.1 × 15 min).
    expect(cycles).toBeGreaterThanOrEqual(Math.floor((48 * 60) / 16.5));
    expect(cycles).toBeLessThanOrEqual(Math.ceil((48 * 60) / 10.5));
    expect(later.every((r) => r.query.get('latitude')?.split(',').length === 3)).toBe(true);
  });

  it('reports manual refresh progress and a summary', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo', 'Lima']);
    s.events.length = 0;
    const summary = await s.service.refresh();
    expect(summary.succeeded).toHaveLength(3);
    const progress = s.events.flatMap((e) =>
      e.type === 'refresh-progress' ? [`${e.progress.done}/${e.progress.total}${e.progress.running ? '' : ' done'}`] : [],
    );
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3', '3/3 done']);
    expect(s.events.at(-1)).toMatchObject({ type: 'refresh-finished' });
  });

  it('joins work already in flight instead of asking twice', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo'], { faults: { latencyMs: 100 } });
    await s.clock.advance(2 * MIN);
    const before = forecastRequests(s);
    const first = s.service.refresh();
    const second = s.service.refresh();
    expect(second).toBe(first);
    await first;
    expect(forecastRequests(s) - before).toBe(1);
  });

  it('after sleep, exactly one refresh of what went stale', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo', 'Lima']);
    s.service.pause();
    const before = forecastRequests(s);
    await s.run(8 * 60 * MIN);
    expect(forecastRequests(s)).toBe(before);
    expect(s.clock.pending).toBe(0);
    s.service.resume();
    await s.run(MIN);
    expect(forecastRequests(s) - before).toBe(1);
    expect(s.service.getSnapshots().every((x) => !x.stale)).toBe(true);
  });

  it('goes offline on network errors, probes, and on return refreshes what is stale once', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo', 'Lima']);
    s.server.setFaults({ always: { fault: 'reset' } });
    await s.run(20 * MIN);
    expect(s.service.status().online).toBe(false);
    expect(s.events.some((e) => e.type === 'online-changed' && !e.online)).toBe(true);
    expect(s.service.getSnapshots().every((x) => x.weather !== null)).toBe(true); // last data kept
    s.server.resetFaults();
    s.server.clearLog();
    await s.run(6 * MIN);
    expect(s.service.status().online).toBe(true);
    // One probe with one place, then one request for the rest.
    expect(s.server.requests.map((r) => r.query.get('latitude')?.split(',').length)).toEqual([1, 2]);
  });

  it('reading stale data does not hurry a failing place past its back-off', async () => {
    const s = await withPlaces(['Berlin']);
    // Like the tray: every event redraws from getSnapshots().
    s.service.subscribe(() => void s.service.getSnapshots());
    s.server.setFaults({ always: { status: 503 } });
    s.server.clearLog();
    await s.run(20 * MIN); // stale after 15 minutes, then failing
    for (let i = 0; i < 10; i++) {
      s.service.getSnapshots();
      await s.run(5_000);
    }
    const attempts = s.server.requests.length;
    // One cycle at ~15 min (2 attempts), one back-off retry at ~16 min (2 attempts), one at ~18.
    expect(attempts).toBeLessThanOrEqual(8);
    expect(s.service.getSnapshots()[0]?.weather).not.toBeNull();
  });

  it('changing units refetches in the new units; a bad setting is refused and nothing is written', async () => {
    const s = await withPlaces(['Berlin']);
    s.service.updateSettings({ units: 'imperial' });
    await s.run(MIN);
    expect(s.service.getSnapshots()[0]?.weather?.units.temperature).toBe('°F');
    expect(() => s.service.updateSettings({ refreshIntervalMinutes: 1 })).toThrow('Refresh interval must be a whole number of minutes from 5 to 180.');
    expect(() => s.service.updateSettings({ openMeteoForecastUrl: 'file:///etc/passwd' })).toThrow(/must use http or https/);
    await s.service.close();
    const again = s.reopen({ autoRefresh: false, overrides: {} });
    expect(again.getSettings()).toMatchObject({ units: 'imperial', refreshIntervalMinutes: 15, openMeteoForecastUrl: null });
    await again.close();
  });

  it('enforces the provider minimum interval: OpenWeatherMap never more often than every 10 minutes', async () => {
    t = await startTestService({ service: { apiKey: () => 'key', limits: { intervalCap: 100_000, intervalMs: 1_000, minPlaceIntervalMs: 10 * MIN } } });
    t.service.updateSettings({ provider: 'openweathermap', refreshIntervalMinutes: 5 });
    t.service.addFavourite(place('Tokyo'));
    await t.run(60 * MIN);
    const times = t.server.requests.filter((r) => r.path === '/data/2.5/weather').map((r) => r.at);
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(0);
    expect(times.length).toBeLessThanOrEqual(7);
    expect(t.service.diagnostics().provider.label).toBe('OpenWeatherMap');
  });
});

describe('WeatherService: hostile input and shutdown', () => {
  it.each([
    [null, 'A place must be an object.'],
    ['Berlin', 'A place must be an object.'],
    [{ ...place('Berlin'), latitude: 91 }, "A place's latitude must be a number from -90 to 90."],
    [{ ...place('Berlin'), name: 'x'.repeat(10_000) }, "A place's name must be text of 1 to 200 characters."],
    [{ ...place('Berlin'), timezone: 'Mars/Olympus' }, '"Mars/Olympus" is not a time zone Skytray knows.'],
    [JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'), 'A place has no field "__proto__".'],
    [{ ...place('Berlin'), extra: 1 }, 'A place has no field "extra".'],
  ] as [unknown, string][])('refuses a bad place (%#), checked at the edge, with a clear error and writes nothing', async (bad, message) => {
    t = await startTestService({ service: { autoRefresh: false } });
    expect(() => t!.service.addFavourite(checkPlace(bad))).toThrow(message);
    expect(t.service.listFavourites()).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  // Over-long and non-text queries are refused at the edges (IPC arguments, the CLI's parser).
  it.each([[''], ['   ']])('refuses a blank search query %#', async (query) => {
    t = await startTestService({ service: { autoRefresh: false } });
    await expect(t.service.searchPlaces(query)).rejects.toThrow('Type a place name to search for.');
    expect(t.server.requests).toHaveLength(0);
  });

  it('says clearly when a favourite is gone, for every operation on one', async () => {
    const s = await withPlaces(['Berlin']);
    const gone = 999;
    const message = `There is no favourite with id ${gone}; it may have been removed.`;
    expect(() => s.service.removeFavourite(gone)).toThrow(message);
    expect(() => s.service.moveFavourite(gone, 0)).toThrow(message);
    expect(() => s.service.setPrimary(gone)).toThrow(message);
    expect(() => s.service.setNotify(gone, true)).toThrow(message);
    expect(() => s.service.refresh([gone])).toThrow(message);
    expect(s.service.listFavourites().map((f) => f.place.name)).toEqual(['Berlin']);
  });

  it('closes cleanly: fetches aborted, no timer left, nothing runs afterwards', async () => {
    const s = await withPlaces(['Berlin'], { faults: { latencyMs: 30 } });
    s.server.setFaults({ always: { fault: 'hang' } });
    void s.service.refresh();
    await new Promise((r) => setTimeout(r, 20));
    await s.service.close();
    expect(s.clock.pending).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(s.server.openResponses()).toBe(0);
    expect(() => s.service.addFavourite(place('Paris'))).toThrow('Skytray is shutting down.');
    await s.clock.advance(60 * MIN);
    expect(s.clock.pending).toBe(0);
  });

  it('reports a recovered database in its status', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo']);
    await s.service.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(s.dbPath, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
    closeSync(fd);
    const again = s.reopen({ autoRefresh: false });
    expect(again.status().recovery).toMatchObject({ restoredFromBackup: true, favouritesRestored: 2 });
    expect(again.listFavourites().map((f) => f.place.name)).toEqual(['Berlin', 'Tokyo']);
    await again.close();
  });
});
