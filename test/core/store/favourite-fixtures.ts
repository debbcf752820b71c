// Places made up for store tests, and the facts about favourites that must survive any recovery.
import type { Favourite } from '../../../main/core/model/favourite.ts';
import type { Place } from '../../../main/core/model/model.ts';

/**
 * A distinct place for any `n` below 3,000 and `group` below 15: coordinates at least a kilometre
 * apart, so none is taken for a duplicate of another.
 */
export function numberedPlace(n: number, prefix = 'Place', group = 0): Place {
  return {
    id: `coords:${prefix}:${n}`,
    name: `${prefix} ${n}`,
    region: null,
    country: null,
    countryCode: null,
    latitude: -89 + (n % 178),
    longitude: -179.5 + group * 20 + Math.floor(n / 178) * 0.1,
    timezone: 'UTC',
    population: n * 10,
  };
}

/** What the user sees and chose: names in their order, the primary, where each place is. */
export const favouriteFacts = (favourites: readonly Favourite[]): string[] =>
  favourites.map((f) => `${f.position}. ${f.place.name}${f.primary ? ' (primary)' : ''} @ ${f.place.latitude},${f.place.longitude} pop ${f.place.population}`);
