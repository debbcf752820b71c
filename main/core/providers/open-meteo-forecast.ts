// Open-Meteo forecast: request building and response parsing. Several places go in one request
// (comma-separated coordinates and time zones); the answer is an array only for two or more.
import { condition, wmoConditionCode } from '../model/conditions.ts';
import { toLocalIso } from '../model/local-time.ts';
import {
  unitsOf,
  type DailyPoint,
  type HourlyPoint,
  type Place,
  type QuarterHours,
  type UnitsWanted,
  type Weather,
  type WindSpeedUnit,
} from '../model/model.ts';
import { quarterHourSourceAt } from './open-meteo-regions.ts';
import { coord } from './provider.ts';
import { array, number, numberOrNull, object, series, string, ShapeError, type JsonObject } from './json-shape.ts';

export const OPEN_METEO_ATTRIBUTION = 'Weather data by Open-Meteo.com (CC BY 4.0)';

const CURRENT = [
  'temperature_2m',
  'apparent_temperature',
  'relative_humidity_2m',
  'is_day',
  'precipitation',
  'weather_code',
  'wind_speed_10m',
  'wind_direction_10m',
  'wind_gusts_10m',
  'uv_index',
] as const;
const HOURLY = ['temperature_2m', 'apparent_temperature', 'precipitation_probability', 'precipitation', 'weather_code', 'wind_speed_10m', 'is_day'] as const;
const DAILY = [
  'weather_code',
  'temperature_2m_max',
  'temperature_2m_min',
  'precipitation_sum',
  'precipitation_probability_max',
  'wind_speed_10m_max',
  'sunrise',
  'sunset',
  'uv_index_max',
] as const;
/** Only precipitation: the quarter-hours are for "when does the rain start", nothing else. */
const MINUTELY_15 = ['precipitation'] as const;

/** `wind_speed_unit`: kmh (the default), ms, mph or kn (open-meteo.com/en/docs, "Wind Speed Unit"). */
const WIND_SPEED_PARAM: Readonly<Record<WindSpeedUnit, string>> = { 'km/h': 'kmh', 'm/s': 'ms', mph: 'mph' };

const FORECAST_HOURS = 48;
const FORECAST_DAYS = 7;
/**
 * Counted from the quarter-hour now running (as `forecast_hours` counts hours), whose time is its
 * start and whose amount fell in the 15 minutes before: that one is past, the eight after it are
 * the next two hours.
 */
const FORECAST_QUARTER_HOURS = 9;

export function forecastUrl(origin: URL, places: readonly Place[], wanted: UnitsWanted): URL {
  const units = unitsOf(wanted);
  const url = new URL(`${origin.pathname.replace(/\/$/, '')}/v1/forecast`, origin);
  const q = url.searchParams;
  q.set('latitude', places.map((p) => coord(p.latitude)).join(','));
  q.set('longitude', places.map((p) => coord(p.longitude)).join(','));
  q.set('timezone', places.map((p) => p.timezone || 'auto').join(','));
  q.set('current', CURRENT.join(','));
  q.set('hourly', HOURLY.join(','));
  q.set('daily', DAILY.join(','));
  q.set('minutely_15', MINUTELY_15.join(','));
  q.set('forecast_hours', String(FORECAST_HOURS));
  q.set('forecast_minutely_15', String(FORECAST_QUARTER_HOURS));
  q.set('forecast_days', String(FORECAST_DAYS));
  q.set('timeformat', 'unixtime');
  if (units.system === 'imperial') {
    q.set('temperature_unit', 'fahrenheit');
    q.set('precipitation_unit', 'inch');
  }
  // Left out for km/h, the default, so the metric request stays as it always was.
  if (units.windSpeed !== 'km/h') q.set('wind_speed_unit', WIND_SPEED_PARAM[units.windSpeed]);
  return url;
}

/** The response as a list of per-place objects, checked against how many places were asked for. */
export function splitForecastResponse(json: unknown, expected: number): readonly unknown[] {
  if (expected === 1) return [object(json, 'response')];
  const items = array(json, 'response');
  if (items.length !== expected) throw new ShapeError('response', `${expected} locations`, json);
  return items;
}

export function parseForecast(json: unknown, units: UnitsWanted, fetchedAt: number, path = 'response'): Weather {
  const root = object(json, path);
  const timezone = string(root['timezone'], `${path}.timezone`);
  const offsetSeconds = number(root['utc_offset_seconds'], `${path}.utc_offset_seconds`);
  const local = (seconds: number): string => toLocalIso(seconds * 1000, timezone);

  const current = object(root['current'], `${path}.current`);
  const c = (name: string): number | null => numberOrNull(current[name], `${path}.current.${name}`);
  const currentTime = number(current['time'], `${path}.current.time`);
  const currentIsDay = c('is_day') !== 0;

  // A block or variable the answer leaves out costs those values, not the place: a model may not
  // offer a variable, and a self-hosted instance may serve fewer.
  const hourly = root['hourly'] === undefined ? [] : parseHourly(object(root['hourly'], `${path}.hourly`), `${path}.hourly`, local);
  const daily = root['daily'] === undefined ? [] : parseDaily(object(root['daily'], `${path}.daily`), `${path}.daily`, local, offsetSeconds);
  const latitude = number(root['latitude'], `${path}.latitude`);
  const longitude = number(root['longitude'], `${path}.longitude`);
  const quarterHours =
    root['minutely_15'] === undefined
      ? null
      : parseQuarterHours(object(root['minutely_15'], `${path}.minutely_15`), `${path}.minutely_15`, local, quarterHourSourceAt(latitude, longitude));
  // Today is the day dated today in the place, wherever it sits in the list.
  const today = daily.find((d) => d.date === local(currentTime).slice(0, 10));

  return {
    provider: 'open-meteo',
    attribution: OPEN_METEO_ATTRIBUTION,
    units: unitsOf(units),
    latitude,
    longitude,
    timezone,
    observedAt: local(currentTime),
    fetchedAt,
    current: {
      time: local(currentTime),
      temperature: c('temperature_2m'),
      feelsLike: c('apparent_temperature'),
      humidity: c('relative_humidity_2m'),
      windSpeed: c('wind_speed_10m'),
      windDirection: c('wind_direction_10m'),
      windGusts: c('wind_gusts_10m'),
      precipitation: c('precipitation'),
      precipitationProbability: hourly[0]?.precipitationProbability ?? null,
      condition: condition(wmoConditionCode(c('weather_code')), currentIsDay),
      isDay: currentIsDay,
      uvIndex: c('uv_index'),
    },
    sunrise: today?.sunrise ?? null,
    sunset: today?.sunset ?? null,
    hourlyStepHours: 1,
    hourly,
    daily,
    quarterHours,
  };
}

