import type { Migration } from './migration.ts';

export const migration006: Migration = {
  version: 6,
  name: 'weighted calls',
  // Each request sent, with the calls the provider bills for it, so the budget survives a restart
  // and the app and the CLI spend from the same one. Hundredths: Open-Meteo's weights are fractional.
  up: `
    CREATE TABLE weighted_calls (
      id         INTEGER PRIMARY KEY,
      provider   TEXT    NOT NULL,
      at         INTEGER NOT NULL,
      hundredths INTEGER NOT NULL CHECK (hundredths > 0)
    );
    CREATE INDEX weighted_calls_by_time ON weighted_calls (provider, at);
  `,
};
