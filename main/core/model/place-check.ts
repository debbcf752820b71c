// A place arriving from outside the engine (the window, the CLI) is checked field by field before
// it can be stored: `unknown` in, a valid Place or a clear error out.
import { WeatherError } from '../errors.ts';
import { isValidTimeZone } from './local-time.ts';
import type { Place } from './model.ts';

const FIELDS = ['id', 'name', 'region', 'country', 'countryCode', 'latitude', 'longitude', 'timezone', 'population'];
const invalid = (message: string): WeatherError => new WeatherError('invalid-input', message);

function text(value: unknown, field: string, max: number, nullable: boolean): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw invalid(`A place's ${field} must be text of 1 to ${max} characters${nullable ? ', or null' : ''}.`);
  }
  return value;
}

function coordinate(value: unknown, field: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw invalid(`A place's ${field} must be a number from -${limit} to ${limit}.`);
  }
  return value;
}

export function checkPlace(value: unknown): Place {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    throw invalid('A place must be an object.');
  }
  const v = value as Record<string, unknown>;
  const unknown = Object.keys(v).filter((k) => !FIELDS.includes(k));
  if (unknown.length) throw invalid(`A place has no field "${unknown[0]?.slice(0, 40)}".`);
  const timezone = text(v['timezone'], 'time zone', 64, false) as string;
  if (timezone !== 'auto' && !isValidTimeZone(timezone)) throw invalid(`"${timezone}" is not a time zone Skytray knows.`);
  const population = v['population'] ?? null;
  if (population !== null && (typeof population !== 'number' || !Number.isInteger(population) || population < 0)) {
    throw invalid("A place's population must be a whole number, or null.");
  }
  return {
    id: text(v['id'], 'id', 200, false) as string,
    name: text(v['name'], 'name', 200, false) as string,
    region: text(v['region'] ?? null, 'region', 200, true),
    country: text(v['country'] ?? null, 'country', 200, true),
    countryCode: text(v['countryCode'] ?? null, 'country code', 8, true),
    latitude: coordinate(v['latitude'], 'latitude', 90),
    longitude: coordinate(v['longitude'], 'longitude', 180),
    timezone,
    population,
  };
}
