// Numbered migrations, one per file, each in one transaction with its user_version, so a crash
// mid-migration leaves the database at the previous version, never in between.
import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error.ts';
import { migration001 } from './001-favourites-and-settings.ts';
import { migration002 } from './002-snapshots-and-fetch-events.ts';
import { migration003 } from './003-geocode-cache.ts';
import { migration004 } from './004-favourite-notify.ts';
import { migration005 } from './005-favourite-population.ts';
import type { Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database up to `target` (default: the latest); refuses one newer than this code. */
export function migrate(db: Database, target = SCHEMA_VERSION): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      'newer-schema',
      `This database was written by a newer Skytray (schema ${current}; this version knows up to ${SCHEMA_VERSION}). Update Skytray to open it.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
