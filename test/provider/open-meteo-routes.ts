// The Open-Meteo forecast and geocoding APIs as documented, over the synthetic weather.
import { cityIn, nearestCity, searchCities } from './gazetteer.ts';
import { isDaylight, quarterHourPrecipitation, round1, sunTimes, weatherAt, type HourWeather } from './synthetic-weather.ts';
import { abbreviation, isTimeZone, offsetSeconds } from './time-zone.ts';

export type ApiAnswer = Readonly<{ status: number; body: unknown }>;

const fail = (reason: string): ApiAnswer => ({ status: 400, body: { error: true, reason } });

type Units = Readonly<{ fahrenheit: boolean; wind: 'kmh' | 'ms' | 'mph' | 'kn'; inch: boolean }>;

const WIND_FACTOR = { kmh: 1, ms: 1 / 3.6, mph: 0.621371, kn: 0.539957 } as const;
const WIND_UNITS = ['kmh', 'ms', 'mph', 'kn'] as const;

type Variable = (w: HourWeather, u: Units) => number;
const temp = (c: number, u: Units): number => round1(u.fahrenheit ? c * 1.8 + 32 : c);
const wind = (kmh: number, u: Units): number => round1(kmh * WIND_FACTOR[u.wind]);
const precip = (mm: number, u: Units): number => (u.inch ? Math.round((mm / 25.4) * 1000) / 1000 : mm);

const HOURLY_VARIABLES: Record<string, Variable> = {
  temperature_2m: (w, u) => temp(w.temperature, u),
  apparent_temperature: (w, u) => temp(w.apparentTemperature, u),
  relative_humidity_2m: (w) => w.humidity,
  precipitation: (w, u) => precip(w.precipitationMm, u),
  precipitation_probability: (w) => w.precipitationProbability,
  weather_code: (w) => w.weatherCode,
  wind_speed_10m: (w, u) => wind(w.windSpeedKmh, u),
  wind_direction_10m: (w) => w.windDirection,
  wind_gusts_10m: (w, u) => wind(w.windGustsKmh, u),
  is_day: (w) => (w.isDay ? 1 : 0),
  uv_index: (w) => w.uvIndex,
};

const UNIT_LABEL: Record<string, (u: Units) => string> = {
  temperature_2m: (u) => (u.fahrenheit ? '°F' : '°C'),
  apparent_temperature: (u) => (u.fahrenheit ? '°F' : '°C'),
  relative_humidity_2m: () => '%',
  precipitation: (u) => (u.inch ? 'inch' : 'mm'),
  precipitation_probability: () => '%',
  weather_code: () => 'wmo code',
  wind_speed_10m: (u) => ({ kmh: 'km/h', ms: 'm/s', mph: 'mp/h', kn: 'kn' })[u.wind],
  wind_direction_10m: () => '°',
  wind_gusts_10m: (u) => ({ kmh: 'km/h', ms: 'm/s', mph: 'mp/h', kn: 'kn' })[u.wind],
  is_day: () => '',
  uv_index: () => '',
};

type DayAggregate = (hours: readonly HourWeather[], u: Units, sun: { sunrise: number; sunset: number }) => number | null;
const DAILY_VARIABLES: Record<string, DayAggregate> = {
  weather_code: (h) => Math.max(...h.map((w) => w.weatherCode)),
  temperature_2m_max: (h, u) => temp(Math.max(...h.map((w) => w.temperature)), u),
  temperature_2m_min: (h, u) => temp(Math.min(...h.map((w) => w.temperature)), u),
  precipitation_sum: (h, u) => precip(round1(h.reduce((s, w) => s + w.precipitationMm, 0)), u),
  precipitation_probability_max: (h) => Math.max(...h.map((w) => w.precipitationProbability)),
  wind_speed_10m_max: (h, u) => wind(Math.max(...h.map((w) => w.windSpeedKmh)), u),
  sunrise: (_h, _u, sun) => sun.sunrise,
  sunset: (_h, _u, sun) => sun.sunset,
  uv_index_max: (h) => Math.max(...h.map((w) => w.uvIndex)),
};

