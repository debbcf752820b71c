import { describe, expect, it } from 'vitest';
import { parseOwmSearch, parseOwmWeather } from '../../../main/core/providers/openweathermap-parse.ts';
import { checkCod } from '../../../main/core/providers/openweathermap-read.ts';
import { place } from '../../support/engine.ts';

const current = (cod: unknown = 200): Record<string, unknown> => ({
  coord: { lon: 139.69, lat: 35.69 },
  weather: [{ id: 501, main: 'Rain', description: 'moderate rain', icon: '10d' }],
  base: 'stations',
  main: { temp: 12.3, feels_like: 11.1, temp_min: 11, temp_max: 13, pressure: 1012, humidity: 81 },
  visibility: 10000,
  wind: { speed: 5, deg: 20, gust: 9 },
  rain: { '1h': 1.5 },
  clouds: { all: 90 },
  dt: 1795600800,
  sys: { country: 'JP', sunrise: 1795584000, sunset: 1795620000 },
  timezone: 32400,
  id: 1850147,
  name: 'Tokyo',
  cod,
});

const step = (dt: number, id: number, temp: number, pod: 'd' | 'n', pop = 0.2): Record<string, unknown> => ({
  dt,
  main: { temp, feels_like: temp - 1, humidity: 70 },
  weather: [{ id }],
  wind: { speed: 3, deg: 10 },
  pop,
  sys: { pod },
  dt_txt: '',
});

const forecast = (cod: unknown = '200'): Record<string, unknown> => ({
  cod,
  message: 0,
  cnt: 4,
  list: [step(1795604400, 800, 10, 'd'), step(1795615200, 211, 14, 'd', 0.9), step(1795626000, 500, 8, 'n'), step(1795690800, 600, 2, 'd')],
  city: { id: 1850147, name: 'Tokyo', timezone: 32400 },
});

describe('OpenWeatherMap parsing', () => {
  it('accepts `cod` as a number or as a string', () => {
    expect(() => checkCod({ cod: 200 }, 'r')).not.toThrow();
    expect(() => checkCod({ cod: '200' }, 'r')).not.toThrow();
    expect(() => checkCod({ cod: '404', message: 'city not found' }, 'r')).toThrow(/r\.cod should be 200/);
    expect(() => checkCod({ cod: 401 }, 'r')).toThrow(/r\.cod should be 200/);
  });

  it('combines current weather and the 3-hour forecast, converting m/s to km/h', () => {
    const weather = parseOwmWeather(place('Tokyo'), { current: current(), forecast: forecast() }, 'metric', 7);
    expect(weather.provider).toBe('openweathermap');
    expect(weather.timezone).toBe('Asia/Tokyo');
    expect(weather.hourlyStepHours).toBe(3);
    expect(weather.current).toMatchObject({ temperature: 12.3, windSpeed: 18, windGusts: 32.4, precipitation: 1.5, humidity: 81, isDay: true });
    expect(weather.current.condition.code).toBe('rain');
    expect(weather.hourly[1]?.precipitationProbability).toBe(90);
    // Days are local calendar days; a thunderstorm outweighs the sunshine of the same day.
    expect(weather.daily[0]).toMatchObject({ date: '2026-11-25', temperatureMin: 10, temperatureMax: 14 });
    expect(weather.daily[0]?.condition.code).toBe('thunderstorm');
    expect(weather.daily[1]?.condition.code).toBe('snow');
  });

  it('falls back to the fixed UTC shift when the place has no known time zone', () => {
    const weather = parseOwmWeather({ ...place('Tokyo'), timezone: 'auto' }, { current: current(), forecast: forecast() }, 'imperial', 0);
    expect(weather.timezone).toBe('+09:00');
    expect(weather.current.time).toBe('2026-11-25T19:00:00+09:00');
    expect(weather.current.windSpeed).toBe(5);
    expect(weather.current.precipitation).toBe(0.06);
  });

  it('treats a 200 whose `cod` says otherwise as an error', () => {
    expect(() => parseOwmWeather(place('Tokyo'), { current: current('404'), forecast: forecast() }, 'metric', 0)).toThrow(/weather\.cod/);
  });

  it('reads geocoding as a bare array', () => {
    expect(parseOwmSearch([])).toEqual([]);
    const [found] = parseOwmSearch([{ name: 'London', local_names: { en: 'London' }, lat: 42.98339, lon: -81.23304, country: 'CA', state: 'Ontario' }]);
    expect(found).toMatchObject({ id: 'owm:42.9834,-81.2330', name: 'London', region: 'Ontario', countryCode: 'CA', timezone: 'auto' });
    expect(() => parseOwmSearch({ cod: '400' })).toThrow(/response should be an array/);
  });

  it('starts the days with today late in the evening, from current conditions, labelled by date', () => {
    // 22:30 in Tokyo; the next 3-hour step is already tomorrow's 00:00.
    const evening = Date.UTC(2026, 10, 25, 13, 30) / 1000;
    const tomorrow = Date.UTC(2026, 10, 25, 15) / 1000;
    const cur = {
      ...current(),
      dt: evening,
      weather: [{ id: 800, main: 'Clear', description: 'clear sky', icon: '01n' }],
      main: { temp: 9.5, feels_like: 8, humidity: 60 },
    };
    const fc = { ...forecast(), list: [step(tomorrow, 500, 7, 'n'), step(tomorrow + 10800, 500, 6, 'n'), step(tomorrow + 6 * 3600, 801, 12, 'd')] };
    const weather = parseOwmWeather(place('Tokyo'), { current: cur, forecast: fc }, 'metric', 0);
    expect(weather.daily.map((d) => d.date)).toEqual(['2026-11-25', '2026-11-26']);
    expect(weather.daily[0]).toMatchObject({ temperatureMin: 9.5, temperatureMax: 9.5 });
    expect(weather.daily[0]?.condition.code).toBe('clear');
    expect(weather.daily[1]).toMatchObject({ temperatureMin: 6, temperatureMax: 12, sunrise: null });
  });

  it("folds today's remaining steps into today together with the current conditions", () => {
    const weather = parseOwmWeather(place('Tokyo'), { current: { ...current(), main: { temp: 16.5, humidity: 50 } }, forecast: forecast() }, 'metric', 0);
    expect(weather.daily[0]).toMatchObject({ date: '2026-11-25', temperatureMin: 10, temperatureMax: 16.5 });
    expect(weather.daily[0]?.sunrise).toBe(weather.sunrise);
  });

  it('has no sunrise or sunset when OpenWeatherMap sends 0 (polar day or night)', () => {
    const polar = { ...current(), sys: { country: 'NO', sunrise: 0, sunset: 0 }, weather: [{ id: 600, main: 'Snow', description: 'light snow', icon: '13n' }] };
    const weather = parseOwmWeather({ ...place('Tokyo'), timezone: 'Arctic/Longyearbyen' }, { current: polar, forecast: forecast() }, 'metric', 0);
    expect([weather.sunrise, weather.sunset]).toEqual([null, null]);
    expect(weather.daily.every((d) => d.sunrise === null && d.sunset === null)).toBe(true);
    expect(weather.current.isDay).toBe(false);
  });

  it('has no sunrise or sunset when both are the same moment (polar day or night)', () => {
    const polar = { ...current(), sys: { country: 'NO', sunrise: 1795600000, sunset: 1795600000 } };
    const weather = parseOwmWeather({ ...place('Tokyo'), timezone: 'Arctic/Longyearbyen' }, { current: polar, forecast: forecast() }, 'metric', 0);
    expect([weather.sunrise, weather.sunset]).toEqual([null, null]);
  });
});
