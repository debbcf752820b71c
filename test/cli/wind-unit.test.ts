// `--wind-unit`: wind in km/h, m/s or mph whatever the units, asked of the provider, written by the
// Wording in the table and kept under the same field names in JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../main/cli/cli-args.ts';
import { formatTable } from '../../main/cli/format-table.ts';
import { settingsOverrides } from '../../main/cli/store-commands.ts';
import { main } from '../../main/cli/weather.ts';
import { unitsFor, type Weather } from '../../main/core/model/model.ts';
import { forecastUrl, parseForecast } from '../../main/core/providers/open-meteo-forecast.ts';
import { en } from '../../main/wording/messages/en.ts';
import { createWording } from '../../main/wording/wording.ts';
import { forecast } from '../provider/open-meteo-routes.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { place } from '../support/engine.ts';

let server: FakeProvider;
beforeAll(async () => {
  server = await startFakeProvider();
});
afterAll(() => server.close());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const origins = ['--forecast-url', '--geocoding-url', '--air-quality-url', '--nws-url', '--metalerts-url', '--meteoalarm-url'].flatMap((o) => [
    o,
    server.origin,
  ]);
  const code = await main([...origins, ...args], {}, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const HELSINKI = place('Helsinki');
const NOW = Date.UTC(2026, 10, 25, 12, 0);

function helsinkiIn(wind: 'm/s' | null): Weather {
  const units = unitsFor('metric', wind);
  return parseForecast(forecast(forecastUrl(new URL('http://127.0.0.1'), [HELSINKI], units).searchParams, NOW).body, units, NOW);
}

/** The wind cell of the one data row (Place, Local time, Temp, Feels, Condition, Wind, ...). */
const windCell = (table: string): string => (table.split('\n')[1] ?? '').split(/ {2,}/)[5] ?? '';

describe('the table writes wind in m/s through the Wording', () => {
  it.each(['en', 'de'] as const)('in %s', (locale) => {
    const weather = helsinkiIn('m/s');
    const table = formatTable([{ place: HELSINKI, weather }], createWording(locale));
    expect(windCell(table)).toMatch(/^\d+ m\/s( \S+)?$/);
    // The same wind the km/h answer gives, told in m/s.
    const kmh = helsinkiIn(null).current.windSpeed ?? NaN;
    expect(Math.abs((weather.current.windSpeed ?? NaN) - kmh / 3.6)).toBeLessThanOrEqual(0.07);
  });
});

describe('weather --wind-unit', () => {
  it('asks Open-Meteo for m/s and shows it, with the temperature still metric', async () => {
    server.clearLog();
    const { code, out, err } = await run(['--wind-unit', 'm/s', '60.17,24.94']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(server.requests.filter((r) => r.path === '/v1/forecast').map((r) => r.query.get('wind_speed_unit'))).toEqual(['ms']);
    expect(windCell(out)).toMatch(/^\d+ m\/s/);
    expect(out).toContain('°C');
  });

  it('keeps the JSON field names; units.windSpeed says the unit', async () => {
    const { code, out } = await run(['--json', '--units', 'imperial', '--wind-unit', 'm/s', '60.17,24.94']);
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as { weather: { units: unknown; current: Record<string, unknown> } }[];
    expect(entry?.weather.units).toEqual({ system: 'imperial', temperature: '°F', windSpeed: 'm/s', precipitation: 'in' });
    expect(entry?.weather.current).toHaveProperty('windSpeed');
    expect(entry?.weather.current).toHaveProperty('windGusts');
  });

  it('is a usage error for a unit it does not know, and asks no provider', async () => {
    server.clearLog();
    const { code, err } = await run(['--wind-unit', 'knots', 'Berlin']);
    expect(code).toBe(2);
    expect(err).toContain(en['cli.usage.windUnit'].replace('{units}', 'km/h, m/s, mph').replace('{value}', 'knots'));
    expect(server.requests).toHaveLength(0);
  });

  it('overrides the saved setting for this run only, as --units does', () => {
    expect(settingsOverrides(parseCli(['--wind-unit', 'mph', 'refresh'], {}))).toEqual({ windUnit: 'mph' });
    expect(settingsOverrides(parseCli(['refresh'], {}))).toEqual({});
  });

  it('lists --wind-unit in the help', async () => {
    const { out } = await run(['--help']);
    expect(out).toContain('--wind-unit UNIT');
  });
});