function list(value: string | null): string[] {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function forecast(q: URLSearchParams, nowMs: number): ApiAnswer {
  const lats = list(q.get('latitude')).map(Number);
  const lons = list(q.get('longitude')).map(Number);
  if (lats.length === 0 || lons.length === 0) return fail("Parameter 'latitude' and 'longitude' are required");
  if (lats.length !== lons.length) return fail("Parameter 'latitude' and 'longitude' must have the same number of elements");
  for (const lat of lats) if (!(lat >= -90 && lat <= 90)) return fail(`Latitude must be in range of -90 to 90°. Given: ${lat}.`);
  for (const lon of lons) if (!(lon >= -180 && lon <= 180)) return fail(`Longitude must be in range of -180 to 180°. Given: ${lon}.`);
  const zones = list(q.get('timezone') ?? 'GMT');
  if (zones.length !== 1 && zones.length !== lats.length) return fail("Parameter 'timezone' must have one element or as many as 'latitude'");

  const current = list(q.get('current'));
  const hourly = list(q.get('hourly'));
  const daily = list(q.get('daily'));
  const minutely15 = list(q.get('minutely_15'));
  for (const v of [...current, ...hourly, ...minutely15])
    if (!(v in HOURLY_VARIABLES)) return fail(`Cannot initialize WeatherVariable from invalid String value ${v}.`);
  for (const v of daily) if (!(v in DAILY_VARIABLES)) return fail(`Cannot initialize DailyWeatherVariable from invalid String value ${v}.`);
  // No error for `daily` without `timezone`: it defaults to GMT since open-meteo/open-meteo#496.

  // open-meteo.com/en/docs, "Wind Speed Unit": kmh (the default), ms, mph or kn; any other value is
  // refused like any other invalid parameter value.
  const windParam = q.get('wind_speed_unit') ?? 'kmh';
  const wind = WIND_UNITS.find((w) => w === windParam);
  if (!wind) return fail(`Cannot initialize WindspeedUnit from invalid String value ${windParam} for key wind_speed_unit`);
  const units: Units = { fahrenheit: q.get('temperature_unit') === 'fahrenheit', wind, inch: q.get('precipitation_unit') === 'inch' };
  const unixtime = q.get('timeformat') === 'unixtime';
  const forecastDays = Number(q.get('forecast_days') ?? 7);
  const forecastHours = q.get('forecast_hours') === null ? null : Number(q.get('forecast_hours'));
  if (!(forecastDays >= 1 && forecastDays <= 16)) return fail('Forecast days is invalid. Allowed range 0 to 16.');
  const forecastQuarters = q.get('forecast_minutely_15') === null ? null : Number(q.get('forecast_minutely_15'));
  if (forecastQuarters !== null && !(Number.isInteger(forecastQuarters) && forecastQuarters >= 0))
    return fail('Parameter forecast_minutely_15 must be a positive integer.');
  const pastQuarters = Number(q.get('past_minutely_15') ?? 0);
  if (!(Number.isInteger(pastQuarters) && pastQuarters >= 0)) return fail('Parameter past_minutely_15 must be a positive integer.');

  const locations: unknown[] = [];
  for (let i = 0; i < lats.length; i++) {
    const lat = lats[i] as number;
    const lon = lons[i] as number;
    let zone = zones.length === 1 ? (zones[0] as string) : (zones[i] as string);
    if (zone === 'auto') zone = nearestCity(lat, lon).timezone;
    if (!isTimeZone(zone)) return fail(`Invalid timezone: ${zone}`);
    const entry = location(
      lat,
      lon,
      zone,
      { current, hourly, daily, minutely15, units, unixtime, forecastDays, forecastHours, forecastQuarters, pastQuarters },
      nowMs,
    );
    // `location_id` is written only when it is not 0, so the first location never has one
    // (open-meteo/open-meteo#522; Sources/App/Helper/Writer/JsonWriter.swift: `if locationId != 0`).
    locations.push(i === 0 ? entry : withLocationId(entry, i));
  }
  // As documented: a single location is a plain object; two or more, an array in request order.
  return { status: 200, body: locations.length === 1 ? locations[0] : locations };
}

/** After `elevation`, where the real writer puts it. */
function withLocationId(entry: Record<string, unknown>, id: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    out[key] = value;
    if (key === 'elevation') out['location_id'] = id;
  }
  return out;
}

