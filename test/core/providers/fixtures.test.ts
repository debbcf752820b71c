// The parsers over recorded real answers of each endpoint Skytray uses (sources in test/fixtures/README.md).
// Values checked here are read off the fixture files themselves.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeatherError } from '../../../main/core/errors.ts';
import { getJson } from '../../../main/core/http/get-json.ts';
import { createOpenMeteo } from '../../../main/core/providers/open-meteo.ts';
import { parseForecast, splitForecastResponse } from '../../../main/core/providers/open-meteo-forecast.ts';
import { parseSearch } from '../../../main/core/providers/open-meteo-geocoding.ts';
import { createOpenWeatherMap } from '../../../main/core/providers/openweathermap.ts';
import { combineOwm, parseOwmSearch } from '../../../main/core/providers/openweathermap-parse.ts';
import { checkCod, readOwmCurrent, readOwmForecast } from '../../../main/core/providers/openweathermap-read.ts';
import type { WeatherProvider } from '../../../main/core/providers/provider.ts';
import { place } from '../../support/engine.ts';

const text = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const fixture = (name: string): unknown => JSON.parse(text(name));

describe('Open-Meteo recorded answers', () => {
  it('forecast for one place: current values, and days named by their local date', () => {
    const weather = parseForecast(fixture('open-meteo/forecast-lisbon.json'), 'metric', 0);
    expect(weather.timezone).toBe('Europe/Lisbon');
    expect(weather.current).toMatchObject({
      time: '2024-01-26T10:15:00+00:00',
      temperature: 12.1,
      humidity: 83,
      windSpeed: 5.9,
      windDirection: 38,
      isDay: true,
      feelsLike: null,
      windGusts: null,
    });
    expect(weather.current.condition.code).toBe('overcast');
    expect(weather.daily.map((d) => d.date)).toEqual(['2024-01-26', '2024-01-27', '2024-01-28', '2024-01-29', '2024-01-30', '2024-01-31', '2024-02-01']);
    expect(weather.daily[3]).toMatchObject({ temperatureMax: 17.3, temperatureMin: 10.3, precipitationProbabilityMax: 16, precipitationSum: null });
    expect(weather.daily[3]?.condition.code).toBe('drizzle');
    // This answer asked for no hourly values: there are none, rather than a failure.
    expect(weather.hourly).toEqual([]);
  });

  it('forecast for two places: an array in order, location_id only on the second', () => {
    const json = fixture('open-meteo/forecast-two-locations.json');
    const [first, second] = splitForecastResponse(json, 2) as Record<string, unknown>[];
    expect(first).not.toHaveProperty('location_id');
    expect(second?.['location_id']).toBe(1);
  });

  it('forecast for two places without the current block we ask for: a malformed error for each place', async () => {
    const json = fixture('open-meteo/forecast-two-locations.json');
    const results = await createOpenMeteo().forecast(
      [place('Berlin'), place('Paris')],
      'metric',
      async (_url, parse) => parse(json),
      () => 0,
    );
    expect(results.map((r) => (r instanceof WeatherError ? r.code : 'weather'))).toEqual(['malformed', 'malformed']);
    expect((results[1] as WeatherError).describe()).toContain('response[1].current should be an object');
  });

  it('geocoding hit and miss', () => {
    expect(parseSearch(fixture('open-meteo/geocoding-cordoba.json'))).toEqual([
      {
        id: 'open-meteo:3860259',
        name: 'Córdoba',
        region: 'Cordoba',
        country: 'Argentina',
        countryCode: 'AR',
        latitude: -31.4135,
        longitude: -64.18105,
        timezone: 'America/Argentina/Cordoba',
        population: 1428214,
      },
    ]);
    expect(parseSearch(fixture('open-meteo/geocoding-miss.json'))).toEqual([]);
  });
});

