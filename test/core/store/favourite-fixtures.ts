// Places made up for store tests, and the facts about favourites that must survive any recovery.
import type { Favourite } from '../../../main/core/model/favourite.ts';
import type { Place } from '../../../main/core/model/model.ts';

/** A distinct place for any `n` (coordinates at least a kilometre apart, so none is a duplicate). */
export function numberedPlace(n: number, prefix = 'Place'): Place {
  return {
    id: `coords:${prefix}:${n}`, name: `${prefix} ${n}`, region: null, country: null, countryCode: null,
    latitude: -89 + (n % 178), longitude: -179.5 + Math.floor(n / 178) * 0.1 + (prefix.length % 7) * 20, timezone: 'UTC', population: n * 10,
  };
}

/** What the user sees and chose: names in their order, the primary, where each place is. */
export const favouriteFacts = (favourites: readonly Favourite[]): string[] =>
  favourites.map((f) => `${f.position}. ${f.place.name}${f.primary ? ' (primary)' : ''} @ ${f.place.latitude},${f.place.longitude} pop ${f.place.population}`);