type Request = Readonly<{
  current: string[];
  hourly: string[];
  daily: string[];
  minutely15: string[];
  units: Units;
  unixtime: boolean;
  forecastDays: number;
  forecastHours: number | null;
  forecastQuarters: number | null;
  /** Quarter-hours before the running one, only with `forecast_minutely_15` (as a recorded answer shows). */
  pastQuarters: number;
}>;

/**
 * Open-Meteo takes the UTC offset valid at the moment of the request and uses it for every time it
 * writes (open-meteo/open-meteo#261, #488, #1545): days are 24-hour spans from local midnight at that
 * offset, so after a daylight-saving change a daily "midnight" is 23:00 or 01:00 local, and iso8601
 * times are written at that same offset. Hourly times, sunrise and sunset are true instants.
 */
function location(lat: number, lon: number, zone: string, r: Request, nowMs: number): Record<string, unknown> {
  const offset = offsetSeconds(nowMs, zone);
  const atOffset = (s: number): string => new Date((s + offset) * 1000).toISOString().slice(0, 16);
  const time = (s: number): number | string => (r.unixtime ? s : atOffset(s));
  const nowS = Math.floor(nowMs / 1000);
  const out: Record<string, unknown> = {
    latitude: Math.round(lat * 100) / 100,
    longitude: Math.round(lon * 100) / 100,
    generationtime_ms: 0.2,
    utc_offset_seconds: offset,
    timezone: zone,
    timezone_abbreviation: abbreviation(nowMs, zone),
    elevation: 38,
  };
  if (r.current.length) {
    const at = Math.floor(nowS / 900) * 900;
    const w = weatherAt(lat, lon, at);
    out['current_units'] = Object.fromEntries([
      ['time', r.unixtime ? 'unixtime' : 'iso8601'],
      ['interval', 'seconds'],
      ...r.current.map((v) => [v, UNIT_LABEL[v]?.(r.units) ?? '']),
    ]);
    out['current'] = Object.fromEntries([['time', time(at)], ['interval', 900], ...r.current.map((v) => [v, HOURLY_VARIABLES[v]?.(w, r.units) ?? null])]);
  }
  const midnight = Math.floor((nowS + offset) / 86_400) * 86_400 - offset;
  if (r.hourly.length) {
    const start = r.forecastHours === null ? midnight : Math.floor(nowS / 3600) * 3600;
    const count = r.forecastHours ?? r.forecastDays * 24;
    const hours = Array.from({ length: count }, (_, i) => start + i * 3600);
    const weather = hours.map((h) => weatherAt(lat, lon, h));
    out['hourly_units'] = Object.fromEntries([['time', r.unixtime ? 'unixtime' : 'iso8601'], ...r.hourly.map((v) => [v, UNIT_LABEL[v]?.(r.units) ?? ''])]);
    out['hourly'] = Object.fromEntries([['time', hours.map(time)], ...r.hourly.map((v) => [v, weather.map((w) => HOURLY_VARIABLES[v]?.(w, r.units) ?? null)])]);
  }
  if (r.minutely15.length) {
    out['minutely_15_units'] = Object.fromEntries([
      ['time', r.unixtime ? 'unixtime' : 'iso8601'],
      ...r.minutely15.map((v) => [v, UNIT_LABEL[v]?.(r.units) ?? '']),
    ]);
    out['minutely_15'] = minutely15Block(lat, lon, r, r.forecastQuarters === null ? midnight : Math.floor(nowS / 900) * 900 - r.pastQuarters * 900, time);
  }
  if (r.daily.length) out['daily_units'] = dailyUnits(r);
  if (r.daily.length) out['daily'] = dailyBlock(lat, lon, midnight, offset, r, atOffset);
  return out;
}

/**
 * Real 15-minute data only over the regional models' domains (HRRR, ICON-D2, AROME: open-meteo.com/en/docs,
 * "15-Minutely Parameter Definition"); elsewhere "data is interpolated from 1-hourly to 15-minutely",
 * which for an amount summed over the preceding hour means the hour's amount in four equal parts.
 */
