// `weather PLACE` asks the geocoder for names in the table's language; --json asks in English, so
// the JSON stays the same in every language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { systemClock } from '../../main/core/clock.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
beforeAll(async () => {
  server = await startFakeProvider();
});
afterAll(async () => {
  await server.close();
});

/** The language the place search was asked in, for one run. */
async function searchLanguageOf(args: string[]): Promise<string | null> {
  const before = server.requests.length;
  const origins = ['--forecast-url', '--geocoding-url', '--air-quality-url', '--nws-url', '--metalerts-url', '--meteoalarm-url'].flatMap((o) => [
    o,
    server.origin,
  ]);
  await main([...origins, ...args, 'Berlin'], {}, { out: () => undefined, err: () => undefined }, systemClock);
  const search = server.requests.slice(before).find((r) => r.path === '/v1/search');
  return search?.query.get('language') ?? null;
}

describe('weather PLACE’s place search', () => {
  it('asks in the language of --lang, as the window does (pt-BR as pt)', async () => {
    expect(await searchLanguageOf(['--lang', 'de'])).toBe('de');
    expect(await searchLanguageOf(['--lang', 'pt-BR'])).toBe('pt');
  });

  it('asks in English for --json, whatever the language', async () => {
    expect(await searchLanguageOf(['--lang', 'de', '--json'])).toBe('en');
  });
});
