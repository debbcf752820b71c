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

const forecast = '/v1/forecast?current=temperature_2m&hourly=temperature_2m&daily=sunrise,sunset&timeformat=unixtime';

describe('local provider: faults', () => {
  it('sends an oversized body without piling up listeners on the response', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      server = await startFakeProvider({ faults: { always: { fault: 'oversized' }, oversizeBytes: 4 * 1024 * 1024 } });
      const res = await request(`${server.origin}/v1/search?name=Berlin`);
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        // A slow reader: the server has to wait for the pipe to drain many times over.
        await new Promise((r) => setImmediate(r));
      }
      expect(size).toBeGreaterThan(4 * 1024 * 1024);
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

describe('local provider: Open-Meteo', () => {
  it('answers one place with an object and several with an array, in request order', async () => {
    server = await startFakeProvider();
    const one = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    expect(Array.isArray(one.body)).toBe(false);
    const two = await get(`${forecast}&latitude=52.52,48.85&longitude=13.41,2.35&timezone=Europe/Berlin,Europe/Paris`);
    expect((two.body as { timezone: string }[]).map((l) => l.timezone)).toEqual(['Europe/Berlin', 'Europe/Paris']);
  });

  it('gives the same weather for the same place and hour, and 7 days', async () => {
    server = await startFakeProvider({ now: () => Date.UTC(2026, 10, 25, 12) });
    const a = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    const b = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    expect(a.body).toEqual(b.body);
    expect((a.body as { daily: { time: number[] } }).daily.time).toHaveLength(7);
  });

  it('writes every daily time at the offset of the request, as Open-Meteo does across a DST change', async () => {
    // Two days before Europe's switch to summer time on 2026-03-29 (open-meteo/open-meteo#261, #1545).
    server = await startFakeProvider({ now: () => Date.UTC(2026, 2, 27, 12) });
    const res = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=Europe/Berlin`);
    const body = res.body as { utc_offset_seconds: number; daily: { time: number[] } };
    expect(body.utc_offset_seconds).toBe(3600);
    const days = body.daily.time;
    expect(days.slice(1).map((t, i) => t - days[i]!)).toEqual(Array(6).fill(86_400));
    expect(days.map((t) => new Date((t + 3600) * 1000).toISOString())).toContain('2026-03-30T00:00:00.000Z');
    // Read through the zone, the "midnight" after the switch is 01:00 summer time.
    const hour = (t: number): string => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(t * 1000);
    expect(days.map(hour)).toEqual(['00', '00', '00', '01', '01', '01', '01']);
  });

  it('marks polar night and day in sunrise and sunset as Open-Meteo does (open-meteo/open-meteo#844)', async () => {
    server = await startFakeProvider({ now: () => Date.UTC(2026, 11, 21, 12) });
    const res = await get(`${forecast}&latitude=78.22,-78.16&longitude=15.65,16.41&timezone=UTC`);
    const [north, south] = (res.body as { daily: { time: number[]; sunrise: number[]; sunset: number[] } }[]).map((l) => l.daily);
    expect([north?.sunrise[0], north?.sunset[0]]).toEqual([north?.time[0], north?.time[0]]);
    expect([south?.sunrise[0], south?.sunset[0]]).toEqual([south?.time[0], (south?.time[0] ?? 0) + 86_400]);
  });

  it('sends location_id from the second location on, never for the first', async () => {
    server = await startFakeProvider();
    const three = await get(`${forecast}&latitude=52.52,48.85,35.69&longitude=13.41,2.35,139.69&timezone=auto`);
    const ids = (three.body as Record<string, unknown>[]).map((l) => l['location_id']);
    expect(ids).toEqual([undefined, 1, 2]);
    const one = await get(`${forecast}&latitude=52.52&longitude=13.41&timezone=auto`);
    expect(one.body).not.toHaveProperty('location_id');
  });

  it('appends a late error to a 200 body mid-stream, as its streaming writer does', async () => {
    server = await startFakeProvider({ faults: { always: { fault: 'append-text' } } });
    const res = await get(`${forecast}&latitude=52.52,48.85&longitude=13.41,2.35&timezone=auto`);
    expect(res.status).toBe(200);
    expect(typeof res.body).toBe('string');
    expect(res.body as string).toMatch(/^\[\{"latitude":52\.52.*Unexpected error while streaming data: Timeout$/s);
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
    expect(statuses.sort((a, b) => a - b)).toEqual([200, 200, 200, 200, 200, 429]);
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
  it('gives 40 steps of 3 hours from the next boundary, so the last day ends part way', async () => {
    const now = Date.UTC(2026, 10, 25, 10, 20);
    server = await startFakeProvider({ now: () => now });
    const fc = (await get('/data/2.5/forecast?lat=51.51&lon=-0.13&appid=k&units=metric')).body as { list: { dt: number }[] };
    expect(fc.list).toHaveLength(40);
    expect(fc.list[0]?.dt).toBe(Date.UTC(2026, 10, 25, 12) / 1000);
    expect(fc.list.at(-1)?.dt).toBe(Date.UTC(2026, 10, 30, 9) / 1000);
  });

  it('answers errors with `cod` as a number or a string, as each real error does', async () => {
    server = await startFakeProvider({ faults: { script: [{ status: 404 }, { status: 429 }, { status: 400 }] } });
    const bodies = [];
    for (let i = 0; i < 3; i++) bodies.push((await get('/data/2.5/weather?lat=1&lon=1&appid=k')).body);
    expect(bodies).toEqual([
      { cod: '404', message: 'city not found' },
      { cod: 429, message: expect.stringContaining('Your account is temporary blocked') },
      { cod: '400', message: 'wrong latitude' },
    ]);
    expect((await get('/data/2.5/weather?lat=1&lon=1&appid=bad-key')).body).toMatchObject({ cod: 401 });
  });

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
