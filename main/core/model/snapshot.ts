// The last good weather kept for a favourite: only a successful fetch ever writes one.
import type { Weather } from './model.ts';

export type StoredSnapshot = Readonly<{
  favouriteId: number;
  weather: Weather;
  fetchedAt: number;
  /** When the next refresh was expected, epoch ms. */
  validUntil: number;
}>;
