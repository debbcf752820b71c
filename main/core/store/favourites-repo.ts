// Favourites: the user's own data. Every change is one transaction that leaves positions 0..n-1
// and exactly one primary.
import type { Database } from 'better-sqlite3';
import type { Favourite } from '../model/favourite.ts';
import type { Place } from '../model/model.ts';
import { prepared } from './prepared.ts';

type Row = {
  id: number;
  place_id: string;
  name: string;
  region: string | null;
  country: string | null;
  country_code: string | null;
  latitude: number;
  longitude: number;
  timezone: string;
  position: number;
  is_primary: number;
  notify: number;
  added_at: number;
  population: number | null;
};

function toFavourite(row: Row): Favourite {
  return {
    id: row.id,
    place: {
      id: row.place_id,
      name: row.name,
      region: row.region,
      country: row.country,
      countryCode: row.country_code,
      latitude: row.latitude,
      longitude: row.longitude,
      timezone: row.timezone,
      population: row.population,
    },
    position: row.position,
    primary: row.is_primary === 1,
    notify: row.notify === 1,
    addedAt: row.added_at,
  };
}

export function listFavourites(db: Database): Favourite[] {
  return (prepared(db, 'SELECT * FROM favourites ORDER BY position, id').all() as Row[]).map(toFavourite);
}

function getFavourite(db: Database, id: number): Favourite | null {
  const row = prepared(db, 'SELECT * FROM favourites WHERE id = ?').get(id) as Row | undefined;
  return row ? toFavourite(row) : null;
}

/** Within about a kilometre: the same place found twice, by name or by coordinates. */
const SAME_PLACE_DEGREES = 0.01;

/** Adds `place` at the end; a place already kept is returned as it is, not added twice. */
export function addFavourite(db: Database, place: Place, now: number): { favourite: Favourite; created: boolean } {
  return db.transaction(() => {
    const existing = prepared(
      db,
      'SELECT * FROM favourites WHERE place_id = ? OR (abs(latitude - ?) < ? AND abs(longitude - ?) < ?) ORDER BY position LIMIT 1',
    ).get(place.id, place.latitude, SAME_PLACE_DEGREES, place.longitude, SAME_PLACE_DEGREES) as Row | undefined;
    if (existing) return { favourite: toFavourite(existing), created: false };
    const { n } = prepared(db, 'SELECT count(*) AS n FROM favourites').get() as { n: number };
    const result = prepared(
      db,
      `INSERT INTO favourites (place_id, name, region, country, country_code, latitude, longitude, timezone, position, is_primary, added_at, population)
       VALUES (@id, @name, @region, @country, @countryCode, @latitude, @longitude, @timezone, @position, @primary, @now, @population)`,
    ).run({ ...place, position: n, primary: n === 0 ? 1 : 0, now });
    return { favourite: getFavourite(db, Number(result.lastInsertRowid)) as Favourite, created: true };
  })();
}

/**
 * Puts back a favourite the user just removed (Undo): the same place at its old position, with its
 * primary and notify flags and its original date, in one transaction. A place kept again meanwhile
 * is returned as it is.
 */
export function restoreFavourite(db: Database, removed: Favourite): Favourite {
  return db.transaction(() => {
    const { favourite, created } = addFavourite(db, removed.place, removed.addedAt);
    if (!created) return favourite;
    moveFavourite(db, favourite.id, removed.position);
    if (removed.primary) setPrimary(db, favourite.id);
    if (removed.notify) setNotify(db, favourite.id, true);
    return getFavourite(db, favourite.id) as Favourite;
  })();
}

function renumber(db: Database, ids: readonly number[]): void {
  const update = prepared(db, 'UPDATE favourites SET position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(position, id));
}

const orderedIds = (db: Database): number[] => (prepared(db, 'SELECT id FROM favourites ORDER BY position, id').all() as { id: number }[]).map((r) => r.id);

/** Removes a favourite; if it was primary, the first remaining one becomes primary. */
export function removeFavourite(db: Database, id: number): boolean {
  return db.transaction(() => {
    const removed = prepared(db, 'DELETE FROM favourites WHERE id = ? RETURNING is_primary').get(id) as { is_primary: number } | undefined;
    if (!removed) return false;
    const ids = orderedIds(db);
    renumber(db, ids);
    if (removed.is_primary === 1 && ids[0] !== undefined) prepared(db, 'UPDATE favourites SET is_primary = 1 WHERE id = ?').run(ids[0]);
    return true;
  })();
}

/** Moves a favourite to `position` (clamped to the list), shifting the others. */
export function moveFavourite(db: Database, id: number, position: number): boolean {
  return db.transaction(() => {
    const ids = orderedIds(db);
    const from = ids.indexOf(id);
    if (from === -1) return false;
    ids.splice(from, 1);
    ids.splice(Math.max(0, Math.min(position, ids.length)), 0, id);
    renumber(db, ids);
    return true;
  })();
}

export function setPrimary(db: Database, id: number): boolean {
  return db.transaction(() => {
    if (!getFavourite(db, id)) return false;
    prepared(db, 'UPDATE favourites SET is_primary = 0 WHERE is_primary = 1').run();
    prepared(db, 'UPDATE favourites SET is_primary = 1 WHERE id = ?').run(id);
    return true;
  })();
}

export function setNotify(db: Database, id: number, notify: boolean): boolean {
  return prepared(db, 'UPDATE favourites SET notify = ? WHERE id = ?').run(notify ? 1 : 0, id).changes === 1;
}
