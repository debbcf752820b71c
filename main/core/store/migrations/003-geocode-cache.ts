import type { Migration } from './migration.ts';

export const migration003: Migration = {
  version: 3,
  name: 'geocode cache',
  up: `
    CREATE TABLE geocode_cache (
      provider  TEXT    NOT NULL,
      language  TEXT    NOT NULL,
      query     TEXT    NOT NULL,
      results   TEXT    NOT NULL,
      cached_at INTEGER NOT NULL,
      PRIMARY KEY (provider, language, query)
    );
  `,
};
