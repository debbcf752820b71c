// UV index and quarter-hour precipitation: what Skytray asks Open-Meteo for, how it reads the answers
// (recorded real ones, and the local stand-in's), where the quarter-hours are real, and OpenWeatherMap's nulls.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLocalIso } from '../../../main/core/model/local-time.ts';
import { forecastUrl, parseForecast, parseQuarterHours } from '../../../main/core/providers/open-meteo-forecast.ts';
import { object } from '../../../main/core/providers/json-shape.ts';
import { quarterHourSourceAt, regionalModelAt } from '../../../main/core/providers/open-meteo-regions.ts';
import { combineOwm } from '../../../main/core/providers/openweathermap-parse.ts';
import { readOwmCurrent, readOwmForecast } from '../../../main/core/providers/openweathermap-read.ts';
import { forecast } from '../../provider/open-meteo-routes.ts';
import { place } from '../../support/engine.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

// 14:05 in Berlin (UTC+1).
const NOW = Date.UTC(2026, 10, 25, 13, 5, 0);

function standIn(name: string, units: 'metric' | 'imperial' = 'metric'): ReturnType<typeof parseForecast> {
  const url = forecastUrl(new URL('http://127.0.0.1'), [place(name)], units);
  return parseForecast(forecast(url.searchParams, NOW).body, units, NOW);
}

describe('UV index and quarter-hours from Open-Meteo', () => {
  it('asks for uv_index now, uv_index_max per day, and two hours of 15-minute precipitation', () => {
    const q = forecastUrl(new URL('https://api.open-meteo.com'), [place('Berlin')], 'metric').searchParams;
    expect(q.get('current')?.split(',')).toContain('uv_index');
    expect(q.get('daily')?.split(',')).toContain('uv_index_max');
    expect(q.get('minutely_15')).toBe('precipitation');
    expect(q.get('forecast_minutely_15')).toBe('9');
    expect(q.get('past_minutely_15')).toBeNull();
  });

  it('reads the day’s UV maximum from a recorded answer, and no current UV it was not asked for', () => {
    const weather = parseForecast(fixture('open-meteo/forecast-lisbon.json'), 'metric', 0);
    expect(weather.daily.map((d) => d.uvIndexMax)).toEqual([3.2, 3.6, 3.35, 3.1, 2.85, 3.25, 3.1]);
    expect(weather.current.uvIndex).toBeNull();
    // No minutely_15 block in that answer: no quarter-hours, rather than a failure.
    expect(weather.quarterHours).toBeNull();
  });

  it('reads a recorded minutely_15 block, past quarter-hours included, at unixtime', () => {
    const root = fixture('open-meteo/minutely15-central-bohemia.json');
    const local = (s: number): string => toLocalIso(s * 1000, 'Europe/Prague');
    const quarters = parseQuarterHours(object(root['minutely_15'], 'minutely_15'), 'minutely_15', local, quarterHourSourceAt(50, 14.759998));
    expect(quarters.source).toBe('regional-model');
    expect(quarters.points).toHaveLength(28);
    expect(quarters.points[0]).toEqual({ time: '2026-08-13T21:30:00+02:00', precipitation: 0 });
    expect(quarters.points[27]?.time).toBe('2026-08-14T04:15:00+02:00');
  });

  it('parses the stand-in: the quarter-hour now running first, in the place’s own offset, with UV now and per day', () => {
    const weather = standIn('Berlin');
    expect(weather.quarterHours?.source).toBe('regional-model');
    expect(weather.quarterHours?.intervalMinutes).toBe(15);
    expect(weather.quarterHours?.points.map((p) => p.time.slice(11))).toEqual([
      '14:00:00+01:00',
      '14:15:00+01:00',
      '14:30:00+01:00',
      '14:45:00+01:00',
      '15:00:00+01:00',
      '15:15:00+01:00',
      '15:30:00+01:00',
      '15:45:00+01:00',
      '16:00:00+01:00',
    ]);
    expect(typeof weather.current.uvIndex).toBe('number');
    expect(weather.daily.every((d) => typeof d.uvIndexMax === 'number')).toBe(true);
  });

  it('outside the regional models the quarter-hours are the hour spread evenly, and say so', () => {
    const weather = standIn('Tokyo');
    expect(weather.quarterHours?.source).toBe('interpolated');
    const points = weather.quarterHours?.points ?? [];
    // Each hour's four quarters (ending :15, :30, :45 and on the hour) carry the same amount.
    const byHour = new Map<string, number[]>();
    for (const p of points) {
      const end = Date.parse(p.time);
      const hour = String(Math.ceil(end / 3_600_000));
      byHour.set(hour, [...(byHour.get(hour) ?? []), p.precipitation ?? -1]);
    }
    for (const amounts of byHour.values()) expect(new Set(amounts).size).toBe(1);
  });

  it('the stand-in answers the recorded request shape alike: 24 ahead and 4 past give 28, the running one fifth', () => {
    const q = new URLSearchParams({
      latitude: '50',
      longitude: '14.76',
      minutely_15: 'precipitation',
      forecast_minutely_15: '24',
      past_minutely_15: '4',
      timeformat: 'unixtime',
    });
    const body = forecast(q, NOW).body as { minutely_15: { time: number[] } };
    expect(body.minutely_15.time).toHaveLength(28);
    expect(body.minutely_15.time[4]).toBe(Math.floor(NOW / 900_000) * 900);
    const recorded = (fixture('open-meteo/minutely15-central-bohemia.json')['minutely_15'] as { time: number[] }).time;
    expect(recorded).toHaveLength(28);
  });

  it('quarter-hours in inches when imperial units are asked for', () => {
    const inches = standIn('New York', 'imperial').quarterHours?.points.map((p) => p.precipitation) ?? [];
    const mm = standIn('New York').quarterHours?.points.map((p) => p.precipitation) ?? [];
    expect(inches).toHaveLength(9);
    expect(inches).toEqual(mm.map((v) => Math.round(((v ?? 0) / 25.4) * 1000) / 1000));
  });
});

describe('where 15-minute data is real', () => {
  it('over HRRR, ICON-D2 and AROME domains, interpolated elsewhere', () => {
    expect(regionalModelAt(40.71, -74.01)).toBe('HRRR');
    expect(regionalModelAt(39.74, -104.98)).toBe('HRRR');
    expect(regionalModelAt(52.52, 13.41)).toBe('ICON-D2');
    expect(regionalModelAt(40.42, -3.7)).toBe('AROME France');
    expect(regionalModelAt(35.69, 139.69)).toBeNull();
    expect(regionalModelAt(-33.87, 151.21)).toBeNull();
    expect(regionalModelAt(64.15, -21.94)).toBeNull();
    expect(quarterHourSourceAt(61.22, -149.9)).toBe('interpolated');
  });
});

describe('OpenWeatherMap', () => {
  it('has no UV index and no quarter-hours on its free endpoints', () => {
    const current = readOwmCurrent(fixture('openweathermap/weather-lagos.json'), 'metric');
    const steps = readOwmForecast(fixture('openweathermap/forecast-ashburn.json'), 'metric');
    const weather = combineOwm(place('Lagos'), current, steps, 'metric', 0);
    expect(weather.current.uvIndex).toBeNull();
    expect(weather.daily.every((d) => d.uvIndexMax === null)).toBe(true);
    expect(weather.quarterHours).toBeNull();
  });
});
