import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
beforeAll(async () => {
  server = await startFakeProvider();
});
afterAll(() => server.close());

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, env, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

// Warnings and air quality also come from 127.0.0.1: the local provider serves air quality, and
// answers 404 for the warnings services.
const extras = (): string[] => [
  '--air-quality-url',
  server.origin,
  '--nws-url',
  server.origin,
  '--metalerts-url',
  server.origin,
  '--meteoalarm-url',
  server.origin,
];
const local = (): string[] => ['--forecast-url', server.origin, '--geocoding-url', server.origin, ...extras()];

describe('weather CLI', () => {
  it('prints a table for places given by name and by coordinates, and exits 0', async () => {
    server.resetFaults();
    const { code, out, err } = await run([...local(), 'Berlin', 'Springfield, Illinois', '35.68,139.69']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^Place\s+Local time\s+Temp/);
    expect(out).toContain('Berlin, Land Berlin, DE');
    expect(out).toContain('Springfield, Illinois, US');
    expect(out).toContain('35.68, 139.69');
    expect(out).toContain('Weather data by Open-Meteo.com (CC BY 4.0)');
  });

  it('prints the normalised model as JSON with --json', async () => {
    server.resetFaults();
    const { code, out } = await run([...local(), '--json', '--units', 'imperial', 'Paris, Texas']);
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as {
      query: string;
      place: { region: string };
      weather: { units: { temperature: string }; hourly: unknown[]; daily: unknown[] };
      error: null;
    }[];
    expect(entry?.query).toBe('Paris, Texas');
    expect(entry?.place.region).toBe('Texas');
    expect(entry?.weather.units.temperature).toBe('°F');
    expect(entry?.weather.hourly).toHaveLength(48);
    expect(entry?.weather.daily).toHaveLength(7);
    expect(entry?.error).toBeNull();
  });

  it('reports each failed place, still prints the others, and exits 1', async () => {
    server.resetFaults();
    const { code, out, err } = await run([...local(), 'Berlin', 'Atlantis']);
    expect(code).toBe(1);
    expect(out).toContain('Berlin');
    expect(err).toBe('weather: Atlantis: No place called "Atlantis" was found.\n');
  });

  it('exits 1 with a clear message when the provider keeps sending malformed data', async () => {
    server.setFaults({ always: { fault: 'append-text' }, pathPrefix: '/v1/forecast' });
    const { code, out, err } = await run([...local(), '--json', 'Oslo']);
    server.resetFaults();
    expect(code).toBe(1);
    expect((JSON.parse(out) as { error: unknown }[])[0]?.error).toEqual({
      code: 'malformed',
      message: 'Open-Meteo sent a response that could not be read.',
      provider: 'Open-Meteo',
      status: 200,
    });
    expect(err).toContain('Oslo: Open-Meteo sent data Skytray does not understand.');
  });

  it('uses OpenWeatherMap with a key from the environment, and explains a rejected key', async () => {
    server.resetFaults();
    const ok = await run([...local(), '--provider', 'openweathermap', 'Tokyo'], { SKYTRAY_OWM_API_KEY: 'good-key' });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Weather data by OpenWeather');
    const bad = await run([...local(), '--provider', 'openweathermap', '--api-key', 'bad-key', 'Tokyo']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('OpenWeatherMap rejected the API key (401). Check the key in Settings; new keys can take up to 2 hours to activate.');
    const none = await run([...local(), '--provider', 'openweathermap', 'Tokyo']);
    expect(none.code).toBe(1);
    expect(none.err).toContain('SKYTRAY_OWM_API_KEY');
  });

  it.each([
    [['--units', 'kelvin', 'Berlin'], '--units must be metric or imperial, got "kelvin"'],
    [['--provider', 'met-office', 'Berlin'], '--provider must be one of open-meteo, openweathermap'],
    [['--colour', 'Berlin'], 'unknown option "--colour"'],

    [['--forecast-url', 'ftp://example.org', 'Berlin'], 'must use http or https'],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('as a real process: exit status 1 and no stack trace for an expected failure', async () => {
    server.setFaults({ always: { status: 503 } });
    const entry = fileURLToPath(new URL('../../main/cli/weather.ts', import.meta.url));
    const child = spawn(process.execPath, [entry, ...local(), 'Berlin'], { env: { PATH: process.env['PATH'] ?? '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    server.resetFaults();
    expect(code).toBe(1);
    expect(stderr).toContain('Open-Meteo is having trouble (HTTP 503)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
