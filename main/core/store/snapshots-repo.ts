// The latest good weather per favourite and provider. Only successful fetches are written here,
// so a failure can never replace good data.
import type { Database } from 'better-sqlite3';
import type { Weather } from '../model/model.ts';
import type { StoredSnapshot } from '../model/snapshot.ts';
import { prepared } from './prepared.ts';

export function saveSnapshot(db: Database, favouriteId: number, weather: Weather, validUntil: number): void {
  prepared(
    db,
    `INSERT INTO snapshots (favourite_id, provider, fetched_at, valid_until, weather) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (favourite_id, provider) DO UPDATE SET fetched_at = excluded.fetched_at, valid_until = excluded.valid_until, weather = excluded.weather`,
  ).run(favouriteId, weather.provider, weather.fetchedAt, validUntil, JSON.stringify(weather));
}

/** For each favourite, its most recent snapshot from any provider. */
export function latestSnapshots(db: Database): StoredSnapshot[] {
  const rows = prepared(
    db,
    `SELECT favourite_id, fetched_at, valid_until, weather FROM snapshots s
     WHERE fetched_at = (SELECT max(fetched_at) FROM snapshots WHERE favourite_id = s.favourite_id)
     GROUP BY favourite_id`,
  ).all() as { favourite_id: number; fetched_at: number; valid_until: number; weather: string }[];
  return rows.map((r) => ({ favouriteId: r.favourite_id, weather: JSON.parse(r.weather) as Weather, fetchedAt: r.fetched_at, validUntil: r.valid_until }));
}
