// The local provider must behave like the services it stands in for, or the other tests prove nothing.
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from './fake-provider.ts';

let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }> {
  const res = await request(`${server?.origin}${path}`);
  const text = await res.body.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.statusCode, body, headers: res.headers };
}

const forecast = '/v1/forecast?current=temperature_2m&hourly=temperature_2m&daily=sunrise&timeformat=unixtime';

describe('local provider: Open-Meteo', () => {
  it('answers one place with an object and several with an array, in request order', async () => {
    server = await startFakeProvider();
    const one = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    expect(Array.isArray(one.body)).toBe(false);
    const two = await get(`${forecast}&latitude=52.52,48.85&longitude=13.41,2.35&timezone=Europe/Berlin,Europe/Paris`);
    expect((two.body as { timezone: string }[]).map((l) => l.timezone)).toEqual(['Europe/Berlin', 'Europe/Paris']);
  });

  it('gives the same weather for the same place and hour, and 7 local days', async () => {
    const now = Date.UTC(2026, 2, 29, 12); // Europe's switch to summer time
    server = await startFakeProvider({ now: () => now });
    const a = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    const b = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    expect(a.body).toEqual(b.body);
    const days = (a.body as { daily: { time: number[] } }).daily.time;
    expect(days).toHaveLength(7);
    // The day clocks go forward has 23 hours: the next day still starts at local midnight.
    expect(days[1]! - days[0]!).toBe(23 * 3600);
  });

  it('answers errors the way Open-Meteo does', async () => {
    server = await startFakeProvider();
    const res = await get(`${forecast}&latitude=95&longitude=0&timezone=GMT`);
    expect(res).toMatchObject({ status: 400, body: { error: true, reason: 'Latitude must be in range of -90 to 90°. Given: 95.' } });
    const miss = await get('/v1/search?name=Atlantis');
    expect(miss.body).not.toHaveProperty('results');
    expect((await get('/v1/search?name=B')).body).not.toHaveProperty('results');
  });

  it('serves one request per client at a time and refuses the 6th concurrent one with 429', async () => {
    server = await startFakeProvider({ faults: { concurrency: 1, queueLimit: 4, latencyMs: 100 } });
    const statuses = await Promise.all(Array.from({ length: 6 }, () => get(`${forecast}&latitude=1&longitude=1&timezone=GMT`).then((r) => r.status)));
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 200, 429]);
    expect(server.peakConcurrency()).toBe(1);
  });

  it('applies a rate limit with Retry-After, and faults switched over HTTP', async () => {
    server = await startFakeProvider({ faults: { rateLimit: { limit: 1, windowMs: 60_000, retryAfter: '7' } } });
    expect((await get('/v1/search?name=Berlin')).status).toBe(200);
    const limited = await get('/v1/search?name=Berlin');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    await request(`${server.origin}/__fake/faults`, { method: 'DELETE' }).then((r) => r.body.text());
    await request(`${server.origin}/__fake/faults`, { method: 'POST', body: JSON.stringify({ always: { status: 503 } }) }).then((r) => r.body.text());
    expect((await get('/v1/search?name=Berlin')).status).toBe(503);
    const bad = await request(`${server.origin}/__fake/faults`, { method: 'POST', body: '{"latency":5}' });
    expect(bad.statusCode).toBe(400);
    await bad.body.text();
  });
});

describe('local provider: OpenWeatherMap', () => {
  it('sends `cod` as a number for current weather and as a string for the forecast', async () => {
    server = await startFakeProvider();
    const current = await get('/data/2.5/weather?lat=35.69&lon=139.69&appid=k&units=metric');
    const fc = await get('/data/2.5/forecast?lat=35.69&lon=139.69&appid=k&units=metric');
    expect((current.body as { cod: unknown }).cod).toBe(200);
    expect((fc.body as { cod: unknown; list: unknown[] }).cod).toBe('200');
    expect((fc.body as { list: unknown[] }).list).toHaveLength(40);
  });

  it('answers a wrong key with 401 and geocoding with a bare array', async () => {
    server = await startFakeProvider();
    expect((await get('/data/2.5/weather?lat=1&lon=1&appid=bad-key')).status).toBe(401);
    const geo = await get('/geo/1.0/direct?q=London&limit=5&appid=k');
    expect(Array.isArray(geo.body)).toBe(true);
    expect((geo.body as { state: string }[]).map((r) => r.state)).toEqual(['England', 'Ontario']);
  });
});
