import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addFavourite, listFavourites } from '../../../main/core/store/favourites-repo.ts';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion } from '../../../main/core/store/migrations/index.ts';
import { place } from '../../support/engine.ts';

const tables = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1..n with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('001 creates favourites (one primary at most) and settings', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['favourites', 'settings']);
    const insert = db.prepare(
      "INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, is_primary, added_at) VALUES (?, 'X', 0, 0, 'UTC', 0, ?, 0)",
    );
    insert.run('a', 1);
    expect(() => insert.run('b', 1)).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, added_at) VALUES ('c', 'X', 91, 0, 'UTC', 0, 0)").run(),
    ).toThrow(/CHECK/);
  });

  it('002 adds snapshots (removed with their favourite) and fetch events', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    expect(tables(db)).toEqual(['favourites', 'fetch_events', 'settings', 'snapshots']);
    db.prepare("INSERT INTO favourites (id, place_id, name, latitude, longitude, timezone, position, added_at) VALUES (1, 'a', 'X', 0, 0, 'UTC', 0, 0)").run();
    db.prepare("INSERT INTO snapshots VALUES (1, 'open-meteo', 1, 2, '{}')").run();
    db.prepare('DELETE FROM favourites WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM snapshots').get()).toEqual({ n: 0 });
  });

  it('003 adds the geocode cache', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    expect(tables(db)).toContain('geocode_cache');
  });

  it('004 adds per-favourite notifications, off for every existing favourite', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    db.prepare("INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, added_at) VALUES ('a', 'X', 0, 0, 'UTC', 0, 0)").run();
    migrate(db, 4);
    expect(db.prepare('SELECT notify FROM favourites').get()).toEqual({ notify: 0 });
    expect(() => db.prepare('UPDATE favourites SET notify = 2').run()).toThrow(/CHECK/);
  });

  it('005 keeps the population place search returned; existing favourites have none', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    db.prepare("INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, added_at) VALUES ('a', 'Old', 0, 0, 'UTC', 0, 0)").run();
    migrate(db, 5);
    expect(db.prepare('SELECT population FROM favourites').get()).toEqual({ population: null });
    expect(() => db.prepare('UPDATE favourites SET population = -1').run()).toThrow(/CHECK/);
    addFavourite(db, { ...place('Berlin'), population: 3_426_354 }, 1);
    expect(listFavourites(db).map((f) => [f.place.name, f.place.population])).toEqual([
      ['Old', null],
      ['Berlin', 3_426_354],
    ]);
  });

  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))('upgrades a database at version %i to the latest, keeping its data', (from) => {
    const db = new Database(':memory:');
    migrate(db, from);
    if (from >= 1) {
      db.prepare(
        "INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, is_primary, added_at) VALUES ('open-meteo:1', 'Berlin', 52.5, 13.4, 'Europe/Berlin', 0, 1, 5)",
      ).run();
      db.prepare("INSERT INTO settings VALUES ('units', '\"imperial\"')").run();
    }
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    if (from >= 1) {
      expect(db.prepare('SELECT name, is_primary, latitude, longitude, position, population FROM favourites').all()).toEqual([
        { name: 'Berlin', is_primary: 1, latitude: 52.5, longitude: 13.4, position: 0, population: null },
      ]);
      expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"imperial"' });
    }
    expect(migrate(db)).toBe(SCHEMA_VERSION); // running again changes nothing
  });

  it('refuses a database written by a newer Skytray, and leaves it untouched', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(
      `This database was written by a newer Skytray (schema ${SCHEMA_VERSION + 1}; this version knows up to ${SCHEMA_VERSION}). Update Skytray to open it.`,
    );
    expect(tables(db)).toEqual([]);
  });

  it('leaves the database at the previous version when a migration fails half way', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec('CREATE TABLE snapshots (x)'); // makes 002 fail part way through
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('fetch_events');
  });

  it('007 adds the warnings and air-quality cache (removed with their favourite) and the notices shown', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 7);
    expect(tables(db)).toEqual(expect.arrayContaining(['cached_alerts', 'cached_extras', 'notices_shown']));
    db.prepare("INSERT INTO favourites (id, place_id, name, latitude, longitude, timezone, position, added_at) VALUES (1, 'a', 'X', 0, 0, 'UTC', 0, 0)").run();
    db.prepare("INSERT INTO cached_alerts VALUES (1, 'nws', 'x', NULL, '{}')").run();
    db.prepare("INSERT INTO cached_extras VALUES (1, 'alerts', 0, '{}')").run();
    expect(() => db.prepare("INSERT INTO cached_extras VALUES (1, 'pollen', 0, '{}')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM favourites WHERE id = 1').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM cached_alerts) + (SELECT count(*) FROM cached_extras) AS n').get()).toEqual({ n: 0 });
  });
});
