// Wind in the unit asked for: km/h, mph or m/s, whatever the unit system, from both providers.
// Open-Meteo is asked for it (`wind_speed_unit`); OpenWeatherMap sends m/s with `units=metric` and
// mph with `units=imperial`, which come through untouched, and anything else is converted.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openMeteoRequestWeight } from '../../../main/core/fetch/call-budget-weight.ts';
import { unitsFor } from '../../../main/core/model/model.ts';
import { forecastUrl } from '../../../main/core/providers/open-meteo-forecast.ts';
import { readOwmCurrent, readOwmForecast } from '../../../main/core/providers/openweathermap-read.ts';
import { place, startTestEngine, type TestEngine } from '../../support/engine.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const ORIGIN = new URL('https://api.open-meteo.com');

let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('Open-Meteo: wind_speed_unit', () => {
  it.each([
    ['metric', null, null],
    ['metric', 'm/s', 'ms'],
    ['metric', 'mph', 'mph'],
    ['imperial', null, 'mph'],
    ['imperial', 'm/s', 'ms'],
    ['imperial', 'km/h', null], // kmh is Open-Meteo's default
  ] as const)('%s with %s wind asks for wind_speed_unit=%s', (system, wind, param) => {
    const q = forecastUrl(ORIGIN, [place('Berlin')], unitsFor(system, wind)).searchParams;
    expect(q.get('wind_speed_unit')).toBe(param);
    expect(q.get('temperature_unit')).toBe(system === 'imperial' ? 'fahrenheit' : null);
  });

  it('costs the same calls in every wind unit', () => {
    const weigh = (wind: 'm/s' | 'mph' | null): number => openMeteoRequestWeight(forecastUrl(ORIGIN, [place('Berlin')], unitsFor('metric', wind)));
    expect([weigh('m/s'), weigh('mph')]).toEqual([weigh(null), weigh(null)]);
    expect(weigh(null)).toBeCloseTo(2.7, 10);
  });

  it('the stand-in answers m/s for wind_speed_unit=ms: the same wind as in km/h, divided by 3.6', async () => {
    engine = await startTestEngine();
    const [kmh] = await engine.client.fetcher.getWeather([place('Helsinki')], { units: 'metric' });
    const [ms] = await engine.client.fetcher.getWeather([place('Helsinki')], { units: unitsFor('metric', 'm/s') });
    const asked = engine.server.requests.filter((r) => r.path === '/v1/forecast').map((r) => r.query.get('wind_speed_unit'));
    expect(asked).toEqual([null, 'ms']);
    if (!kmh?.ok || !ms?.ok) throw new Error('both fetches should succeed');
    expect(ms.weather.units).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'm/s', precipitation: 'mm' });
    expect(ms.weather.current.temperature).toBe(kmh.weather.current.temperature);
    const kmhWind = kmh.weather.hourly.map((h) => h.windSpeed ?? NaN);
    const msWind = ms.weather.hourly.map((h) => h.windSpeed ?? NaN);
    // Both rounded to a tenth by the service: within 0.05 m/s plus the km/h value's own rounding.
    msWind.forEach((v, i) => expect(Math.abs(v - (kmhWind[i] ?? NaN) / 3.6)).toBeLessThanOrEqual(0.07));
  });

  it('the stand-in refuses a wind unit Open-Meteo does not know, as Open-Meteo does', async () => {
    engine = await startTestEngine();
    const url = forecastUrl(new URL(engine.server.origin), [place('Helsinki')], 'metric');
    url.searchParams.set('wind_speed_unit', 'm/s');
    const response = await fetch(url);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: boolean; reason: string };
    expect(body.error).toBe(true);
    expect(body.reason).toContain('wind_speed_unit');
  });
});

describe('OpenWeatherMap: metres per second as sent', () => {
  it('a recorded answer in units=metric keeps its m/s untouched', () => {
    // weather-lagos.json: "wind": {"speed": 2.68, "deg": 226, "gust": 6.84}
    const current = readOwmCurrent(fixture('openweathermap/weather-lagos.json'), unitsFor('metric', 'm/s'));
    expect(current).toMatchObject({ windSpeed: 2.68, windDirection: 226, windGusts: 6.84 });
    // forecast-ashburn.json: the first steps' wind.speed are 2.1, 2.12 and 3.26.
    const steps = readOwmForecast(fixture('openweathermap/forecast-ashburn.json'), unitsFor('metric', 'm/s'));
    expect(steps.slice(0, 3).map((s) => s.windSpeed)).toEqual([2.1, 2.12, 3.26]);
  });

  it('converts the same answer for km/h and mph, to a tenth', () => {
    expect(readOwmCurrent(fixture('openweathermap/weather-lagos.json'), 'metric').windSpeed).toBe(9.6);
    expect(readOwmCurrent(fixture('openweathermap/weather-lagos.json'), unitsFor('metric', 'mph')).windSpeed).toBe(6);
  });

  it('mph asked with units=imperial comes through; m/s from imperial is converted', () => {
    const imperial = { ...(fixture('openweathermap/weather-lagos.json') as object), wind: { speed: 10, deg: 90 } };
    expect(readOwmCurrent(imperial, 'imperial').windSpeed).toBe(10);
    expect(readOwmCurrent(imperial, unitsFor('imperial', 'm/s')).windSpeed).toBe(4.5);
  });

  it('asks OpenWeatherMap in the unit system only: m/s is what units=metric sends', async () => {
    engine = await startTestEngine({ provider: 'openweathermap', apiKey: 'key' });
    const [result] = await engine.client.fetcher.getWeather([place('Oslo')], { units: unitsFor('metric', 'm/s') });
    const asked = engine.server.requests.filter((r) => r.path === '/data/2.5/weather').map((r) => r.query.get('units'));
    expect(asked).toEqual(['metric']);
    if (!result?.ok) throw new Error('the fetch should succeed');
    expect(result.weather.units.windSpeed).toBe('m/s');
  });
});
