// OpenWeatherMap responses -> the normalised model. `cod` comes as a number or a string.
import { condition, mostSignificant, owmConditionCode } from '../model/conditions.ts';
import { formatOffset, localDate, toLocalIso } from '../model/local-time.ts';
import { unitsFor, type ConditionCode, type DailyPoint, type HourlyPoint, type Place, type UnitSystem, type Weather } from '../model/model.ts';
import { array, number, numberOrNull, object, string, stringOrNull, ShapeError, type JsonObject } from './json-shape.ts';

export const OWM_ATTRIBUTION = 'Weather data by OpenWeather (CC BY-SA 4.0)';

/** `cod` other than 200 in a 200 response is still an error; it can be `401` or `"401"`. */
export function checkCod(root: JsonObject, path: string): void {
  const cod = root['cod'];
  if (cod === undefined) return;
  const value = typeof cod === 'string' ? Number(cod) : cod;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(`${path}.cod`, 'a status code', cod);
  if (value !== 200) throw new ShapeError(`${path}.cod`, '200', cod);
}

type Converters = Readonly<{ wind: (v: number | null) => number | null; rain: (mm: number | null) => number | null }>;

function converters(units: UnitSystem): Converters {
  const round1 = (v: number): number => Math.round(v * 10) / 10;
  return units === 'metric'
    ? { wind: (v) => (v === null ? null : round1(v * 3.6)), rain: (mm) => mm }
    : { wind: (v) => v, rain: (mm) => (mm === null ? null : Math.round((mm / 25.4) * 100) / 100) };
}

function firstConditionId(item: JsonObject, path: string): number | null {
  const list = array(item['weather'], `${path}.weather`);
  return list.length ? number(object(list[0], `${path}.weather[0]`)['id'], `${path}.weather[0].id`) : null;
}

