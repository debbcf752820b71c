import type { Migration } from './migration.ts';

export const migration002: Migration = {
  version: 2,
  name: 'snapshots and fetch events',
  up: `
    CREATE TABLE snapshots (
      favourite_id INTEGER NOT NULL REFERENCES favourites (id) ON DELETE CASCADE,
      provider     TEXT    NOT NULL,
      fetched_at   INTEGER NOT NULL,
      valid_until  INTEGER NOT NULL,
      weather      TEXT    NOT NULL,
      PRIMARY KEY (favourite_id, provider)
    );
    CREATE TABLE fetch_events (
      id          INTEGER PRIMARY KEY,
      at          INTEGER NOT NULL,
      provider    TEXT    NOT NULL,
      url         TEXT    NOT NULL,
      attempt     INTEGER NOT NULL,
      status      INTEGER,
      duration_ms INTEGER NOT NULL,
      outcome     TEXT    NOT NULL,
      error       TEXT
    );
  `,
};
