// Search results kept for a while, so typing a name does not cost a request per keystroke.
import type { Database } from 'better-sqlite3';
import type { Place } from '../model/model.ts';
import { prepared } from './prepared.ts';

// Short: long enough for a person typing and retyping a name, short enough that nothing goes stale.
const GEOCODE_TTL_MS = 60 * 60_000;

export function cachedSearch(db: Database, provider: string, language: string, query: string, now: number): Place[] | null {
  const row = prepared(db, 'SELECT results, cached_at FROM geocode_cache WHERE provider = ? AND language = ? AND query = ?').get(provider, language, query) as
    { results: string; cached_at: number } | undefined;
  if (!row || now - row.cached_at > GEOCODE_TTL_MS) return null;
  return JSON.parse(row.results) as Place[];
}

export function cacheSearch(db: Database, provider: string, language: string, query: string, results: readonly Place[], now: number): void {
  prepared(db, 'INSERT OR REPLACE INTO geocode_cache (provider, language, query, results, cached_at) VALUES (?, ?, ?, ?, ?)').run(
    provider,
    language,
    query,
    JSON.stringify(results),
    now,
  );
  prepared(db, 'DELETE FROM geocode_cache WHERE cached_at < ?').run(now - GEOCODE_TTL_MS);
}
