// The last good warnings and air quality per favourite. Reads leave out warnings no longer in force
// at the time asked and change nothing; writes delete every ended warning on the way. The column
// expires_at holds when the warning stops being in force (`ends`, else `expires`: inForceUntil).
import type { Database } from 'better-sqlite3';
import type { CachedAirQuality, CachedAlerts } from '../alerts/cached-extras.ts';
import { inForceUntil, type AlertSourceId, type WeatherAlert } from '../alerts/alert.ts';
import type { AirQuality } from '../providers/air-quality.ts';
import { prepared } from './prepared.ts';

type AlertsMeta = Readonly<{ source: AlertSourceId | null; elsewhere: number }>;

/** Replaces a favourite's warnings with those just fetched. */
export function saveAlerts(db: Database, entry: CachedAlerts, now: number): void {
  const insert = prepared(db, 'INSERT OR REPLACE INTO cached_alerts (favourite_id, source, alert_id, expires_at, alert) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    prepared(db, 'DELETE FROM cached_alerts WHERE favourite_id = ? OR expires_at <= ?').run(entry.favouriteId, now);
    for (const alert of entry.alerts) {
      const endsAt = inForceUntil(alert);
      if (endsAt !== null && endsAt <= now) continue;
      insert.run(entry.favouriteId, alert.source, alert.id, endsAt, JSON.stringify(alert));
    }
    const meta: AlertsMeta = { source: entry.source, elsewhere: entry.elsewhere };
    upsertExtras(db, entry.favouriteId, 'alerts', entry.fetchedAt, JSON.stringify(meta));
  })();
}

/** Each favourite's last good warnings, without those expired at `now`. */
export function cachedAlerts(db: Database, now: number): CachedAlerts[] {
  const metas = prepared(db, "SELECT favourite_id, fetched_at, data FROM cached_extras WHERE kind = 'alerts' ORDER BY favourite_id").all() as Row[];
  const rows = prepared(db, 'SELECT favourite_id, alert FROM cached_alerts WHERE expires_at IS NULL OR expires_at > ? ORDER BY rowid').all(now) as {
    favourite_id: number;
    alert: string;
  }[];
  const byFavourite = new Map<number, WeatherAlert[]>();
  for (const row of rows) byFavourite.set(row.favourite_id, [...(byFavourite.get(row.favourite_id) ?? []), JSON.parse(row.alert) as WeatherAlert]);
  return metas.map((m) => {
    const meta = JSON.parse(m.data) as AlertsMeta;
    return {
      favouriteId: m.favourite_id,
      source: meta.source,
      elsewhere: meta.elsewhere,
      alerts: byFavourite.get(m.favourite_id) ?? [],
      fetchedAt: m.fetched_at,
    };
  });
}

export function saveAirQuality(db: Database, entry: CachedAirQuality): void {
  upsertExtras(db, entry.favouriteId, 'air-quality', entry.fetchedAt, JSON.stringify(entry.reading));
}

export function cachedAirQuality(db: Database): CachedAirQuality[] {
  const rows = prepared(db, "SELECT favourite_id, fetched_at, data FROM cached_extras WHERE kind = 'air-quality' ORDER BY favourite_id").all() as Row[];
  return rows.map((r) => ({ favouriteId: r.favourite_id, reading: JSON.parse(r.data) as AirQuality, fetchedAt: r.fetched_at }));
}

type Row = { favourite_id: number; fetched_at: number; data: string };

function upsertExtras(db: Database, favouriteId: number, kind: 'alerts' | 'air-quality', fetchedAt: number, data: string): void {
  prepared(
    db,
    `INSERT INTO cached_extras (favourite_id, kind, fetched_at, data) VALUES (?, ?, ?, ?)
     ON CONFLICT (favourite_id, kind) DO UPDATE SET fetched_at = excluded.fetched_at, data = excluded.data`,
  ).run(favouriteId, kind, fetchedAt, data);
}
