import type { Migration } from './migration.ts';

export const migration001: Migration = {
  version: 1,
  name: 'favourites and settings',
  up: `
    CREATE TABLE favourites (
      id           INTEGER PRIMARY KEY,
      place_id     TEXT    NOT NULL UNIQUE,
      name         TEXT    NOT NULL,
      region       TEXT,
      country      TEXT,
      country_code TEXT,
      latitude     REAL    NOT NULL CHECK (latitude BETWEEN -90 AND 90),
      longitude    REAL    NOT NULL CHECK (longitude BETWEEN -180 AND 180),
      timezone     TEXT    NOT NULL,
      position     INTEGER NOT NULL,
      is_primary   INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
      added_at     INTEGER NOT NULL
    );
    -- At most one primary, enforced by the database rather than by care.
    CREATE UNIQUE INDEX favourites_one_primary ON favourites (is_primary) WHERE is_primary = 1;
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