describe('OpenWeatherMap recorded answers', () => {
  it('current weather, in our units, and combined into today', () => {
    const current = readOwmCurrent(fixture('openweathermap/weather-lagos.json'), 'metric');
    expect(current).toMatchObject({
      shift: 3600,
      dt: 1642362116,
      temperature: 26.48,
      humidity: 81,
      windSpeed: 9.6,
      windGusts: 24.6,
      conditionId: 804,
      isDay: false,
    });
    const weather = combineOwm(place('Lagos'), current, [], 'metric', 0);
    expect(weather.current.time).toBe('2022-01-16T20:41:56+01:00');
    expect(weather.current.condition.code).toBe('overcast');
    expect(weather.daily).toHaveLength(1);
    expect(weather.daily[0]).toMatchObject({ date: '2022-01-16', sunrise: '2022-01-16T07:01:02+01:00', sunset: '2022-01-16T18:47:56+01:00' });
  });

  it('5 day / 3 hour forecast, whose cod is a string and whose older steps have no pop', () => {
    const json = fixture('openweathermap/forecast-ashburn.json') as Record<string, unknown>;
    expect(json['cod']).toBe('200');
    const steps = readOwmForecast(json, 'metric');
    expect(steps).toHaveLength(16);
    expect(steps[0]).toEqual({
      dt: 1586142000,
      temperature: 14.34,
      feelsLike: 13.44,
      precipitation: 0.79,
      precipitationProbability: null,
      windSpeed: 7.6,
      conditionId: 500,
      isDay: false,
    });
    expect(steps[12]).toMatchObject({ precipitation: 2.06, isDay: true });
    expect(readOwmForecast(json, 'imperial')[12]?.precipitation).toBe(0.08);
  });

  it('geocoding: a bare array, with state only for some countries', () => {
    const places = parseOwmSearch(fixture('openweathermap/geocoding-london.json'));
    expect(places).toHaveLength(5);
    expect(places[0]).toMatchObject({ name: 'London', region: null, countryCode: 'GB', latitude: 51.5085, longitude: -0.1257 });
    expect(places.map((p) => p.region)).toEqual([null, null, 'OH', 'KY', 'CA']);
  });

  it('an error body inside a 200 is still an error, whether cod is a number or a string', () => {
    expect(() => checkCod(fixture('openweathermap/error-401.json') as Record<string, unknown>, 'weather')).toThrow(/weather\.cod should be 200/);
    expect(() => checkCod(fixture('openweathermap/error-404.json') as Record<string, unknown>, 'weather')).toThrow(/weather\.cod should be 200/);
  });
});

/** Each error fixture served with the status it came with, read by the real HTTP path. */
describe('error answers become typed errors', () => {
  const routes: Record<string, [number, string]> = {
    '/om/400': [400, 'open-meteo/error-400.json'],
    '/om/429': [429, 'open-meteo/error-429.json'],
    '/owm/401': [401, 'openweathermap/error-401.json'],
    '/owm/404': [404, 'openweathermap/error-404.json'],
    '/owm/429': [429, 'openweathermap/error-429.json'],
  };
  let server: Server;
  let origin = '';
  const dispatcher = new Agent();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const [status, name] = routes[req.url ?? ''] ?? [500, 'open-meteo/error-400.json'];
      res.writeHead(status, { 'content-type': 'application/json' }).end(text(name));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await dispatcher.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function failure(path: string, provider: WeatherProvider): Promise<WeatherError> {
    const error = await getJson(new URL(path, origin), {
      dispatcher,
      signal: new AbortController().signal,
      userAgent: 'Skytray-test',
      providerLabel: provider.label,
      now: () => 0,
      explain: (status, body) => provider.explain(status, body),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WeatherError);
    return error as WeatherError;
  }

  it('Open-Meteo 400 with its reason, and 429', async () => {
    const openMeteo = createOpenMeteo();
    const bad = await failure('/om/400', openMeteo);
    expect(bad).toMatchObject({
      code: 'bad-request',
      status: 400,
      message: 'Open-Meteo rejected the request: Cannot initialize WeatherVariable from invalid String value tempeture_2m for key hourly.',
    });
    const limited = await failure('/om/429', openMeteo);
    expect(limited).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(limited.message).toContain('Minutely API request limit exceeded');
    expect(limited.retryable).toBe(true);
  });

  it('OpenWeatherMap 401, 404 and 429', async () => {
    const owm = createOpenWeatherMap({ apiKey: 'k', origin });
    expect(await failure('/owm/401', owm)).toMatchObject({ code: 'auth', status: 401 });
    const missing = await failure('/owm/404', owm);
    expect(missing).toMatchObject({ code: 'not-found', message: 'OpenWeatherMap does not know this place (404): city not found.' });
    expect(await failure('/owm/429', owm)).toMatchObject({ code: 'rate-limited', status: 429 });
  });
});
