import { describe, expect, it } from 'vitest';
import { WeatherError } from '../../../main/core/errors.ts';
import { createOpenMeteo } from '../../../main/core/providers/open-meteo.ts';
import type { JsonGet } from '../../../main/core/providers/provider.ts';
import { ShapeError } from '../../../main/core/providers/json-shape.ts';
import { forecastUrl, parseForecast, splitForecastResponse } from '../../../main/core/providers/open-meteo-forecast.ts';
import { parseSearch } from '../../../main/core/providers/open-meteo-geocoding.ts';
import { place } from '../../support/engine.ts';

// The shape Open-Meteo sends for `timeformat=unixtime` (trimmed to 3 hours and 2 days).
function berlin(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    latitude: 52.52,
    longitude: 13.419998,
    generationtime_ms: 0.123,
    utc_offset_seconds: 3600,
    timezone: 'Europe/Berlin',
    timezone_abbreviation: 'GMT+1',
    elevation: 38,
    current_units: { time: 'unixtime', interval: 'seconds', temperature_2m: '°C' },
    current: {
      time: 1795600800,
      interval: 900,
      temperature_2m: 3.4,
      apparent_temperature: 0.1,
      relative_humidity_2m: 87,
      is_day: 1,
      precipitation: 0.2,
      weather_code: 61,
      wind_speed_10m: 14.8,
      wind_direction_10m: 250,
      wind_gusts_10m: 31.3,
    },
    hourly_units: { time: 'unixtime' },
    hourly: {
      time: [1795600800, 1795604400, 1795608000],
      temperature_2m: [3.4, 3.9, null],
      apparent_temperature: [0.1, 0.6, null],
      precipitation_probability: [70, 45, null],
      precipitation: [0.2, 0, null],
      weather_code: [61, 3, null],
      wind_speed_10m: [14.8, 13.1, null],
      is_day: [1, 1, 0],
    },
    daily_units: { time: 'unixtime' },
    daily: {
      time: [1795561200, 1795647600],
      weather_code: [61, 3],
      temperature_2m_max: [5.1, 4.2],
      temperature_2m_min: [-0.4, 1.1],
      precipitation_sum: [1.2, 0],
      precipitation_probability_max: [80, 20],
      wind_speed_10m_max: [22.3, 18],
      sunrise: [1795589443, 1795675923],
      sunset: [1795618123, 1795704480],
    },
    ...overrides,
  };
}

