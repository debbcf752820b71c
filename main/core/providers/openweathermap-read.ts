// OpenWeatherMap's two data answers, checked and converted one by one, inside the request's own attempt:
// a body that does not parse is then a malformed answer the queue retries, not a crash after it.
import { unitsOf, type UnitsWanted, type WindSpeedUnit } from '../model/model.ts';
import { array, number, numberOrNull, object, stringOrNull, ShapeError, type JsonObject } from './json-shape.ts';

/** `cod` other than 200 in a 200 response is still an error; it can be `401` or `"401"`. */
export function checkCod(root: JsonObject, path: string): void {
  const cod = root['cod'];
  if (cod === undefined) return;
  const value = typeof cod === 'string' ? Number(cod) : cod;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(`${path}.cod`, 'a status code', cod);
  if (value !== 200) throw new ShapeError(`${path}.cod`, '200', cod);
}

/** `/data/2.5/weather`, in our units; times stay epoch seconds until the place's zone is known. */
export type OwmCurrent = Readonly<{
  /** The place's UTC shift now, in seconds. */
  shift: number;
  dt: number;
  /** null in polar day or night, where OpenWeatherMap sends 0. */
  sunrise: number | null;
  sunset: number | null;
  /** From the icon's `d` or `n`, when there is one. */
  isDay: boolean | null;
  temperature: number | null;
  feelsLike: number | null;
  humidity: number | null;
  windSpeed: number | null;
  windDirection: number | null;
  windGusts: number | null;
  /** The last hour's rain and snow. */
  precipitation: number | null;
  conditionId: number | null;
}>;

/** One step of `/data/2.5/forecast`. */
export type OwmStep = Readonly<{
  dt: number;
  temperature: number | null;
  feelsLike: number | null;
  /** The 3 hours' rain and snow. */
  precipitation: number | null;
  precipitationProbability: number | null;
  windSpeed: number | null;
  conditionId: number | null;
  isDay: boolean;
}>;

type Converters = Readonly<{ wind: (v: number | null) => number | null; rain: (mm: number | null) => number | null }>;

/**
 * What one unit of the wind OpenWeatherMap sends is in the unit wanted. It sends metres per second
 * for `units=metric` and miles per hour for `units=imperial` (openweathermap.org/current, "Units of
 * measurement"); m/s with metric and mph with imperial come through untouched.
 */
const WIND_FACTOR: Readonly<Record<'metric' | 'imperial', Readonly<Record<WindSpeedUnit, number>>>> = {
  metric: { 'm/s': 1, 'km/h': 3.6, mph: 3600 / 1609.344 },
  imperial: { mph: 1, 'km/h': 1.609344, 'm/s': 0.44704 },
};

function converters(wanted: UnitsWanted): Converters {
  const units = unitsOf(wanted);
  const round1 = (v: number): number => Math.round(v * 10) / 10;
  const factor = WIND_FACTOR[units.system][units.windSpeed];
  const wind = (v: number | null): number | null => (v === null || factor === 1 ? v : round1(v * factor));
  return units.system === 'metric' ? { wind, rain: (mm) => mm } : { wind, rain: (mm) => (mm === null ? null : Math.round((mm / 25.4) * 100) / 100) };
}

function firstWeather(item: JsonObject, path: string): JsonObject | null {
  const list = array(item['weather'], `${path}.weather`);
  return list.length ? object(list[0], `${path}.weather[0]`) : null;
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

/** Polar day and night: OpenWeatherMap sends 0 for a sunrise or sunset that does not happen. */
const sunTime = (value: unknown, path: string): number | null => {
  const t = numberOrNull(value, path);
  return t === 0 ? null : t;
};

export function readOwmCurrent(json: unknown, units: UnitsWanted): OwmCurrent {
  const cur = object(json, 'weather');
  checkCod(cur, 'weather');
  const convert = converters(units);
  const main = object(cur['main'], 'weather.main');
  const wind = cur['wind'] === undefined ? {} : object(cur['wind'], 'weather.wind');
  const sys = object(cur['sys'], 'weather.sys');
  const weather = firstWeather(cur, 'weather');
  const icon = weather ? stringOrNull(weather['icon'], 'weather.weather[0].icon') : null;
  const sunrise = sunTime(sys['sunrise'], 'weather.sys.sunrise');
  const sunset = sunTime(sys['sunset'], 'weather.sys.sunset');
  // In polar day and night OpenWeatherMap gives the same moment for both: the sun neither rises nor sets.
  const polar = sunrise !== null && sunrise === sunset;
  return {
    shift: number(cur['timezone'], 'weather.timezone'),
    dt: number(cur['dt'], 'weather.dt'),
    sunrise: polar ? null : sunrise,
    sunset: polar ? null : sunset,
    isDay: icon?.endsWith('n') ? false : icon?.endsWith('d') ? true : null,
    temperature: numberOrNull(main['temp'], 'weather.main.temp'),
    feelsLike: numberOrNull(main['feels_like'], 'weather.main.feels_like'),
    humidity: numberOrNull(main['humidity'], 'weather.main.humidity'),
    windSpeed: convert.wind(numberOrNull(wind['speed'], 'weather.wind.speed')),
    windDirection: numberOrNull(wind['deg'], 'weather.wind.deg'),
    windGusts: convert.wind(numberOrNull(wind['gust'], 'weather.wind.gust')),
    precipitation: convert.rain(amount(cur, '1h', 'weather')),
    conditionId: weather ? number(weather['id'], 'weather.weather[0].id') : null,
  };
}

export function readOwmForecast(json: unknown, units: UnitsWanted): OwmStep[] {
  const fc = object(json, 'forecast');
  checkCod(fc, 'forecast');
  const convert = converters(units);
  return array(fc['list'], 'forecast.list').map((raw, i) => {
    const path = `forecast.list[${i}]`;
    const item = object(raw, path);
    const m = object(item['main'], `${path}.main`);
    const w = item['wind'] === undefined ? {} : object(item['wind'], `${path}.wind`);
    const pod = item['sys'] === undefined ? 'd' : stringOrNull(object(item['sys'], `${path}.sys`)['pod'], `${path}.sys.pod`);
    const pop = numberOrNull(item['pop'], `${path}.pop`);
    const weather = firstWeather(item, path);
    return {
      dt: number(item['dt'], `${path}.dt`),
      temperature: numberOrNull(m['temp'], `${path}.main.temp`),
      feelsLike: numberOrNull(m['feels_like'], `${path}.main.feels_like`),
      precipitation: convert.rain(amount(item, '3h', path)),
      precipitationProbability: pop === null ? null : Math.round(pop * 100),
      windSpeed: convert.wind(numberOrNull(w['speed'], `${path}.wind.speed`)),
      conditionId: weather ? number(weather['id'], `${path}.weather[0].id`) : null,
      isDay: pod !== 'n',
    };
  });
}
