// The last resort when the database is damaged and no backup is usable: read out, row by row,
// whatever favourites (and settings) can still be read, into a new database. SQLite's own
// `.recover` lives in its shell, not in better-sqlite3, so this reads through SQL and tolerates
// the errors a damaged page gives, going around it by id.
import Database, { type Database as Db } from 'better-sqlite3';
import type { Logger } from '../logger.ts';
import { checkPlace } from '../model/place-check.ts';
import type { Place } from '../model/model.ts';
import { readDatabaseFile } from './database-copy.ts';
import { configure } from './configure-connection.ts';
import { addFavourite, listFavourites, setNotify, setPrimary } from './favourites-repo.ts';
import { migrate } from './migrations/index.ts';
import { loadSettings, saveSettings } from './settings-repo.ts';

type SalvagedFavourite = Readonly<{ place: Place; position: number; primary: boolean; notify: boolean; addedAt: number }>;

/** How far past the last readable id to look for rows beyond a damaged page. */
const PROBE_PAST_LAST_ID = 5_000;

/**
 * Saves what can be read from the damaged file at `damagedPath` into a new database at `path`
 * and returns how many favourites it saved. Writes nothing when nothing could be read.
 */
export function salvageInto(damagedPath: string, path: string, logger: Logger): number {
  const source = openDamaged(damagedPath);
  if (!source) return 0;
  try {
    const favourites = readFavourites(source);
    if (favourites.length === 0) return 0;
    const target = configure(new Database(path));
    try {
      migrate(target);
      copySettings(source, target, logger);
      return writeFavourites(target, favourites);
    } finally {
      target.close();
    }
  } finally {
    source.close();
  }
}

/** The damaged file with its -wal, or its bytes alone when SQLite will not open it that way. */
function openDamaged(path: string): Db | null {
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    try {
      return readDatabaseFile(path);
    } catch {
      return null;
    }
  }
}

type Row = Record<string, unknown>;

/** Every favourite row that can be read: a scan until it breaks, then each id on its own. */
function readFavourites(db: Db): SalvagedFavourite[] {
  const rows = new Map<number, Row>();
  const keep = (row: Row | undefined): void => {
    if (row && typeof row['id'] === 'number') rows.set(row['id'], row);
  };
  try {
    for (const row of db.prepare('SELECT * FROM favourites ORDER BY id').iterate()) keep(row as Row);
    return toFavourites(rows);
  } catch {
    // A damaged page ended the scan; the rows past it may still be found one id at a time.
  }
  const byId = tryPrepare(db, 'SELECT * FROM favourites WHERE id = ?');
  if (!byId) return toFavourites(rows);
  const last = Math.max(0, ...rows.keys(), highestId(db));
  for (let id = 1; id <= last + PROBE_PAST_LAST_ID; id++) {
    if (rows.has(id)) continue;
    try {
      keep(byId.get(id) as Row | undefined);
    } catch {
      // This id sits on a damaged page: lost.
    }
  }
  return toFavourites(rows);
}

function tryPrepare(db: Db, sql: string): Database.Statement | null {
  try {
    return db.prepare(sql);
  } catch {
    return null;
  }
}

function highestId(db: Db): number {
  try {
    return (db.prepare('SELECT max(id) AS id FROM favourites').get() as { id: number | null }).id ?? 0;
  } catch {
    return 0;
  }
}

/** Rows that still make a valid place, in the user's order. */
function toFavourites(rows: ReadonlyMap<number, Row>): SalvagedFavourite[] {
  const favourites: (SalvagedFavourite & { id: number })[] = [];
  for (const [id, row] of rows) {
    try {
      const place = checkPlace({
        id: row['place_id'],
        name: row['name'],
        region: row['region'],
        country: row['country'],
        countryCode: row['country_code'],
        latitude: row['latitude'],
        longitude: row['longitude'],
        timezone: row['timezone'],
        population: row['population'] ?? null,
      });
      const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
      favourites.push({
        id,
        place,
        position: number(row['position']),
        primary: row['is_primary'] === 1,
        notify: row['notify'] === 1,
        addedAt: number(row['added_at']),
      });
    } catch {
      // Damaged bytes that no longer make a place are not the user's data.
    }
  }
  return favourites.sort((a, b) => a.position - b.position || a.id - b.id);
}

function writeFavourites(db: Db, favourites: readonly SalvagedFavourite[]): number {
  db.transaction(() => {
    for (const saved of favourites) {
      const { favourite, created } = addFavourite(db, saved.place, saved.addedAt);
      if (!created) continue;
      if (saved.primary) setPrimary(db, favourite.id);
      if (saved.notify) setNotify(db, favourite.id, true);
    }
  })();
  return listFavourites(db).length;
}

function copySettings(source: Db, target: Db, logger: Logger): void {
  try {
    saveSettings(target, loadSettings(source, logger));
  } catch {
    // Settings have defaults; the favourites are what matters.
  }
}