describe('Open-Meteo forecast parsing', () => {
  it('parses one place, sent as a plain object, into the normalised model in local time', () => {
    const [item] = splitForecastResponse(berlin(), 1);
    const weather = parseForecast(item, 'metric', 42);
    expect(weather.provider).toBe('open-meteo');
    expect(weather.fetchedAt).toBe(42);
    expect(weather.units).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'km/h', precipitation: 'mm' });
    expect(weather.current).toMatchObject({
      time: '2026-11-25T11:00:00+01:00',
      temperature: 3.4,
      feelsLike: 0.1,
      humidity: 87,
      windSpeed: 14.8,
      windDirection: 250,
      windGusts: 31.3,
      precipitation: 0.2,
      precipitationProbability: 70,
      isDay: true,
    });
    expect(weather.current.condition).toEqual({ code: 'rain', text: 'Rain', icon: 'rain', severe: false });
    expect(weather.daily.map((d) => d.date)).toEqual(['2026-11-25', '2026-11-26']);
    expect(weather.sunrise).toMatch(/^2026-11-25T0\d:\d\d:\d\d\+01:00$/);
    expect(weather.hourly).toHaveLength(3);
  });

  it("takes today's sunrise and sunset from the day dated today, not from the first day", () => {
    const late = berlin();
    const daily = late['daily'] as Record<string, unknown>;
    // The answer starts a day earlier (as with past_days=1): the first day is yesterday.
    daily['time'] = [1795474800, 1795561200];
    daily['sunrise'] = [1795503000, 1795589443];
    daily['sunset'] = [1795531700, 1795618123];
    const weather = parseForecast(late, 'metric', 0);
    expect(weather.daily.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-25']);
    expect(weather.sunrise?.slice(0, 10)).toBe('2026-11-25');
    expect(weather.sunset).toBe(weather.daily[1]?.sunset);
  });

  it('keeps nulls in series as missing values, never as zero', () => {
    const weather = parseForecast(berlin(), 'metric', 0);
    expect(weather.hourly[2]).toMatchObject({ temperature: null, precipitation: null, precipitationProbability: null });
    expect(weather.hourly[2]?.condition.code).toBe('unknown');
  });

  it('parses several places, sent as an array in request order', () => {
    const paris = berlin({ latitude: 48.86, longitude: 2.35, timezone: 'Europe/Paris' });
    const items = splitForecastResponse([berlin(), paris], 2);
    expect(items.map((item, i) => parseForecast(item, 'metric', 0, `response[${i}]`).latitude)).toEqual([52.52, 48.86]);
  });

  it('rejects an array for one place, an object for several, and a count that does not match', () => {
    expect(() => splitForecastResponse([berlin()], 1)).toThrow(/response should be an object/);
    expect(() => splitForecastResponse(berlin(), 2)).toThrow(/response should be an array/);
    expect(() => splitForecastResponse([berlin()], 2)).toThrow(/should be 2 locations/);
  });

  it('names the exact path of a value that is wrong', () => {
    const bad = berlin();
    (bad['hourly'] as Record<string, unknown>)['temperature_2m'] = [3.4, 'warm', 1];
    expect(() => parseForecast(bad, 'metric', 0)).toThrow(new ShapeError('response.hourly.temperature_2m[1]', 'a finite number', 'warm'));
    const short = berlin();
    (short['daily'] as Record<string, unknown>)['sunrise'] = [1795589443];
    expect(() => parseForecast(short, 'metric', 0)).toThrow(/response\.daily\.sunrise should be 2 values/);
  });

  // With timeformat=unixtime every daily time is local midnight at the offset valid when the request
  // was made, not that day's (open-meteo/open-meteo#1545, #488, #261): after Europe's switch back to
  // winter time on 2025-10-26 the next "midnight" is 23:00 local of the day before.
  it('names each day by the request-time offset, across a change of daylight-saving time', () => {
    const day = 86_400;
    const times = [1761256800, 1761343200, 1761429600, 1761516000, 1761602400];
    const dst = berlin({ timezone: 'Europe/Vienna', utc_offset_seconds: 7200 });
    const daily = dst['daily'] as Record<string, unknown[]>;
    daily['time'] = times;
    for (const name of [
      'weather_code',
      'temperature_2m_max',
      'temperature_2m_min',
      'precipitation_sum',
      'precipitation_probability_max',
      'wind_speed_10m_max',
    ]) {
      daily[name] = times.map(() => 1);
    }
    // Sunrise and sunset are true instants: 06:07 UTC on 2025-10-27 is 07:07 winter time (+01:00).
    daily['sunrise'] = times.map((t) => t + 8 * 3600 + 7 * 60);
    daily['sunset'] = times.map((t) => t + 15 * 3600 + 50 * 60);
    const weather = parseForecast(dst, 'metric', 0);
    expect(weather.daily.map((d) => d.date)).toEqual(['2025-10-24', '2025-10-25', '2025-10-26', '2025-10-27', '2025-10-28']);
    expect(weather.daily[3]?.sunrise).toBe('2025-10-27T07:07:00+01:00');
    expect(weather.daily[0]?.sunrise).toBe('2025-10-24T08:07:00+02:00');
    for (const d of weather.daily) expect(d.sunrise?.slice(0, 10)).toBe(d.date);
    expect(times[4]! - times[3]!).toBe(day);
  });

  it('still names the day right if a server sends each day its true local midnight', () => {
    // Vienna in spring: asked at +01:00, 2026-03-29 00:00 is +01:00, the next midnights +02:00,
    // an hour earlier in UTC than the request-time offset would place them.
    const times = [1774738800, 1774821600, 1774908000];
    const dst = berlin({ timezone: 'Europe/Vienna', utc_offset_seconds: 3600 });
    const daily = dst['daily'] as Record<string, unknown[]>;
    daily['time'] = times;
    for (const name of [
      'weather_code',
      'temperature_2m_max',
      'temperature_2m_min',
      'precipitation_sum',
      'precipitation_probability_max',
      'wind_speed_10m_max',
      'sunrise',
      'sunset',
    ]) {
      daily[name] = times.map(() => (name.startsWith('sun') ? null : 1));
    }
    expect(parseForecast(dst, 'metric', 0).daily.map((d) => d.date)).toEqual(['2026-03-29', '2026-03-30', '2026-03-31']);
  });

  it("reads hourly times as true instants in the place's own offset on each side of the change", () => {
    const dst = berlin({ timezone: 'Europe/Vienna', utc_offset_seconds: 7200 });
    // 2025-10-26 00:00 UTC is 02:00 summer time; three hours later it is 03:00 winter time.
    (dst['hourly'] as Record<string, unknown>)['time'] = [1761436800, 1761440400, 1761447600];
    const weather = parseForecast(dst, 'metric', 0);
    expect(weather.hourly.map((h) => h.time)).toEqual(['2025-10-26T02:00:00+02:00', '2025-10-26T02:00:00+01:00', '2025-10-26T04:00:00+01:00']);
  });

  it('has no sunrise or sunset in polar night', () => {
    const polar = berlin({ timezone: 'Arctic/Longyearbyen' });
    (polar['daily'] as Record<string, unknown>)['sunrise'] = [null, 0];
    (polar['daily'] as Record<string, unknown>)['sunset'] = [null, 0];
    const weather = parseForecast(polar, 'metric', 0);
    expect(weather.daily.map((d) => [d.sunrise, d.sunset])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  // Since open-meteo/open-meteo#844 polar night is sunrise = sunset at local midnight, and polar day a
  // sunrise at midnight with the sunset a whole day later (before it, both were 1970-01-01, #840).
  it('has no sunrise or sunset in polar night or polar day as Open-Meteo now sends them', () => {
    const polar = berlin({ timezone: 'Arctic/Longyearbyen', utc_offset_seconds: 3600 });
    const [night, day] = [1795561200, 1795647600];
    (polar['daily'] as Record<string, unknown>)['sunrise'] = [night, day];
    (polar['daily'] as Record<string, unknown>)['sunset'] = [night, day + 86_400];
    const weather = parseForecast(polar, 'metric', 0);
    expect(weather.daily.map((d) => [d.sunrise, d.sunset])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect([weather.sunrise, weather.sunset]).toEqual([null, null]);
  });

  it('builds one request for several places, each with its own time zone, and asks for imperial units', () => {
    const url = forecastUrl(new URL('http://127.0.0.1:9/om'), [place('Berlin'), place('Tokyo')], 'imperial');
    expect(url.pathname).toBe('/om/v1/forecast');
    expect(url.searchParams.get('latitude')).toBe('52.5244,35.6895');
    expect(url.searchParams.get('timezone')).toBe('Europe/Berlin,Asia/Tokyo');
    expect(url.searchParams.get('forecast_hours')).toBe('48');
    expect(url.searchParams.get('forecast_days')).toBe('7');
    expect(url.searchParams.get('temperature_unit')).toBe('fahrenheit');
    expect(url.searchParams.get('wind_speed_unit')).toBe('mph');
    expect(url.searchParams.get('precipitation_unit')).toBe('inch');
  });
});

describe('Open-Meteo provider', () => {
  const answering =
    (json: unknown): JsonGet =>
    async (_url, parse) =>
      parse(json);

  it('fails only the place whose entry does not parse, and keeps the others', async () => {
    const broken = berlin({ timezone: 'Europe/Paris' });
    delete broken['current'];
    const results = await createOpenMeteo().forecast(
      [place('Berlin'), place('Paris'), place('Tokyo')],
      'metric',
      answering([berlin(), broken, berlin()]),
      () => 5,
    );
    expect(results[0]).toMatchObject({ provider: 'open-meteo', fetchedAt: 5 });
    expect(results[2]).toMatchObject({ provider: 'open-meteo' });
    const error = results[1];
    expect(error).toBeInstanceOf(WeatherError);
    expect(error).toMatchObject({ code: 'malformed', provider: 'Open-Meteo', status: 200 });
    expect((error as WeatherError).message).toContain('Paris');
    expect((error as WeatherError).describe()).toContain('response[1].current should be an object');
  });

  it('still fails the whole request when the answer is not one entry per place, or its only entry is bad', async () => {
    const provider = createOpenMeteo();
    await expect(provider.forecast([place('Berlin'), place('Paris')], 'metric', answering([berlin()]), () => 0)).rejects.toThrow(ShapeError);
    await expect(provider.forecast([place('Berlin')], 'metric', answering(berlin({ current: null })), () => 0)).rejects.toThrow(ShapeError);
  });
});

describe('Open-Meteo geocoding parsing', () => {
  it('returns no places when `results` is absent (a miss)', () => {
    expect(parseSearch({ generationtime_ms: 0.5 })).toEqual([]);
  });

  it('keeps region, country and time zone so places of the same name can be told apart', () => {
    const places = parseSearch({
      results: [
        {
          id: 4250542,
          name: 'Springfield',
          latitude: 39.80172,
          longitude: -89.64371,
          country_code: 'US',
          admin1: 'Illinois',
          timezone: 'America/Chicago',
          population: 116565,
          country: 'United States',
        },
        {
          id: 4409896,
          name: 'Springfield',
          latitude: 37.21533,
          longitude: -93.29824,
          country_code: 'US',
          timezone: 'America/Chicago',
          country: 'United States',
        },
      ],
    });
    expect(places[0]).toEqual({
      id: 'open-meteo:4250542',
      name: 'Springfield',
      region: 'Illinois',
      country: 'United States',
      countryCode: 'US',
      latitude: 39.80172,
      longitude: -89.64371,
      timezone: 'America/Chicago',
      population: 116565,
    });
    expect(places[1]).toMatchObject({ region: null, population: null });
  });

  it('says which result is wrong', () => {
    expect(() => parseSearch({ results: [{ id: 1, name: 'X', latitude: 'north' }] })).toThrow(/response\.results\[0\]\.latitude/);
  });
});
