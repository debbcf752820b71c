// A place's weather written out by hand for the chart's tests: Berlin in late November (UTC+1),
// sunrise 07:41 and sunset 16:02, a cold night and a wet afternoon on the second day.
import type { ConditionCode, DailyPoint, HourlyPoint, Weather } from '../../../main/core/model/model.ts';
import { unitsFor } from '../../../main/core/model/model.ts';

const OFFSET_MS = 3_600_000;
export const START = Date.parse('2026-11-25T14:00:00+01:00');

/** `2026-11-25T14:00:00+01:00` for an instant. */
export function berlinTime(at: number): string {
  return `${new Date(at + OFFSET_MS).toISOString().slice(0, 19)}+01:00`;
}

const conditionOf = (code: ConditionCode, isDay: boolean): HourlyPoint['condition'] => ({
  code,
  text: code,
  icon: `${code}-${isDay ? 'day' : 'night'}`,
  severe: false,
});

export function sampleHour(i: number, stepHours = 1): HourlyPoint {
  const at = START + i * stepHours * 3_600_000;
  const hour = new Date(at + OFFSET_MS).getUTCHours() + new Date(at + OFFSET_MS).getUTCMinutes() / 60;
  const isDay = hour >= 8 && hour <= 16;
  const temperature = Math.round((3 + 4 * Math.sin(((hour - 9) / 24) * 2 * Math.PI)) * 10) / 10;
  const wet = i * stepHours >= 24 && i * stepHours < 30;
  return {
    time: berlinTime(at),
    temperature,
    feelsLike: Math.round((temperature - 3.5) * 10) / 10,
    precipitation: wet ? 0.4 + (i % 3) * 0.5 : 0,
    precipitationProbability: wet ? 80 : 10,
    windSpeed: 12,
    condition: conditionOf(wet ? 'rain' : isDay ? 'partly-cloudy' : 'clear', isDay),
    isDay,
  };
}

export function sampleDay(date: string, min: number | null, max: number | null): DailyPoint {
  return {
    date,
    temperatureMin: min,
    temperatureMax: max,
    precipitationSum: 0,
    precipitationProbabilityMax: 20,
    windSpeedMax: 20,
    condition: conditionOf('partly-cloudy', true),
    sunrise: `${date}T07:41:00+01:00`,
    sunset: `${date}T16:02:00+01:00`,
    uvIndexMax: 1,
  };
}

export function sampleWeather(overrides: Partial<Weather> = {}): Weather {
  const hourly = Array.from({ length: 48 }, (_, i) => sampleHour(i));
  const first = hourly[0] as HourlyPoint;
  return {
    provider: 'open-meteo',
    attribution: 'Weather data by Open-Meteo.com (CC BY 4.0)',
    units: unitsFor('metric'),
    latitude: 52.52,
    longitude: 13.41,
    timezone: 'Europe/Berlin',
    observedAt: first.time,
    fetchedAt: START,
    current: { ...first, humidity: 80, windDirection: 270, windGusts: 30, precipitationProbability: 10, windSpeed: 12, uvIndex: 0 },
    sunrise: '2026-11-25T07:41:00+01:00',
    sunset: '2026-11-25T16:02:00+01:00',
    hourlyStepHours: 1,
    hourly,
    quarterHours: null,
    daily: [
      sampleDay('2026-11-25', -1, 6),
      sampleDay('2026-11-26', -2, 4),
      sampleDay('2026-11-27', -6, -1),
      sampleDay('2026-11-28', 0, 9),
      sampleDay('2026-11-29', 2, 11),
      sampleDay('2026-11-30', 1, 7),
      sampleDay('2026-12-01', -3, 3),
    ],
    ...overrides,
  };
}
