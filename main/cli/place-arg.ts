// A place as typed on the command line, checked once: coordinates on Earth, or a name to look up.
import { WeatherError } from '../core/errors.ts';
import type { Place } from '../core/model/model.ts';
import { parseCoordinates } from '../core/model/place-query.ts';
import { UsageError } from './usage-error.ts';

export type PlaceArg = Readonly<{
  /** What was typed, trimmed. */
  query: string;
  /** The place itself when coordinates were typed; null when the name must be looked up. */
  place: Place | null;
}>;

/** Longer than any real place name with its region and country. */
const MAX_PLACE_LENGTH = 200;

/** Two numbers and a comma, whatever their range: meant as coordinates, never a name to search. */
const COORDINATE_SHAPE = /^[+-]?\d+(?:\.\d+)?\s*,\s*[+-]?\d+(?:\.\d+)?$/;

export function parsePlaceArg(text: string): PlaceArg {
  const query = text.trim();
  if (query === '') throw new UsageError((w) => w.t('cli.usage.emptyPlace'));
  if (query.length > MAX_PLACE_LENGTH) throw new UsageError((w) => w.t('cli.usage.placeTooLong', { max: MAX_PLACE_LENGTH, length: query.length }));
  if (!COORDINATE_SHAPE.test(query)) return { query, place: null };
  let place: Place | null;
  try {
    place = parseCoordinates(query);
  } catch (error) {
    // Out of range is the only way coordinates of this shape fail.
    if (error instanceof WeatherError) throw new UsageError((w) => w.t('cli.usage.notOnEarth', { query }));
    throw error;
  }
  if (!place) throw new UsageError((w) => w.t('cli.usage.notOnEarth', { query }));
  return { query, place };
}
