// Place search as a person types it: coordinates, "Name" or "Name, Region", with results kept
// for an hour so retyping a name costs no request.
import { WeatherError } from '../errors.ts';
import type { Place } from '../model/model.ts';
import { matchesQualifiers, parseCoordinates, splitQuery } from '../model/place-query.ts';
import type { Store } from '../store/store.ts';
import type { LocaleCode } from '../../wording/locales.ts';
import type { WeatherClient } from './weather-client.ts';

export type SearchOutcome = Readonly<{ places: Place[]; fromCache: boolean }>;

/**
 * The language place names are asked in: geocoding services take a lower-case ISO 639-1 code
 * ("de", "pt", "zh"; https://open-meteo.com/en/docs/geocoding-api), not a regional or script tag.
 */
export function searchLanguage(locale: LocaleCode): string {
  return new Intl.Locale(locale).language;
}

export type SearchRequest = Readonly<{ query: string; language: LocaleCode; signal?: AbortSignal | undefined }>;

/** Places for what a person typed, named in their language where the service knows the name. */
export async function searchPlaces(request: SearchRequest, client: () => WeatherClient, store: Store, now: number): Promise<SearchOutcome> {
  const { query, signal } = request;
  const language = searchLanguage(request.language);
  if (query.trim() === '') throw new WeatherError('invalid-input', 'Type a place name to search for.');
  const coordinates = parseCoordinates(query);
  if (coordinates) return { places: [coordinates], fromCache: false };
  const { name, qualifiers } = splitQuery(query);
  const { fetcher } = client();
  const key = name.toLowerCase();
  const provider = fetcher.provider.id;
  let places = store.cachedSearch(provider, language, key, now);
  const fromCache = places !== null;
  if (!places) {
    const found = await fetcher.search(name, { count: 20, language, ...(signal ? { signal } : {}) });
    store.cacheSearch(provider, language, key, found, now);
    places = found;
  }
  return { places: places.filter((p) => matchesQualifiers(p, qualifiers)).slice(0, 10), fromCache };
}