const REGIONAL_DOMAINS = [
  { south: 21, north: 53, west: -135, east: -60 }, // HRRR CONUS
  { south: 43.18, north: 58.08, west: -3.94, east: 20.34 }, // ICON-D2
  { south: 37.5, north: 55.4, west: -12, east: 16 }, // AROME France 0.01°
];

function minutely15Block(lat: number, lon: number, r: Request, start: number, time: (s: number) => number | string): Record<string, unknown> {
  const regional = REGIONAL_DOMAINS.some((d) => lat >= d.south && lat <= d.north && lon >= d.west && lon <= d.east);
  const count = r.forecastQuarters === null ? r.forecastDays * 96 : r.forecastQuarters + r.pastQuarters;
  const quarters = Array.from({ length: count }, (_, i) => start + i * 900);
  const mm = (end: number): number =>
    regional ? quarterHourPrecipitation(lat, lon, end) : Math.round((weatherAt(lat, lon, Math.ceil(end / 3600) * 3600).precipitationMm / 4) * 100) / 100;
  const values: Record<string, (end: number) => number> = {
    precipitation: (end) => precip(mm(end), r.units),
  };
  return Object.fromEntries([
    ['time', quarters.map(time)],
    ...r.minutely15.map((v) => [v, quarters.map((end) => values[v]?.(end) ?? HOURLY_VARIABLES[v]?.(weatherAt(lat, lon, end), r.units) ?? null)]),
  ]);
}

function dailyUnits(r: Request): Record<string, string> {
  return Object.fromEntries([
    ['time', r.unixtime ? 'unixtime' : 'iso8601'],
    ...r.daily.map((v) => [v, v.startsWith('sun') ? (r.unixtime ? 'unixtime' : 'iso8601') : '']),
  ]);
}

function dailyBlock(lat: number, lon: number, midnight: number, offset: number, r: Request, atOffset: (s: number) => string): Record<string, unknown> {
  const days = Array.from({ length: r.forecastDays }, (_, d) => midnight + d * 86_400);
  const perDay = days.map((start) => {
    const hours = Array.from({ length: 24 }, (_, h) => weatherAt(lat, lon, start + h * 3600));
    // The sun of the calendar day the span is named after. In polar night Open-Meteo sends sunrise =
    // sunset at midnight, in polar day a sunset a whole day after it (open-meteo/open-meteo#844).
    const noon = start + offset + 12 * 3600;
    const sun = sunTimes(lat, lon, noon) ?? { sunrise: start, sunset: isDaylight(lat, lon, noon) ? start + 86_400 : start };
    return { hours, sun };
  });
  return Object.fromEntries([
    ['time', days.map((d) => (r.unixtime ? d : atOffset(d).slice(0, 10)))],
    ...r.daily.map((v) => [
      v,
      perDay.map(({ hours, sun }) => {
        const value = DAILY_VARIABLES[v]?.(hours, r.units, sun) ?? null;
        return value !== null && v.startsWith('sun') && !r.unixtime ? atOffset(value) : value;
      }),
    ]),
  ]);
}

export function search(q: URLSearchParams): ApiAnswer {
  const name = q.get('name') ?? '';
  const count = Math.min(100, Math.max(1, Number(q.get('count') ?? 10) || 10));
  // Lower-cased ISO 639-1, English by default, as the real service takes it.
  const language = q.get('language') ?? 'en';
  const matches = searchCities(name, count).map((c) => cityIn(c, language));
  if (matches.length === 0) return { status: 200, body: { generationtime_ms: 0.1 } };
  return {
    status: 200,
    body: {
      results: matches.map((c) => ({
        id: c.id,
        name: c.name,
        latitude: c.latitude,
        longitude: c.longitude,
        elevation: 40,
        feature_code: 'PPLA',
        country_code: c.countryCode,
        admin1: c.admin1,
        timezone: c.timezone,
        population: c.population,
        country: c.country,
      })),
      generationtime_ms: 0.4,
    },
  };
}
