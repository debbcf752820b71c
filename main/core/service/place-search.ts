// Place search as a person types it: coordinates, "Name" or "Name, Region", with results kept
// for an hour so retyping a name costs no request.
import { WeatherError } from '../errors.ts';
import type { Place } from '../model/model.ts';
import { matchesQualifiers, parseCoordinates, splitQuery } from '../model/place-query.ts';
import type { Store } from '../store/store.ts';
import type { WeatherClient } from './weather-client.ts';

export type SearchOutcome = Readonly<{ places: Place[]; fromCache: boolean }>;

export async function searchPlaces(query: string, client: () => WeatherClient, store: Store, now: number, signal?: AbortSignal): Promise<SearchOutcome> {
  if (query.trim() === '') throw new WeatherError('invalid-input', 'Type a place name to search for.');
  const coordinates = parseCoordinates(query);
  if (coordinates) return { places: [coordinates], fromCache: false };
  const { name, qualifiers } = splitQuery(query);
  const { fetcher } = client();
  const key = name.toLowerCase();
  const provider = fetcher.provider.id;
  let places = store.cachedSearch(provider, 'en', key, now);
  const fromCache = places !== null;
  if (!places) {
    const found = await fetcher.search(name, { count: 20, language: 'en', ...(signal ? { signal } : {}) });
    store.cacheSearch(provider, 'en', key, found, now);
    places = found;
  }
  return { places: places.filter((p) => matchesQualifiers(p, qualifiers)).slice(0, 10), fromCache };
}