function timeAxis(block: JsonObject, path: string): readonly number[] {
  return array(block['time'], `${path}.time`).map((t, i) => number(t, `${path}.time[${i}]`));
}

/** The named variable along the time axis; all missing when the answer leaves it out. */
function variable(block: JsonObject, name: string, path: string, length: number): readonly (number | null)[] {
  return block[name] === undefined ? Array<null>(length).fill(null) : series(block[name], `${path}.${name}`, length);
}

function parseHourly(block: JsonObject, path: string, local: (s: number) => string): HourlyPoint[] {
  const time = timeAxis(block, path);
  const s = (name: string): readonly (number | null)[] => variable(block, name, path, time.length);
  const temp = s('temperature_2m');
  const feels = s('apparent_temperature');
  const pop = s('precipitation_probability');
  const precip = s('precipitation');
  const code = s('weather_code');
  const wind = s('wind_speed_10m');
  const isDay = s('is_day');
  return time.map((t, i) => {
    const day = isDay[i] !== 0;
    return {
      time: local(t),
      temperature: temp[i] ?? null,
      feelsLike: feels[i] ?? null,
      precipitationProbability: pop[i] ?? null,
      precipitation: precip[i] ?? null,
      condition: condition(wmoConditionCode(code[i] ?? null), day),
      windSpeed: wind[i] ?? null,
      isDay: day,
    };
  });
}

/**
 * With `timeformat=unixtime` each daily time is local midnight at the offset valid when the request was
 * made, for every day, across a daylight-saving change too (open-meteo/open-meteo#1545, #488, #261).
 * Adding that same offset and reading the date as UTC is the documented way to name the day. Hourly
 * times, sunrise and sunset are true instants and are read in the place's own zone.
 */
function dayOf(epochSeconds: number, requestOffsetSeconds: number): string {
  // Rounded to the nearest midnight, not floored: a server that some day sends each day's true
  // local midnight (a fix upstream, or a self-hosted build) is an hour either side, never a day.
  const day = Math.round((epochSeconds + requestOffsetSeconds) / 86_400) * 86_400;
  return new Date(day * 1000).toISOString().slice(0, 10);
}

/**
 * Polar night and day have no sunrise or sunset. Open-Meteo once sent 0 for both
 * (open-meteo/open-meteo#840); since #844 polar night is a sunrise and sunset at the same local
 * midnight, and polar day a sunrise at midnight with the sunset a whole day later.
 */
function sunOf(rise: number | null, set: number | null): { rise: number; set: number } | null {
  if (!rise || !set || set - rise <= 0 || set - rise >= 86_400) return null;
  return { rise, set };
}

function parseDaily(block: JsonObject, path: string, local: (s: number) => string, offsetSeconds: number): DailyPoint[] {
  const time = timeAxis(block, path);
  const s = (name: string): readonly (number | null)[] => variable(block, name, path, time.length);
  const code = s('weather_code');
  const max = s('temperature_2m_max');
  const min = s('temperature_2m_min');
  const precip = s('precipitation_sum');
  const pop = s('precipitation_probability_max');
  const wind = s('wind_speed_10m_max');
  const sunrise = s('sunrise');
  const sunset = s('sunset');
  const uvMax = s('uv_index_max');
  return time.map((t, i) => {
    const sun = sunOf(sunrise[i] ?? null, sunset[i] ?? null);
    return {
      date: dayOf(t, offsetSeconds),
      temperatureMin: min[i] ?? null,
      temperatureMax: max[i] ?? null,
      precipitationSum: precip[i] ?? null,
      precipitationProbabilityMax: pop[i] ?? null,
      windSpeedMax: wind[i] ?? null,
      condition: condition(wmoConditionCode(code[i] ?? null), true),
      sunrise: sun ? local(sun.rise) : null,
      sunset: sun ? local(sun.set) : null,
      uvIndexMax: uvMax[i] ?? null,
    };
  });
}

/** `minutely_15`: each amount is the sum over the 15 minutes before its time, like hourly's hour. */
export function parseQuarterHours(block: JsonObject, path: string, local: (s: number) => string, source: QuarterHours['source']): QuarterHours {
  const time = timeAxis(block, path);
  const precip = variable(block, 'precipitation', path, time.length);
  return { source, intervalMinutes: 15, points: time.map((t, i) => ({ time: local(t), precipitation: precip[i] ?? null })) };
}
