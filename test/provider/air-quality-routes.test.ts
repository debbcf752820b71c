// The air-quality stand-in over a real socket, read by Skytray's parser: batches, the one-place wart,
// pollen only in Europe, and the API's own refusals.
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { WeatherError } from '../../main/core/errors.ts';
import { airQualityUrl, parseAirQualityBatch, type AirQuality } from '../../main/core/providers/air-quality.ts';
import { startFakeProvider, type FakeProvider } from './fake-provider.ts';

let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const berlin = { name: 'Berlin', latitude: 52.52, longitude: 13.41 };
const denver = { name: 'Denver', latitude: 39.74, longitude: -104.99 };
const lisbon = { name: 'Lisbon', latitude: 38.72, longitude: -9.14 };

async function getJson(url: URL): Promise<{ status: number; body: unknown }> {
  const res = await request(url);
  return { status: res.statusCode, body: JSON.parse(await res.body.text()) };
}

describe('air-quality stand-in', () => {
  it('answers three places in one request, in order, with pollen only where CAMS Europe has it', async () => {
    server = await startFakeProvider({ now: () => Date.parse('2026-04-20T10:30:00Z') });
    const places = [berlin, denver, lisbon];
    const { status, body } = await getJson(airQualityUrl(new URL(server.origin), places, { pollen: true }));
    expect(status).toBe(200);
    expect(Array.isArray(body)).toBe(true);
    const results = parseAirQualityBatch(body, places) as AirQuality[];
    expect(results.map((r) => r instanceof WeatherError)).toEqual([false, false, false]);
    expect(results.map((r) => [r.latitude, r.longitude])).toEqual([
      [52.5, 13.4],
      [39.7, -105],
      [38.7, -9.1],
    ]);
    expect(results.map((r) => r.time)).toEqual(Array(3).fill('2026-04-20T10:00:00.000Z'));
    expect(Object.keys(results[0]?.pollen ?? {})).toHaveLength(6);
    expect(results[1]?.pollen).toEqual({});
    expect(results.every((r) => r.europeanCategory !== null && r.usCategory !== null)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('one place is a plain object, as the real API sends it', async () => {
    server = await startFakeProvider();
    const { body } = await getJson(airQualityUrl(new URL(server.origin), [berlin], { pollen: false }));
    expect(Array.isArray(body)).toBe(false);
    expect(parseAirQualityBatch(body, [berlin])[0]).not.toBeInstanceOf(WeatherError);
  });

  it('refuses an unknown variable or a mismatched coordinate list with 400 and a reason', async () => {
    server = await startFakeProvider();
    const unknown = await getJson(new URL('/v1/air-quality?latitude=1&longitude=2&current=smog', server.origin));
    expect(unknown).toEqual({ status: 400, body: { error: true, reason: 'Cannot initialize CamsVariable from invalid String value smog.' } });
    expect((await getJson(new URL('/v1/air-quality?latitude=1,2&longitude=2', server.origin))).status).toBe(400);
  });

  it("a bad last entry costs that place only (the local provider's bad-entry fault)", async () => {
    server = await startFakeProvider({ faults: { always: { fault: 'bad-entry' }, pathPrefix: '/v1/air-quality' } });
    const { body } = await getJson(airQualityUrl(new URL(server.origin), [berlin, lisbon], { pollen: false }));
    expect(parseAirQualityBatch(body, [berlin, lisbon]).map((r) => r instanceof WeatherError)).toEqual([false, true]);
  });
});
