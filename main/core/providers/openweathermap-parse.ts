// OpenWeatherMap responses -> the normalised model: current weather and the 3-hour steps, combined.
import { condition, owmConditionCode } from '../model/conditions.ts';
import { formatOffset, toLocalIso } from '../model/local-time.ts';
import { unitsOf, type HourlyPoint, type Place, type UnitsWanted, type Weather } from '../model/model.ts';
import { array, number, object, string, stringOrNull } from './json-shape.ts';
import { owmDays } from './openweathermap-days.ts';
import { readOwmCurrent, readOwmForecast, type OwmCurrent, type OwmStep } from './openweathermap-read.ts';

export const OWM_ATTRIBUTION = 'Weather data by OpenWeather (CC BY-SA 4.0)';

/** 16 steps of 3 hours: the same 48 hours Open-Meteo gives. */
const HOURLY_STEPS = 16;

export type OwmPair = Readonly<{ current: unknown; forecast: unknown }>;

/** `/data/2.5/weather` and `/data/2.5/forecast` for one place, read and combined. */
export function parseOwmWeather(place: Place, pair: OwmPair, units: UnitsWanted, fetchedAt: number): Weather {
  return combineOwm(place, readOwmCurrent(pair.current, units), readOwmForecast(pair.forecast, units), units, fetchedAt);
}

export function combineOwm(place: Place, cur: OwmCurrent, steps: readonly OwmStep[], units: UnitsWanted, fetchedAt: number): Weather {
  // OWM gives no IANA zone, only the current UTC shift: prefer the zone we learned at geocoding.
  const timezone = place.timezone && place.timezone !== 'auto' ? place.timezone : formatOffset(cur.shift);
  const local = (seconds: number): string => toLocalIso(seconds * 1000, timezone);
  const sunUp = cur.sunrise !== null && cur.sunset !== null ? cur.dt >= cur.sunrise && cur.dt < cur.sunset : true;
  const isDay = cur.isDay ?? sunUp;

  const hourly: HourlyPoint[] = steps.map((s) => ({
    time: local(s.dt),
    temperature: s.temperature,
    feelsLike: s.feelsLike,
    precipitation: s.precipitation,
    precipitationProbability: s.precipitationProbability,
    windSpeed: s.windSpeed,
    condition: condition(owmConditionCode(s.conditionId), s.isDay),
    isDay: s.isDay,
  }));
  const current = {
    time: local(cur.dt),
    temperature: cur.temperature,
    feelsLike: cur.feelsLike,
    humidity: cur.humidity,
    windSpeed: cur.windSpeed,
    windDirection: cur.windDirection,
    windGusts: cur.windGusts,
    precipitation: cur.precipitation,
    precipitationProbability: hourly[0]?.precipitationProbability ?? null,
    condition: condition(owmConditionCode(cur.conditionId), isDay),
    isDay,
    // `/data/2.5/weather` has no UV index; One Call 3.0 (a separate subscription) has `current.uvi`.
    uvIndex: null,
  };
  const sun = { sunrise: cur.sunrise === null ? null : local(cur.sunrise), sunset: cur.sunset === null ? null : local(cur.sunset) };

  return {
    provider: 'openweathermap',
    attribution: OWM_ATTRIBUTION,
    units: unitsOf(units),
    latitude: place.latitude,
    longitude: place.longitude,
    timezone,
    observedAt: current.time,
    fetchedAt,
    current,
    ...sun,
    hourlyStepHours: 3,
    hourly: hourly.slice(0, HOURLY_STEPS),
    daily: owmDays(current, hourly, timezone, sun),
    // The free forecast is in 3-hour steps: nothing finer to give.
    quarterHours: null,
  };
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
