// Places named on the command line are looked up first and then fetched together, in batches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { CITIES } from '../provider/gazetteer.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
beforeAll(async () => {
  server = await startFakeProvider();
});
afterAll(() => server.close());

describe('weather with many places', () => {
  it('costs one forecast request per 10 places', async () => {
    const names = [...new Set(CITIES.map((c) => c.name))].slice(0, 20);
    let out = '';
    const code = await main(
      [
        '--json',
        '--forecast-url',
        server.origin,
        '--geocoding-url',
        server.origin,
        '--air-quality-url',
        server.origin,
        '--nws-url',
        server.origin,
        '--metalerts-url',
        server.origin,
        '--meteoalarm-url',
        server.origin,
        ...names,
      ],
      {},
      { out: (t) => (out += t), err: () => {} },
    );
    expect(code).toBe(0);
    expect((JSON.parse(out) as { query: string }[]).map((e) => e.query)).toEqual(names);
    expect(server.requests.filter((r) => r.path === '/v1/search')).toHaveLength(20);
    expect(server.requests.filter((r) => r.path === '/v1/forecast').map((r) => r.query.get('latitude')?.split(',').length)).toEqual([10, 10]);
  });
});
