// Numbered migrations, one per file, run in one transaction with the user_version they set, so a
// crash or a failure mid-migration leaves the database at the version it had, never in between.
import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error.ts';
import { migration001 } from './001-favourites-and-settings.ts';
import { migration002 } from './002-snapshots-and-fetch-events.ts';
import { migration003 } from './003-geocode-cache.ts';
import { migration004 } from './004-favourite-notify.ts';
import { migration005 } from './005-favourite-population.ts';
import { migration006 } from './006-weighted-calls.ts';
import { migration007 } from './007-warnings-and-air-quality.ts';
import { migration008 } from './008-units-kept.ts';
import type { Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database up to `target` (default: the latest); refuses one newer than this code. */
export function migrate(db: Database, target = SCHEMA_VERSION): number {
  refuseNewer(schemaVersion(db));
  if (schemaVersion(db) >= target) return schemaVersion(db);
  // The app and the CLI may open a new file at the same moment. BEGIN IMMEDIATE takes the write lock
  // before user_version is read again, so the second one waits and then finds the work done.
  db.transaction(() => {
    const current = schemaVersion(db);
    refuseNewer(current);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current || migration.version > target) continue;
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}

function refuseNewer(current: number): void {
  if (current <= SCHEMA_VERSION) return;
  throw new StoreError(
    'newer-schema',
    `This database was written by a newer Skytray (schema ${current}; this version knows up to ${SCHEMA_VERSION}). Update Skytray to open it.`,
  );
}
