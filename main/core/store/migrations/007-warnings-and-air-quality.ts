import type { Migration } from './migration.ts';

export const migration007: Migration = {
  version: 7,
  name: 'warnings, air quality and notices shown',
  // The last good warnings and air quality per favourite, so the window and the tray show them at
  // once on start and keep them while a source fails. One row per warning, with its expiry as a
  // number, so a read can leave out what has expired and a write can delete it. `cached_extras`
  // holds when each kind was last fetched, and what goes with it (the source, the air reading).
  // `notices_shown`: when each notification last went out, so a restart neither repeats a warning
  // nor forgets a cooldown.
  up: `
    CREATE TABLE cached_alerts (
      favourite_id INTEGER NOT NULL REFERENCES favourites (id) ON DELETE CASCADE,
      source       TEXT    NOT NULL,
      alert_id     TEXT    NOT NULL,
      expires_at   INTEGER,
      alert        TEXT    NOT NULL,
      PRIMARY KEY (favourite_id, source, alert_id)
    );
    CREATE INDEX cached_alerts_by_expiry ON cached_alerts (expires_at);
    CREATE TABLE cached_extras (
      favourite_id INTEGER NOT NULL REFERENCES favourites (id) ON DELETE CASCADE,
      kind         TEXT    NOT NULL CHECK (kind IN ('alerts', 'air-quality')),
      fetched_at   INTEGER NOT NULL,
      data         TEXT    NOT NULL,
      PRIMARY KEY (favourite_id, kind)
    );
    CREATE TABLE notices_shown (
      key      TEXT    PRIMARY KEY,
      shown_at INTEGER NOT NULL
    );
  `,
};
