// Place names with enough around them to tell namesakes apart.
import type { Place } from '../core/model/model.ts';

/** "Springfield, Illinois, US"; "Singapore, SG" (a region that repeats the name is left out). */
export function describePlace(place: Place): string {
  return [place.name, ...placeParts(place, place.countryCode ?? place.country)].join(', ');
}

/** "Illinois, United States": what goes under a place's name, which is shown on its own. */
export function placeSurroundings(place: Place): string {
  return placeParts(place, place.country).join(', ');
}

function placeParts(place: Place, country: string | null): string[] {
  return [place.region, country].filter((part): part is string => !!part && part !== place.name);
}
