// How current the shown weather is, said the same way wherever it is shown: "updated 4 min ago",
// "out of date", "offline". Each function returns a whole line, so a translation can reorder it.
import { formatAge } from './age.ts';

/** fresh: recent enough; stale: older than the refresh interval allows; offline: nothing can be fetched. */
export type Freshness = 'fresh' | 'stale' | 'offline';

/** What these lines need to know about one place's data. */
export type AgedData = Readonly<{ ageMs: number | null; stale: boolean }>;

export function freshnessOf(online: boolean, stale: boolean): Freshness {
  return !online ? 'offline' : stale ? 'stale' : 'fresh';
}

/** "updated 4 min ago", "updated 3 h ago, offline", "updated 50 min ago, out of date": after a reading. */
export function updatedNote(ageMs: number | null, freshness: Freshness): string {
  const marker = freshness === 'offline' ? ', offline' : freshness === 'stale' ? ', out of date' : '';
  return `updated ${formatAge(ageMs)}${marker}`;
}

/** The line over one place's weather: "Updated 4 min ago", "Out of date · updated …", "Offline · showing data from …", "Loading…". */
export function placeFreshnessLine(place: AgedData & Readonly<{ hasWeather: boolean }>, online: boolean): string {
  if (!online) return `Offline · showing data from ${formatAge(place.ageMs)}`;
  if (!place.hasWeather) return 'Loading…';
  return place.stale ? `Out of date · updated ${formatAge(place.ageMs)}` : `Updated ${formatAge(place.ageMs)}`;
}

/** All places in one line, with the age of the oldest when offline: "Updated 4 min ago (some places out of date)". */
export function freshnessSummary(places: readonly AgedData[], online: boolean): string {
  const ages = knownAges(places);
  if (!online) return `Offline: showing data from ${formatAge(ages.length ? Math.max(...ages) : null)}`;
  if (!ages.length) return 'No data yet';
  return `Updated ${formatAge(Math.min(...ages))}${places.some((p) => p.stale) ? ' (some places out of date)' : ''}`;
}

/** All places in a few words for a heading: "Updated 4 min ago", "Offline: showing saved weather", "Loading…", or nothing. */
export function freshnessHeadline(places: readonly AgedData[], online: boolean, hasPlaces: boolean): string {
  const ages = knownAges(places);
  if (!online) return 'Offline: showing saved weather';
  if (ages.length) return `Updated ${formatAge(Math.min(...ages))}`;
  return hasPlaces ? 'Loading…' : '';
}

const knownAges = (places: readonly AgedData[]): number[] => places.map((p) => p.ageMs).filter((a): a is number => a !== null);
