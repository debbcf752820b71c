// How current the shown weather is, said the same way wherever it is shown: "updated 4 min ago",
// "out of date", "offline". Each function returns a whole line, so a translation can reorder it.
import { legacyEnglish } from './english.ts';
import type { LineWording } from './english.ts';

/** fresh: recent enough; stale: older than the refresh interval allows; offline: nothing can be fetched. */
export type Freshness = 'fresh' | 'stale' | 'offline';

/** What these lines need to know about one place's data. */
export type AgedData = Readonly<{ ageMs: number | null; stale: boolean }>;

export function freshnessOf(online: boolean, stale: boolean): Freshness {
  return !online ? 'offline' : stale ? 'stale' : 'fresh';
}

/** "updated 4 min ago", "updated 3 h ago, offline", "updated 50 min ago, out of date": after a reading. */
export function updatedNote(ageMs: number | null, freshness: Freshness, words: LineWording = legacyEnglish): string {
  return words.t('common.freshness.updatedNote', { freshness, age: words.age(ageMs) });
}

/** The line over one place's weather: "Updated 4 min ago", "Out of date · updated …", "Offline · showing data from …", "Loading…". */
export function placeFreshnessLine(place: AgedData & Readonly<{ hasWeather: boolean }>, online: boolean, words: LineWording = legacyEnglish): string {
  const age = words.age(place.ageMs);
  if (!online) return words.t('common.freshness.offlineShowing', { age });
  if (!place.hasWeather) return words.t('common.freshness.loading');
  return words.t(place.stale ? 'common.freshness.outOfDate' : 'common.freshness.updated', { age });
}

/** All places in one line, with the age of the oldest when offline: "Updated 4 min ago (some places out of date)". */
export function freshnessSummary(places: readonly AgedData[], online: boolean, words: LineWording = legacyEnglish): string {
  const ages = knownAges(places);
  if (!online) return words.t('common.freshness.summaryOffline', { age: words.age(ages.length ? Math.max(...ages) : null) });
  if (!ages.length) return words.t('common.freshness.noData');
  const age = words.age(Math.min(...ages));
  return words.t(places.some((p) => p.stale) ? 'common.freshness.summarySomeStale' : 'common.freshness.updated', { age });
}

/** All places in a few words for a heading: "Updated 4 min ago", "Offline: showing saved weather", "Loading…", or nothing. */
export function freshnessHeadline(places: readonly AgedData[], online: boolean, hasPlaces: boolean, words: LineWording = legacyEnglish): string {
  const ages = knownAges(places);
  if (!online) return words.t('common.freshness.headlineOffline');
  if (ages.length) return words.t('common.freshness.updated', { age: words.age(Math.min(...ages)) });
  return hasPlaces ? words.t('common.freshness.loading') : '';
}

const knownAges = (places: readonly AgedData[]): number[] => places.map((p) => p.ageMs).filter((a): a is number => a !== null);
