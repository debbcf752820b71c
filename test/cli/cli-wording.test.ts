// The CLI speaks for a command that has ended: it never promises that "Skytray will try again".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
beforeAll(async () => {
  server = await startFakeProvider();
});
afterAll(() => server.close());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--forecast-url', server.origin, '--geocoding-url', server.origin, ...args], {}, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('weather CLI wording', () => {
  it('says what to do when the provider is having trouble', async () => {
    server.setFaults({ always: { status: 503 }, pathPrefix: '/v1/forecast' });
    const { code, out, err } = await run(['--json', '52.52,13.41']);
    server.resetFaults();
    expect(code).toBe(1);
    expect(err).toBe('weather: 52.52,13.41: Open-Meteo is having trouble (HTTP 503). Try again in a few minutes.\n');
    expect(out).not.toContain('Skytray will try again');
  });

  it('says when the next try is after a 429, at once', async () => {
    server.setFaults({ rateLimit: { limit: 0, windowMs: 60_000 } });
    const { code, err } = await run(['52.52,13.41']);
    server.resetFaults();
    expect(code).toBe(1);
    expect(err).toMatch(/^weather: 52\.52,13\.41: Rate limited by Open-Meteo; next try at \d\d:\d\d\n$/);
  });
});
