// The CLI speaks for a command that has ended: it never promises that "Skytray will try again".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
let dir: string;
beforeAll(async () => {
  server = await startFakeProvider();
  dir = mkdtempSync(join(tmpdir(), 'skytray-cli-wording-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    [
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
      ...args,
    ],
    {},
    { out: (t) => (out += t), err: (t) => (err += t) },
  );
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
    expect(err).toMatch(/^weather: 52\.52,13\.41: Rate limited by Open-Meteo; next try at \d{1,2}:\d\d(?: [AP]M)?\n$/);
  });

  it('uses its own words in the JSON of refresh too', async () => {
    const db = join(dir, 'a.db');
    expect((await run(['--db', db, 'favourites', 'add', 'Oslo'])).code).toBe(0);
    server.setFaults({ always: { status: 503 }, pathPrefix: '/v1/forecast' });
    const refreshed = await run(['--db', db, '--json', 'refresh']);
    server.resetFaults();
    expect(refreshed.code).toBe(1);
    const summary = JSON.parse(refreshed.out) as { failed: { error: { message: string } }[] };
    expect(summary.failed.map((f) => f.error.message)).toEqual(['Open-Meteo is having trouble (HTTP 503). Try again in a few minutes.']);
  });
});
