// What a person types to name a place: coordinates, or a name to look up.
import { WeatherError } from '../errors.ts';
import type { Place } from './model.ts';

const COORDINATES = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** `52.52,13.41` -> a place at those coordinates; anything else -> null (look it up by name). */
export function parseCoordinates(query: string): Place | null {
  const match = COORDINATES.exec(query);
  if (!match) return null;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
    throw new WeatherError('invalid-input', `"${query.trim()}" is not a place on Earth: latitude must be -90 to 90 and longitude -180 to 180.`);
  }
  return {
    id: `coords:${latitude},${longitude}`,
    name: `${latitude}, ${longitude}`,
    region: null,
    country: null,
    countryCode: null,
    latitude,
    longitude,
    timezone: 'auto',
    population: null,
  };
}

/** "Springfield, Illinois, US": enough to tell places of the same name apart. */
export function describePlace(place: Place): string {
  return [place.name, place.region, place.countryCode ?? place.country]
    .filter((p) => p && p !== place.name)
    .reduce<string>((text, part) => `${text}, ${part}`, place.name);
}

/**
 * Geocoding matches names only: "Springfield, Illinois" is the name "Springfield" and the
 * qualifier "illinois", matched against region, country or country code.
 */
export function splitQuery(query: string): { name: string; qualifiers: string[] } {
  const [name = '', ...qualifiers] = query.split(',').map((part) => part.trim());
  return { name, qualifiers: qualifiers.map((q) => q.toLowerCase()).filter(Boolean) };
}

export function matchesQualifiers(place: Place, qualifiers: readonly string[]): boolean {
  return qualifiers.every((q) => [place.region, place.country, place.countryCode].some((field) => field?.toLowerCase().startsWith(q)));
}
