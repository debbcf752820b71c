import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, migrate, schemaVersion } from '../../../main/core/store/migrations/index.ts';

const WEIGHTED_CALLS = 6;
const insertCall = (db: Database.Database, hundredths: number): unknown =>
  db.prepare("INSERT INTO weighted_calls (provider, at, hundredths) VALUES ('open-meteo', 1, ?)").run(hundredths);

describe('migration 006', () => {
  it('adds the weighted calls, each more than nothing, found by provider and time', () => {
    const db = new Database(':memory:');
    migrate(db, WEIGHTED_CALLS);
    expect(schemaVersion(db)).toBe(WEIGHTED_CALLS);
    insertCall(db, 240);
    expect(() => insertCall(db, 0)).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT at FROM weighted_calls WHERE provider = 'open-meteo' AND at > 0").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/weighted_calls_by_time/);
  });

  it.each(Array.from({ length: WEIGHTED_CALLS }, (_, v) => v))('upgrades a database at version %i with its favourites kept and no calls spent', (from) => {
    const db = new Database(':memory:');
    migrate(db, from);
    if (from >= 1) {
      db.prepare(
        "INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, is_primary, added_at) VALUES ('open-meteo:1', 'Berlin', 52.5, 13.4, 'Europe/Berlin', 0, 1, 5)",
      ).run();
    }
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM weighted_calls').get()).toEqual({ n: 0 });
    if (from >= 1) expect(db.prepare('SELECT name FROM favourites').all()).toEqual([{ name: 'Berlin' }]);
  });
});