function amount(item: JsonObject, key: '1h' | '3h', path: string): number | null {
  let total: number | null = null;
  for (const kind of ['rain', 'snow'] as const) {
    if (item[kind] === undefined) continue;
    const v = numberOrNull(object(item[kind], `${path}.${kind}`)[key], `${path}.${kind}.${key}`);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

export type OwmPair = Readonly<{ current: unknown; forecast: unknown }>;

/** `/data/2.5/weather` and `/data/2.5/forecast` for one place, combined. */
export function parseOwmWeather(place: Place, pair: OwmPair, units: UnitSystem, fetchedAt: number): Weather {
  const cur = object(pair.current, 'weather');
  checkCod(cur, 'weather');
  const fc = object(pair.forecast, 'forecast');
  checkCod(fc, 'forecast');
  const convert = converters(units);

  // OWM gives no IANA zone, only the current UTC shift: prefer the zone we learned at geocoding.
  const shift = number(cur['timezone'], 'weather.timezone');
  const timezone = place.timezone && place.timezone !== 'auto' ? place.timezone : formatOffset(shift);
  const local = (seconds: number): string => toLocalIso(seconds * 1000, timezone);

  const main = object(cur['main'], 'weather.main');
  const wind = cur['wind'] === undefined ? {} : object(cur['wind'], 'weather.wind');
  const sys = object(cur['sys'], 'weather.sys');
  const dt = number(cur['dt'], 'weather.dt');
  const sunrise = numberOrNull(sys['sunrise'], 'weather.sys.sunrise');
  const sunset = numberOrNull(sys['sunset'], 'weather.sys.sunset');
  const isDay = sunrise !== null && sunset !== null ? dt >= sunrise && dt < sunset : true;

  const list = array(fc['list'], 'forecast.list');
  const hourly: HourlyPoint[] = list.map((raw, i) => {
    const path = `forecast.list[${i}]`;
    const item = object(raw, path);
    const m = object(item['main'], `${path}.main`);
    const w = item['wind'] === undefined ? {} : object(item['wind'], `${path}.wind`);
    const pod = item['sys'] === undefined ? 'd' : stringOrNull(object(item['sys'], `${path}.sys`)['pod'], `${path}.sys.pod`);
    const day = pod !== 'n';
    const pop = numberOrNull(item['pop'], `${path}.pop`);
    return {
      time: local(number(item['dt'], `${path}.dt`)),
      temperature: numberOrNull(m['temp'], `${path}.main.temp`),
      feelsLike: numberOrNull(m['feels_like'], `${path}.main.feels_like`),
      precipitation: convert.rain(amount(item, '3h', path)),
      precipitationProbability: pop === null ? null : Math.round(pop * 100),
      windSpeed: convert.wind(numberOrNull(w['speed'], `${path}.wind.speed`)),
      condition: condition(owmConditionCode(firstConditionId(item, path)), day),
      isDay: day,
    };
  });

  return {
    provider: 'openweathermap',
    attribution: OWM_ATTRIBUTION,
    units: unitsFor(units),
    latitude: place.latitude,
    longitude: place.longitude,
    timezone,
    observedAt: local(dt),
    fetchedAt,
    current: {
      time: local(dt),
      temperature: numberOrNull(main['temp'], 'weather.main.temp'),
      feelsLike: numberOrNull(main['feels_like'], 'weather.main.feels_like'),
      humidity: numberOrNull(main['humidity'], 'weather.main.humidity'),
      windSpeed: convert.wind(numberOrNull(wind['speed'], 'weather.wind.speed')),
      windDirection: numberOrNull(wind['deg'], 'weather.wind.deg'),
      windGusts: convert.wind(numberOrNull(wind['gust'], 'weather.wind.gust')),
      precipitation: convert.rain(amount(cur, '1h', 'weather')),
      precipitationProbability: hourly[0]?.precipitationProbability ?? null,
      condition: condition(owmConditionCode(firstConditionId(cur, 'weather')), isDay),
      isDay,
    },
    sunrise: sunrise === null ? null : local(sunrise),
    sunset: sunset === null ? null : local(sunset),
    hourlyStepHours: 3,
    hourly: hourly.slice(0, 16),
    daily: dailyFromSteps(hourly, timezone, sunrise === null ? null : local(sunrise), sunset === null ? null : local(sunset)),
  };
}

/** The free plan has no daily forecast: fold the 3-hour steps into local calendar days. */
function dailyFromSteps(steps: readonly HourlyPoint[], timezone: string, sunriseToday: string | null, sunsetToday: string | null): DailyPoint[] {
  const days = new Map<string, HourlyPoint[]>();
  for (const step of steps) {
    const date = localDate(Date.parse(step.time), timezone);
    let bucket = days.get(date);
    if (!bucket) days.set(date, (bucket = []));
    bucket.push(step);
  }
  const values = (list: readonly (number | null)[]): number[] => list.filter((v): v is number => v !== null);
  const maxOf = (list: readonly (number | null)[]): number | null => (values(list).length ? Math.max(...values(list)) : null);
  const minOf = (list: readonly (number | null)[]): number | null => (values(list).length ? Math.min(...values(list)) : null);
  return [...days].map(([date, bucket], index) => {
    const precip = values(bucket.map((s) => s.precipitation));
    // A day is described by its daytime weather; a day seen only at night, by its night.
    const daytime = bucket.filter((s) => s.isDay);
    const code: ConditionCode = mostSignificant((daytime.length ? daytime : bucket).map((s) => s.condition.code));
    return {
      date,
      temperatureMin: minOf(bucket.map((s) => s.temperature)),
      temperatureMax: maxOf(bucket.map((s) => s.temperature)),
      precipitationSum: precip.length ? Math.round(precip.reduce((a, b) => a + b, 0) * 100) / 100 : null,
      precipitationProbabilityMax: maxOf(bucket.map((s) => s.precipitationProbability)),
      windSpeedMax: maxOf(bucket.map((s) => s.windSpeed)),
      condition: condition(code, true),
      sunrise: index === 0 ? sunriseToday : null,
      sunset: index === 0 ? sunsetToday : null,
    };
  });
}

/** `/geo/1.0/direct`: a bare JSON array. */
export function parseOwmSearch(json: unknown): Place[] {
  return array(json, 'response').map((raw, i) => {
    const path = `response[${i}]`;
    const r = object(raw, path);
    const latitude = number(r['lat'], `${path}.lat`);
    const longitude = number(r['lon'], `${path}.lon`);
    const countryCode = stringOrNull(r['country'], `${path}.country`);
    return {
      id: `owm:${latitude.toFixed(4)},${longitude.toFixed(4)}`,
      name: string(r['name'], `${path}.name`),
      region: stringOrNull(r['state'], `${path}.state`),
      country: countryCode,
      countryCode,
      latitude,
      longitude,
      timezone: 'auto',
      population: null,
    };
  });
}
