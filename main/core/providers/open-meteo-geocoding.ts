// Open-Meteo geocoding: `/v1/search?name=..`; `results` is absent when nothing matches.
import type { Place } from '../model/model.ts';
import { array, number, numberOrNull, object, string, stringOrNull } from './json-shape.ts';

export function searchUrl(origin: URL, query: string, count: number, language: string): URL {
  const url = new URL(`${origin.pathname.replace(/\/$/, '')}/v1/search`, origin);
  url.searchParams.set('name', query);
  url.searchParams.set('count', String(count));
  url.searchParams.set('language', language);
  url.searchParams.set('format', 'json');
  return url;
}

export function parseSearch(json: unknown): Place[] {
  const root = object(json, 'response');
  if (root['results'] === undefined) return [];
  return array(root['results'], 'response.results').map((item, i) => {
    const path = `response.results[${i}]`;
    const r = object(item, path);
    return {
      id: `open-meteo:${number(r['id'], `${path}.id`)}`,
      name: string(r['name'], `${path}.name`),
      region: stringOrNull(r['admin1'], `${path}.admin1`),
      country: stringOrNull(r['country'], `${path}.country`),
      countryCode: stringOrNull(r['country_code'], `${path}.country_code`),
      latitude: number(r['latitude'], `${path}.latitude`),
      longitude: number(r['longitude'], `${path}.longitude`),
      timezone: stringOrNull(r['timezone'], `${path}.timezone`) ?? 'auto',
      population: numberOrNull(r['population'], `${path}.population`),
    };
  });
}
